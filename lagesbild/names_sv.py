"""Swedish names that need grammar: "Nyköpings kommun", not "Nyköping kommun"."""

from __future__ import annotations

_VOWELS = set("aeiouyåäö")


def kommun_title(name: str) -> str:
    """The kommun's own name: genitive s after a consonant (Nyköpings, Stockholms), none after a vowel
    (Nacka, Solna, Huddinge) or a name ending in s, x or z (Vännäs, Tranås); already complete names
    (a name that ends in "kommun" or "stad") are kept."""
    name = str(name).strip()
    lower = name.lower()
    if not name or lower.endswith(" kommun") or lower.endswith(" stad"):
        return name
    if lower[-1] in _VOWELS or lower[-1] in "sxz":
        return f"{name} kommun"
    return f"{name}s kommun"
