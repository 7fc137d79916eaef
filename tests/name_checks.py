"""The checks every name round's unit cases make: a name's words are gone from the redacted text, a
look-alike's words are still in it (tests/test_name_round*.py)."""

from __future__ import annotations

from lagesbild.privacy import redact


def redacted(text: str) -> str:
    out = redact(text)
    assert out is not None
    return out


def gone(text: str, *names: str) -> None:
    """Every word of every name is gone from the redacted text."""
    out = redacted(text)
    for name in names:
        for part in name.split():
            assert part not in out, f"{part!r} left in {out!r}"


def kept(text: str, *words: str) -> None:
    """Every look-alike is still in the redacted text, whole."""
    out = redacted(text)
    for word in words:
        assert word in out, f"{word!r} lost in {out!r}"
