"""The 290 kommuner and SCB's RegSO 2025 areas, from the layer shipped in lagesbild/data.

RegSO 2025 (regionala statistikområden): Statistiska centralbyrån (SCB), open data under CC0;
derived by scripts/build_regso_layer.py. Pure look-ups: nothing here touches the database.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd

from lagesbild.errors import UserInputError
from lagesbild.geo import SWEREF

REGSO_FILE = Path(__file__).resolve().parent / "data" / "regso_2025.geojson.gz"
KOMMUNER_FILE = REGSO_FILE.with_name("kommuner.csv")
REGSO_LAYER = "regso"
ATTRIBUTION = "Områdesgränser: RegSO 2025, Statistiska centralbyrån (SCB), CC0"


class UnknownKommun(UserInputError):
    """A kommun code or name that is not one of the 290."""


@lru_cache(maxsize=1)
def regso_layer() -> gpd.GeoDataFrame:
    """All RegSO 2025 areas of Sweden in SWEREF 99 TM: regsokod, regsonamn, kommunkod, kommunnamn."""
    layer = gpd.read_file(f"/vsigzip/{REGSO_FILE}")
    return layer.to_crs(SWEREF) if layer.crs is not None else layer.set_crs(SWEREF)


@lru_cache(maxsize=1)
def kommun_names() -> dict[str, str]:
    """Kommun code -> short name ("0480" -> "Nyköping"), from the small table beside the layer."""
    pairs = pd.read_csv(KOMMUNER_FILE, dtype=str)
    return dict(zip(pairs["kommunkod"], pairs["kommunnamn"], strict=True))


def proper_name(short_name: str) -> str:
    """The kommun's name as an organisation: "Nacka kommun", "Nyköpings kommun", "Borås kommun".

    Swedish genitive: an -s after a consonant, none after a vowel or when the name already ends in s,
    x or z. (A few kommuner call themselves "stad"; `kommun add --namn` sets such a name.)"""
    last = short_name[-1].lower()
    genitive = short_name if last in "aeiouyåäösxz" else short_name + "s"
    return f"{genitive} kommun"


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def resolve_kommun(text: str) -> str:
    """The four-digit code for "0182", "182", "Nacka", "Nacka kommun" or "nyköpings kommun"."""
    names = kommun_names()
    value = text.strip()
    if value.isdigit():
        code = value.zfill(4)
        if code in names:
            return code
        raise UnknownKommun(
            f"Det finns ingen kommun med koden {value} (kommunkoder har fyra siffror, t.ex. 0182)"
        )
    wanted = _fold(value)
    for code, short in names.items():
        if wanted in {_fold(short), _fold(proper_name(short)), _fold(f"{short} kommun")}:
            return code
    close = [s for s in names.values() if _fold(s).startswith(wanted[:3])][:5]
    hint = f" Menade du {', '.join(close)}?" if close else ""
    raise UnknownKommun(f"Okänd kommun {value!r}: ange kommunkoden (t.ex. 0480) eller namnet.{hint}")


def hyphen_aliases(name: str, kommun_short_names: set[str]) -> list[str]:
    """Names a report may use for a RegSO area: each part of a hyphenated name ("Älta-Erstavik" ->
    "Älta", "Erstavik"), except a part that is a kommun's name (it says nothing about the district)."""
    parts = [p.strip() for p in name.split("-")]
    if len(parts) < 2:
        return []
    folded = {_fold(k) for k in kommun_short_names}
    return [p for p in parts if len(p) >= 3 and _fold(p) not in folded]


def regso_areas(code: str) -> gpd.GeoDataFrame:
    """The kommun's RegSO areas: name, code, kommun, kommun_code, aliases, geometry (SWEREF 99 TM)."""
    layer = regso_layer()
    own = layer[layer["kommunkod"] == code]
    if own.empty:
        raise UnknownKommun(f"Det finns inga RegSO-områden för kommunkoden {code}")
    shorts = set(kommun_names().values())
    # Aliases that two areas of the kommun share would place a report arbitrarily: dropped.
    candidates = {n: hyphen_aliases(n, shorts) for n in own["regsonamn"]}
    counts = pd.Series([a.casefold() for v in candidates.values() for a in v]).value_counts()
    names = set(own["regsonamn"].str.casefold())
    aliases = {
        n: "|".join(a for a in v if counts[a.casefold()] == 1 and a.casefold() not in names) or None
        for n, v in candidates.items()
    }
    return gpd.GeoDataFrame(
        {
            "name": own["regsonamn"].to_numpy(),
            "code": own["regsokod"].to_numpy(),
            "kommun": own["kommunnamn"].to_numpy(),
            "kommun_code": own["kommunkod"].to_numpy(),
            "aliases": own["regsonamn"].map(aliases).to_numpy(),
        },
        geometry=own.geometry.to_numpy(),
        crs=SWEREF,
    ).sort_values("code", ignore_index=True)


def national_regso_areas() -> gpd.GeoDataFrame:
    """All 3,363 RegSO areas of Sweden, named as `kommun add` run for every kommun in code order names
    them: a name another kommun already has gets "(Kommun)", its plain name becoming an alias."""
    frames = []
    seen: set[str] = set()
    for code, short in kommun_names().items():
        areas = regso_areas(code)
        names, aliases = [], []
        for name, alias in zip(areas["name"], areas["aliases"], strict=True):
            if name in seen:
                alias = "|".join(a for a in [name, alias] if isinstance(a, str) and a)
                name = f"{name} ({short})"
            seen.add(name)
            names.append(name)
            aliases.append(alias)
        frames.append(areas.assign(name=names, aliases=aliases))
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=SWEREF)


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, short in kommun_names().items():
        for variant in (short, proper_name(short), f"{short} kommun"):
            names[_fold(variant)] = code
    return names


def kommun_code_for_name(text: object) -> str | None:
    """The code of the kommun a text names exactly ("Nacka", "Nyköpings kommun"), else None (a län,
    a district, nothing)."""
    if not isinstance(text, str) or not text.strip():
        return None
    return _codes_by_name().get(_fold(text))
