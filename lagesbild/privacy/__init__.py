"""The privacy boundary: everything that leaves Lägesbild for a shared output passes through here.

- :func:`redact` / :func:`find_personal_data`: free-text redaction of personal data (``redact``, ``names``).
- :func:`generalise` / :func:`clip_cells`: points generalised to place, grid or area level (``generalise``).
- :func:`shared_incidents`: the shared layer, reviewed, redacted and generalised (``shared``).

See docs/privacy.md for the rules a dataskyddsombud can check.
"""

from lagesbild.privacy.generalisation import clip_cells, generalise
from lagesbild.privacy.redaction import Finding, find_personal_data, redact
from lagesbild.privacy.shared import SHARED_COLUMNS, shared_incidents

__all__ = [
    "SHARED_COLUMNS",
    "Finding",
    "clip_cells",
    "find_personal_data",
    "generalise",
    "redact",
    "shared_incidents",
]
