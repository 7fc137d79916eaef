"""Fail-closed sensitivity: words that make a report a sensitive matter whatever its label says.

A report is shown only as an area-level count (no text, no point, never listed on its own) when
- its category is sensitive (the database's categories table), or
- its source label names a sensitive matter ("Misshandel i nära relation", "Grov kvinnofridskränkning",
  "Blottning"): the label is mapped to the sensitive category before any alias can claim it, or
- its label is not mapped yet (a samordnare has not decided what it is), or
- its text (title, description, place) names a sensitive matter.

The last two are stored per incident in ``incidents.privacy_reason`` so every shared output applies
them (see docs/privacy.md for the list a dataskyddsombud checks). Pure: strings in, strings out.
"""

from __future__ import annotations

import re
from typing import Final

# (pattern, sensitive category a *label* with it is mapped to, reason shown internally). Word starts
# only (\b…), Swedish inflections by prefix; case-insensitive.
TERMS: Final[tuple[tuple[str, str | None, str], ...]] = (
    (r"n[äa]ra\s+relation", "vald_i_hemmet", "nära relation"),
    (r"kvinnofrid", "vald_i_hemmet", "kvinnofrid"),
    (r"v[åa]ld\s+i\s+hemmet", "vald_i_hemmet", "våld i hemmet"),
    (r"partnerv[åa]ld|relationsv[åa]ld|mansv[åa]ld\s+mot\s+kvinnor", "vald_i_hemmet", "relationsvåld"),
    (r"hedersrelater|hedersv[åa]ld|hedersf[öo]rtryck|hedersbrott", "vald_i_hemmet", "hedersrelaterat"),
    (r"barnmisshandel|barn\s+(?:som\s+)?utsatt|utsatt\s+barn", "vald_i_hemmet", "barn utsatt"),
    (r"k[öo]nsstympning", "vald_i_hemmet", "könsstympning"),
    (r"tv[åa]ngs[äa]ktenskap|barn[äa]ktenskap", "vald_i_hemmet", "tvångsäktenskap"),
    (r"sexuell|sexuellt|sexualbrott|sexk[öo]p|koppleri", "sexualbrott", "sexuellt"),
    (r"v[åa]ldt[äa]kt", "sexualbrott", "våldtäkt"),
    (r"blottning|blottade|blottar", "sexualbrott", "blottning"),
    (r"m[äa]nniskohandel|trafficking", "sexualbrott", "människohandel"),
    (r"grooming|kontakt\s+med\s+barn\s+i\s+sexuellt", "sexualbrott", "grooming"),
    (r"ofredande|ofredade|ofredar", "ofredande", "ofredande"),
    (r"f[öo]rf[öo]ljelse|stalking|olaga\s+f[öo]rf[öo]ljelse", "ofredande", "förföljelse"),
    (r"kontaktf[öo]rbud", "ofredande", "kontaktförbud"),
    (r"sj[äa]lvmord|suicid|sj[äa]lvskad", None, "självskada"),
)
_COMPILED: Final = tuple((re.compile(rf"(?i)\b(?:{p})"), code, why) for p, code, why in TERMS)
# All terms in one pattern: it matches a text exactly when one of the terms does, so the common text
# with none of them costs one scan instead of one per term (every row's title, description and place).
_ANY: Final = re.compile(r"(?i)\b(?:" + "|".join(f"(?:{p})" for p, _, _ in TERMS) + ")")

UNMAPPED: Final = "omappad kategori"


def label_category(label: object) -> str | None:
    """The sensitive category a source label names, or None (checked before every alias). A label
    with a sensitive word but no category of its own (self-harm) is left unmapped: area level too."""
    if not isinstance(label, str):
        return None
    for pattern, code, _ in _COMPILED:
        if pattern.search(label):
            return code
    return None


def is_sensitive_label(label: object) -> bool:
    """Whether a source label names a sensitive matter at all (with or without a category for it)."""
    return isinstance(label, str) and any(pattern.search(label) for pattern, _, _ in _COMPILED)


def content_reason(*texts: object) -> str | None:
    """Why free text makes a report sensitive ("känsligt innehåll: nära relation"), or None."""
    for text in texts:
        if not isinstance(text, str) or not text or not _ANY.search(text):
            continue
        for pattern, _, why in _COMPILED:
            if pattern.search(text):
                return f"känsligt innehåll: {why}"
    return None
