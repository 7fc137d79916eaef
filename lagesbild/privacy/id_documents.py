"""The numbers of identity documents (stop 39: blind 78's helper reported 49 passport and ID card numbers of
hotel guests that the measurement has no kind for, and none of these forms was redacted): after the
document's word, a run of six to twelve capitals and digits with four digits at least, or digits in groups
(`pass nr 87654321`, `Passnummer: C4X9L2ZP7`, `ID-kort 1234 5678 90`, `passport no. 534212331`). A work
shift's `pass 2`, `Passet 0800 1600` or a year after `körkort` is none: after a bare `pass` only a number
with a letter, or of eight digits or more, or after `nr` or a colon."""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.finding import Finding

__all__ = ["find_id_documents"]

_DOCUMENTS = (
    r"pass|passet|passnummer|passnumret|passnr|pass-nr|passport|id-kort|id-kortet|id-kortsnummer|id-kortsnr"
    r"|identitetskort|identitetskortet|identitetskortsnummer|legitimation|legitimationen|legitimationsnummer"
    r"|körkortsnummer|körkortsnr|uppehållstillståndskort|uppehållskort|lma-kort|lma-kortet|id[ \t]card"
    r"|identity[ \t]card|residence[ \t]permit|personalausweis|reisepass|paszport|dowód"
)
_ID_DOCUMENT_RE: Final = re.compile(
    rf"(?i:\b(?P<doc>{_DOCUMENTS}))"
    r"(?P<nr>(?:[ \t]+(?i:nr|nummer|no|number|n:o))?\.?[ \t]*[:#]?)[ \t]*"
    r"(?P<id>(?=[A-Z0-9]*[0-9][A-Z0-9]*[0-9][A-Z0-9]*[0-9][A-Z0-9]*[0-9])[A-Z0-9]{6,12}"
    r"|[0-9]{2,4}(?:[ ][0-9]{2,4}){1,3})(?![\w-])"
)
# Where none of the documents' words stands, no scan (`pass` only as a word: not `passerade`, `passagerare`);
# one regular expression, whose first letters the engine looks for at once.
_PRECHECK_RE: Final = re.compile(
    r"pass(?:[ \t:.\-]|et|n|port)|id-kort|identitetsk|legitimation|körkortsn|uppehålls[tk]|lma-kort|id card"
    r"|identity card|personalausweis|reisepass|paszport|dowód|residence"
)


def find_id_documents(text: str) -> list[Finding]:
    """Spans of identity documents' numbers after the document's word."""
    if _PRECHECK_RE.search(text.lower()) is None:
        return []
    out = []
    for m in _ID_DOCUMENT_RE.finditer(text):
        ident = m.group("id")
        digits = sum(c.isdigit() for c in ident)
        lettered = any(c.isalpha() for c in ident)
        if m.group("doc").lower() in ("pass", "passet") and not m.group("nr").strip(" \t.") and not lettered:
            if digits < 8 or " " in ident:
                continue  # a shift: `Passet 0800 1600`, `pass 123456`
        if digits >= 6 or lettered:
            out.append(Finding("idnr", m.start("id"), m.end("id"), ident))
    return out
