"""The report of a blind corpus whose misses nobody may read: aggregate tables only (per kind, origin,
style and look-alike kind), never a missed item, a sentence or an output (blind corpora 7 and 8)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.independent_labels import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
)
from tests.redaction_measure import Measurement, pct

__all__ = ["aggregate_report"]


def aggregate_report(m: Measurement, title: str, about: str, style_of_source: Callable[[str], str]) -> str:
    """The measurement as aggregate tables only (no missed item, no sentence)."""
    style_of = {s.text: style_of_source(s.source) for s in m.corpus}
    lines = [f"# {title}", "", f"{len(m.corpus)} sentences. {about}", "", "## Recall per kind", ""]
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
