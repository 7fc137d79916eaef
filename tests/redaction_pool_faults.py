"""Redaction functions for the worker processes of tests/test_redaction_pool.py (importable by a worker:
the pool pickles a function by its module and name)."""

from __future__ import annotations

from lagesbild.errors import FileFormatError


def marked(texts: list[str]) -> list[str | None]:
    """Each text marked as done by a worker."""
    return [f"W:{t}" for t in texts]


def failing(texts: list[str]) -> list[str | None]:
    """A user error for a text with `FEL`, a bug for one with `BUGG`, else as `marked`."""
    for t in texts:
        if "FEL" in t:
            raise FileFormatError(f"texten {t!r} går inte att läsa")
        if "BUGG" in t:
            return [str(1 // 0)]
    return marked(texts)
