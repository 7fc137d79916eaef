"""The twelfth blind redaction corpus: free-text cells of weekly EST reports as the three sources and their
partners write them (guards' shift reports, night walkers, field workers and youth centres, housing fault
reports and tenant complaints, caretakers, public transport, community police, cautious social services and
school referrals, pasted SMS/Teams messages and e-mails, timed logs).

Written without reading the redaction (docs/redaction_blind12.md). `build()` fills the frames of
tests/blind12_frames_*.py with names and places from tests/blind12_vocab_*.py, deterministically (SEED).
A frame is (voice, style, template); a template's tokens are `{kind}`, `{kind<n>}` (person n) or
`{kind:literal}` (a labelled look-alike written as is).
"""

from __future__ import annotations

import random
import re

from tests.blind12_fill import NAME_PARTICLES, Filler
from tests.blind12_frames_a import FRAMES as FRAMES_A
from tests.blind12_frames_b import FRAMES as FRAMES_B
from tests.blind12_frames_c import FRAMES as FRAMES_C
from tests.blind12_frames_d import FRAMES as FRAMES_D
from tests.blind12_frames_e import FRAMES as FRAMES_E
from tests.independent_labels import NAME_KINDS, Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 12_031_2026
SIZE = 1000
ATTEMPTS = 400
FRAMES: tuple[tuple[str, str, str], ...] = FRAMES_A + FRAMES_B + FRAMES_C + FRAMES_D + FRAMES_E
# Particles and connectors are not probed: a name counts as found when its own words are gone.
_SEPARATORS = " -–.:/+"
# Capitalised words after which a number is not read as a street number.
_BEFORE_NUMBER = frozenset(
    "Kl Kl. Ca Ca. Den Vecka V V. Buss Linje Sedan Från Till Efter Före Innan Mellan Runt Omkring Måndag "
    "Tisdag Onsdag Torsdag Fredag Lördag Söndag Mån Tis Ons Tors Fre Lör Sön Igår Idag Ikväll Inatt "
    "Natten Kvällen Datum Tid Ringde Kostnad Summa Totalt Ny Nytt Klockan Sms Obs OBS".split()
)


def frames() -> int:
    return len(FRAMES)


# -------------------------------------------------------------------- ambiguity
def _occurrences(text: str, surface: str, name: bool) -> list[tuple[int, int]]:
    tail = r"(?:s|:s|')?" if name else ""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(surface)}{tail}(?!\w)", text)]


def _runs_on(text: str, a: int, b: int) -> bool:
    """A digit run touching the span that runs on beyond it."""
    before = (
        a > 0
        and text[a].isdigit()
        and (text[a - 1].isdigit() or (a > 1 and text[a - 1] in _SEPARATORS and text[a - 2].isdigit()))
    )
    after = (
        b < len(text)
        and text[b - 1].isdigit()
        and (text[b].isdigit() or (b + 1 < len(text) and text[b] in _SEPARATORS and text[b + 1].isdigit()))
    )
    return bool(before or after)


def problems(s: Sentence) -> list[str]:
    """What would make the sentence's labels ambiguous (empty when none)."""
    text = s.text
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    occ_of: list[list[tuple[int, int]]] = []
    for item in s.planted:
        if not item.probes:
            out.append(f"no probe: {item.surface}")
        occ = _occurrences(text, item.surface, item.kind in NAME_KINDS)
        if not occ:
            out.append(f"not written as a word: {item.surface}")
        occ_of.append(occ)
        spans += [(a, b, f"p:{item.surface}") for a, b in occ]
    for item in s.planted:
        for probe in item.probes:
            blanked = list(text)
            for other, occ in zip(s.planted, occ_of, strict=True):
                if probe in other.probes:
                    for a, b in occ:
                        blanked[a:b] = " " * (b - a)
            if probe.matches("".join(blanked)):
                out.append(f"probe {probe.value!r} outside its item")
    for look in s.lookalikes:
        occ = _occurrences(text, look.text, False)
        if not occ:
            out.append(f"look-alike not written: {look.text}")
        spans += [(a, b, f"l:{look.text}") for a, b in occ]
        for a, b in occ:
            if look.text[0].isdigit():
                before = re.search(r"(?<!\w)([A-ZÅÄÖ][\w.]*) $", text[:a])
                starts = before is not None and re.search(r"(?:^|[\n.!?:•*\[-] ?)$", text[: before.start()])
                if before and not starts and before.group(1) not in _BEFORE_NUMBER:
                    out.append(f"number after a capitalised word: {look.text}")
            if look.kind in ("street", "person_street", "place", "institution", "organisation") and re.match(
                r" ?\d", text[b:]
            ):
                out.append(f"number after a place: {look.text}")
    for a, b, label in spans:
        if _runs_on(text, a, b):
            out.append(f"digit run beyond {label}")
    for i, (a1, b1, l1) in enumerate(spans):
        for a2, b2, l2 in spans[i + 1 :]:
            looks_in = l1.startswith("l:") or l2.startswith("l:")
            if looks_in and a1 < b2 and a2 < b1:
                out.append(f"overlap {l1} / {l2}")
    looks = [look.text for look in s.lookalikes]
    if len(set(looks)) != len(looks):
        out.append("a look-alike twice")
    return out


def build() -> list[Sentence]:
    rng = random.Random(SEED)
    filler = Filler(rng)
    corpus: list[Sentence] = []
    seen: set[str] = set()
    for i in range(SIZE):
        n = i % len(FRAMES)
        voice, style, template = FRAMES[n]
        for _ in range(ATTEMPTS):
            text, planted, looks = filler.fill(template)
            sentence = Sentence(f"{n:03d}|{voice}|{style}", text, tuple(planted), tuple(looks))
            if text not in seen and not problems(sentence):
                break
        else:
            raise RuntimeError(f"frame {n} cannot be filled: {problems(sentence)} in {text!r}")
        seen.add(text)
        corpus.append(sentence)
    return corpus
