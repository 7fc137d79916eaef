"""One piece of personal data found in a text (shared by the detectors and the redaction)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data: ``text[start:end] == value``."""

    type: str
    start: int
    end: int
    value: str
