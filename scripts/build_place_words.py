"""Build lagesbild/data/place_words.txt: the capitalised words of Swedish place names.

Read by the fail-closed name rule (lagesbild/privacy/name_unknown.py): a capitalised word inside a
sentence that is part of a place's name is no person. Sources, all shipped with the product: the RegSO
2025 area names (SCB, CC0; lagesbild/data/regso_2025.geojson.gz), the 290 kommuner
(lagesbild/data/kommuner.csv) and the stations and towns of lagesbild/data/context_places.csv
(Trafikverket open data, GeoNames CC BY 4.0). Each name is split at spaces and hyphens; a word and its
genitive (`Fisksätras`) are kept.

A second file, lagesbild/data/place_words_police.txt (stop 22), holds the places of the Swedish Police
Authority's public events (polisen.se/api/events, 2022–2026, the copy in ../shared/real_data): a
capitalised word of four letters or more after a place preposition (`i Seved`, `vid Hyllie`) at least
twice, that is no word of the lexicon or compound of two, no listed name, no genitive of a name or of
another place word (`Björns trädgård`) and not in the first file: districts, villages and roads that no
area list holds (`Tynnered`, `Bollmora`, `Skarpnäck`). No event text is shipped, only these words. The
redaction reads them as places only after a word that leads to a place (`från Tynnered`, `avfarten till
Överhörnäs`): a village's name is often a person's surname too.

Run after any of those files changes; the output is committed:
    PYTHONPATH=. .venv/bin/python scripts/build_place_words.py [POLICE_EVENTS.json.gz]
"""

from __future__ import annotations

import collections
import csv
import gzip
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "lagesbild" / "data"
OUT = DATA / "place_words.txt"
POLICE_OUT = DATA / "place_words_police.txt"
POLICE_EVENTS = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "real_data"
    / "polisen_events_2022_2026_excl_nacka_nykoping.json.gz"
)
_AFTER_PREP_RE = re.compile(
    r"\b(?:i|på|vid|från|mot|utanför|nära|genom|till|norr om|söder om|öster om|väster om)[ \t]+"
    r"([A-ZÅÄÖ][a-zåäöéü]{3,})\b(?!-)"
)


def place_names() -> list[str]:
    with gzip.open(DATA / "regso_2025.geojson.gz", "rt", encoding="utf-8") as f:
        names = [feat["properties"]["regsonamn"] for feat in json.load(f)["features"]]
    with open(DATA / "kommuner.csv", encoding="utf-8") as f:
        names += [row["kommunnamn"] for row in csv.DictReader(f)]
    with open(DATA / "context_places.csv", encoding="utf-8") as f:
        names += [row["name"] for row in csv.DictReader(line for line in f if not line.startswith("#"))]
    return names


def main() -> None:
    words = {w for name in place_names() for w in re.split(r"[\s\-/,()]+", name) if w[:1].isupper()}
    words |= {f"{w}s" for w in words if not w.endswith(("s", "x", "z"))}
    OUT.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    events = Path(sys.argv[1]) if len(sys.argv) > 1 else POLICE_EVENTS
    if events.exists():
        police = police_places(events, words)
        POLICE_OUT.write_text("\n".join(police) + "\n", encoding="utf-8")
        print(f"{len(police)} words -> {POLICE_OUT}")


def police_places(events: Path, known_places: set[str]) -> list[str]:
    """Words the police's events name as places at least twice that nothing else explains."""
    from lagesbild.privacy.name_unknown import known_word
    from lagesbild.privacy.name_words import ANY_NAME
    from lagesbild.privacy.names import FIRST_NAMES, LAST_NAMES

    with gzip.open(events, "rt", encoding="utf-8") as f:
        texts = [e.get(k) or "" for e in json.load(f) for k in ("summary", "name")]
    counts = collections.Counter(m.group(1) for t in texts for m in _AFTER_PREP_RE.finditer(t))
    names = ANY_NAME | FIRST_NAMES | LAST_NAMES
    return sorted(
        w
        for w, n in counts.items()
        if n >= 2
        and w not in known_places
        and w not in names
        # a genitive of a name or of another place word: `Björns trädgård`, `Skutvikens` (not `Överhörnäs`)
        and not (w.endswith("s") and (w[:-1] in names or w[:-1] in counts or w[:-1] in known_places))
        and not known_word(w)
    )


if __name__ == "__main__":
    main()
