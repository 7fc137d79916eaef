"""Redaction measured on the seventh blind corpus (tests/blind7_corpus.py, docs/redaction_blind7.md).

The corpus was written without reading the redaction's rules, word lists or earlier corpora. The figures
delivered with it are kept below (DELIVERED_*), and the ratchets (FOUND, NAMES, KEPT) make a fall fail.
The report written to test-artifacts/redaction_blind7.md holds aggregate figures only: per kind, per
origin, per style and per look-alike kind, never a missed item or sentence, so that the corpus stays blind
for whoever reads the report.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.blind7_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets
from tests.independent_labels import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
)
from tests.redaction_measure import Measurement, pct

# builds and measures 980 sentences (about 5 s)
pytestmark = pytest.mark.slow

MEASURED_ON = "07c396a"  # main when the corpus was delivered
TITLE = "Redaction on the seventh blind corpus"
ABOUT = (
    "Written blind (tests/blind7_*.py, docs/redaction_blind7.md); aggregate figures only, no missed item "
    f"and no missed sentence. Delivered figures measured on main {MEASURED_ON}."
)

# (found, items) per planted kind, as delivered
DELIVERED_FOUND = {
    "personnummer": (31, 31),
    "samordningsnummer": (32, 32),
    "mobile": (55, 55),
    "landline": (55, 55),
    "email": (72, 72),
    "plate": (45, 45),
    "plate_new": (42, 43),
    "address": (92, 92),
    "apartment": (52, 52),
    "property": (52, 53),
    "case_number": (47, 47),
    "full_name": (325, 352),
    "first_name": (127, 144),
    "surname_after_role": (120, 138),
    "nickname": (62, 68),
    "word_name": (69, 161),
    "lowercase_name": (120, 165),
}
DELIVERED_NAMES = (823, 1028)  # (found, items), all name kinds
# (kept, items) per look-alike kind, as delivered
DELIVERED_KEPT = {
    "place": (199, 201),
    "institution": (194, 196),
    "street": (98, 98),
    "time": (222, 222),
    "date": (135, 135),
    "amount": (47, 47),
    "week": (67, 67),
    "bus_line": (60, 60),
    "word": (80, 85),
    "organisation": (65, 68),
    "person_street": (33, 35),
}

# the ratchets: raise them when the redaction gets better on this corpus, never lower them
FOUND = {
    **DELIVERED_FOUND,
    # Stop 20's eighth name round, measured on this corpus twice and its misses never read. The second
    # measurement followed a list of given names that are words (names.WORD_GIVEN_NAMES), written after
    # the first showed word-names at 47.8 %: by an author with the same kind of knowledge as the corpus's,
    # so the word-name figure overstates what the list does for names nobody here thought of.
    "first_name": (133, 144),
    "lowercase_name": (122, 165),
    "word_name": (107, 161),
}
# Stop 20 (delivered: 823; the rules alone 834; with the word list 857; with chat speakers, written after
# the delivered figures showed chat lines at 60 %, 869).
NAMES = (869, 1028)
KEPT = dict(DELIVERED_KEPT)


def aggregate_report(m: Measurement) -> str:
    """The measurement as aggregate tables only (no missed item, no sentence)."""
    style_of = {s.text: s.source.split("/")[1] for s in m.corpus}
    lines = [f"# {TITLE}", "", f"{len(m.corpus)} sentences. {ABOUT}", "", "## Recall per kind", ""]
    lines += ["| kind | items | found | recall |", "|---|---:|---:|---:|"]
    for kind in STRUCTURED_KINDS + NAME_KINDS:
        t = m.recall[kind]
        lines.append(f"| {kind} | {t.total} | {t.hits} | {pct(t.rate)} |")
    overall = m.names_overall()
    lines.append(f"| **all names** | {overall.total} | {overall.hits} | {pct(overall.rate)} |")
    lines += ["", "## Name recall by origin", "", "| origin | items | found | recall |"]
    lines.append("|---|---:|---:|---:|")
    for origin, t in sorted(m.by_origin.items()):
        lines.append(f"| {origin} | {t.total} | {t.hits} | {pct(t.rate)} |")
    lines += ["", "## Look-alikes kept per kind", "", "| kind | items | kept | lost |"]
    lines.append("|---|---:|---:|---:|")
    for kind in TARGET_LOOKALIKE_KINDS + INFO_LOOKALIKE_KINDS:
        t = m.kept[kind]
        info = " (info)" if kind in INFO_LOOKALIKE_KINDS else ""
        lines.append(f"| {kind}{info} | {t.total} | {t.hits} | {pct(1 - t.rate)} |")
    names: Counter[str] = Counter()
    structured: Counter[str] = Counter()
    looks: Counter[str] = Counter()
    names_missed: Counter[str] = Counter()
    structured_missed: Counter[str] = Counter()
    looks_lost: Counter[str] = Counter()
    for s in m.corpus:
        style = style_of[s.text]
        names[style] += sum(item.kind in NAME_KINDS for item in s.planted)
        structured[style] += sum(item.kind in STRUCTURED_KINDS for item in s.planted)
        looks[style] += len(s.lookalikes)
    for kind, t in m.recall.items():
        target = names_missed if kind in NAME_KINDS else structured_missed
        target.update(style_of[text] for _, text, _ in t.missed)
    for t in m.kept.values():
        looks_lost.update(style_of[text] for _, text, _ in t.missed)
    lines += ["", "## Per style", ""]
    lines.append("| style | sentences | names | found | structured | found | look-alikes | kept |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    sentences = Counter(style_of.values())
    for style in sorted(sentences):

        def rate(total: int, missed: int) -> str:
            return pct((total - missed) / total) if total else "–"

        lines.append(
            f"| {style} | {sentences[style]} | {names[style]} | {rate(names[style], names_missed[style])} | "
            f"{structured[style]} | {rate(structured[style], structured_missed[style])} | {looks[style]} | "
            f"{rate(looks[style], looks_lost[style])} |"
        )
    return "\n".join(lines) + "\n"


class TestBlind7(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind7.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
    SHOW_MISSES = False  # nobody has read this corpus's misses: keep them out of failure messages

    @classmethod
    def write_report(cls, measured: Measurement) -> str:
        return aggregate_report(measured)
