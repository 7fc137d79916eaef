"""The privacy boundary: everything that leaves Lägesbild for a shared output passes through here.

- :func:`redact` / :func:`find_personal_data`: free-text redaction of personal data (``redaction``,
``names``).
- :func:`generalise` / :func:`clip_cells`: points generalised to place, grid or area level
(``generalisation``).
- ``sensitive``: fail-closed sensitivity (labels and content that force area level).
- :func:`shared_incidents` and the other functions of ``shared``: the one gate every shared output uses.

The public API is imported lazily (PEP 562) so that ``lagesbild.categories`` can use ``sensitive``
without loading the shared layer (which reads the database through ``queries``, which needs categories).
See docs/privacy.md for the rules a dataskyddsombud can check.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lagesbild.privacy.generalisation import clip_cells, generalise
    from lagesbild.privacy.redaction import Finding, find_personal_data, redact
    from lagesbild.privacy.shared import SHARED_COLUMNS, shared_incidents

_PUBLIC = {
    "clip_cells": "lagesbild.privacy.generalisation",
    "generalise": "lagesbild.privacy.generalisation",
    "Finding": "lagesbild.privacy.redaction",
    "find_personal_data": "lagesbild.privacy.redaction",
    "redact": "lagesbild.privacy.redaction",
    "SHARED_COLUMNS": "lagesbild.privacy.shared",
    "shared_incidents": "lagesbild.privacy.shared",
}

__all__ = [
    "SHARED_COLUMNS",
    "Finding",
    "clip_cells",
    "find_personal_data",
    "generalise",
    "redact",
    "shared_incidents",
]


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    if name in {"generalisation", "redaction", "names", "sensitive", "shared"}:
        return importlib.import_module(f"lagesbild.privacy.{name}")
    raise AttributeError(f"module 'lagesbild.privacy' has no attribute {name!r}")
