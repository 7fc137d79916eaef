"""Coordinates, areas and places: SWEREF 99 TM (EPSG:3006) for storage, WGS84 for maps.

Everything here is pure: it takes and returns arrays and (Geo)DataFrames.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer

from lagesbild.word_runs import NameWords, TextWords, words_of_name

SWEREF = "EPSG:3006"
WGS84 = "EPSG:4326"
# Generous bounding boxes of Sweden; a point outside is a row error, not a guess.
SWEDEN_LAT = (55.0, 69.2)
SWEDEN_LON = (10.5, 24.3)
SWEDEN_EAST = (240_000.0, 940_000.0)
SWEDEN_NORTH = (6_100_000.0, 7_700_000.0)


@lru_cache(maxsize=2)
def _transformer(src: str, dst: str) -> Transformer:
    return Transformer.from_crs(src, dst, always_xy=True)


def to_sweref(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    east, north = _transformer(WGS84, SWEREF).transform(np.asarray(lon, float), np.asarray(lat, float))
    return np.asarray(east), np.asarray(north)


def to_wgs84(east: np.ndarray, north: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(lat, lon) for SWEREF 99 TM points."""
    lon, lat = _transformer(SWEREF, WGS84).transform(np.asarray(east, float), np.asarray(north, float))
    return np.asarray(lat), np.asarray(lon)


def _within(values: np.ndarray, bounds: tuple[float, float]) -> np.ndarray:
    return (values >= bounds[0]) & (values <= bounds[1])


OUTLINE_FILE = Path(__file__).resolve().parent / "data" / "sweden_outline.geojson"
# SCB's RegSO 2025 areas of all Sweden (lagesbild/kommuner.py reads the geometry; here only the names).
REGSO_FILE = OUTLINE_FILE.with_name("regso_2025.geojson.gz")
OUTSIDE_BORDER = "punkten ligger utanför Sveriges gränser (land och territorialhav)"


@lru_cache(maxsize=1)
def sweden_outline() -> shapely.Geometry:
    """Sweden's land and sea border in SWEREF 99 TM (see scripts/build_sweden_outline.py), prepared."""
    collection = json.loads(OUTLINE_FILE.read_text(encoding="utf-8"))
    outline = shapely.from_geojson(json.dumps(collection["features"][0]["geometry"]))
    shapely.prepare(outline)
    return outline


def in_sweden(east: np.ndarray, north: np.ndarray) -> np.ndarray:
    """Per SWEREF 99 TM point: inside Sweden's land and sea border (not a bounding box: Copenhagen,
    Oslo, Åland and Bornholm lie inside the box but outside the border)."""
    east, north = np.asarray(east, float), np.asarray(north, float)
    if not len(east):
        return np.zeros(0, dtype=bool)
    return np.asarray(shapely.contains_xy(sweden_outline(), east, north), dtype=bool)


def check_wgs84(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Per point: '' when fine, else a Swedish reason (swapped or outside Sweden)."""
    lat, lon = np.asarray(lat, float), np.asarray(lon, float)
    ok = _within(lat, SWEDEN_LAT) & _within(lon, SWEDEN_LON)
    swapped = ~ok & _within(lon, SWEDEN_LAT) & _within(lat, SWEDEN_LON)
    problems = np.where(
        ok,
        "",
        np.where(
            swapped,
            "Lat och Lon verkar omkastade (latitud ska vara 55–69 i Sverige)",
            "punkten ligger utanför Sverige",
        ),
    ).astype(object)
    if ok.any():
        east, north = to_sweref(lat[ok], lon[ok])
        problems[np.flatnonzero(ok)[~in_sweden(east, north)]] = OUTSIDE_BORDER
    return problems


def check_sweref(east: np.ndarray, north: np.ndarray) -> np.ndarray:
    east, north = np.asarray(east, float), np.asarray(north, float)
    ok = _within(east, SWEDEN_EAST) & _within(north, SWEDEN_NORTH)
    swapped = ~ok & _within(north, SWEDEN_EAST) & _within(east, SWEDEN_NORTH)
    problems = np.where(
        ok,
        "",
        np.where(
            swapped,
            "N och E verkar omkastade (N ska vara 6 100 000–7 700 000 i SWEREF 99 TM)",
            "punkten ligger utanför Sverige (SWEREF 99 TM)",
        ),
    ).astype(object)
    if ok.any():
        problems[np.flatnonzero(ok)[~in_sweden(east[ok], north[ok])]] = OUTSIDE_BORDER + " (SWEREF 99 TM)"
    return problems


@dataclass(frozen=True)
class ReferenceData:
    """What placing an incident needs: areas (3006), the place gazetteer and the address register."""

    areas: gpd.GeoDataFrame  # id, name, kommun, kommun_code, population, geometry
    places: pd.DataFrame  # name, kind, area, east, north, public, aliases
    addresses: pd.DataFrame  # street, number, east, north

    @property
    def area_ids(self) -> dict[str, int]:
        return dict(zip(self.areas["name"], self.areas["id"], strict=True))

    @cached_property
    def area_tree(self) -> shapely.STRtree:
        """The areas' spatial index, built once per reference data set (see areas_for_points)."""
        return shapely.STRtree(np.asarray(self.areas.geometry))

    @cached_property
    def address_index(self) -> AddressIndex:
        """The address register's look-ups, built once per reference data set (see geocode)."""
        return address_index(self.addresses)

    @cached_property
    def _by_kommun(self) -> dict[str, ReferenceData]:
        return {}

    def for_kommun(self, code: str) -> ReferenceData:
        """Only this kommun's areas and the places in them (built once per kommun)."""
        if code not in self._by_kommun:
            areas = self.areas[self.areas["kommun_code"] == code]
            places = self.places[self.places["area"].isin(set(areas["name"]))]
            self._by_kommun[code] = ReferenceData(areas=areas, places=places, addresses=self.addresses)
        return self._by_kommun[code]

    @property
    def kommun_of_area(self) -> dict[str, str]:
        return dict(zip(self.areas["name"], self.areas["kommun_code"], strict=True))

    @cached_property
    def matcher(self) -> PlaceMatcher:
        """Built once per reference data set: compiling the gazetteer pattern is not free."""
        return PlaceMatcher(self)


def areas_for_points(
    east: np.ndarray, north: np.ndarray, areas: gpd.GeoDataFrame, tree: shapely.STRtree | None = None
) -> pd.Series:
    """Area name for each point (None outside every area); points may be NaN.

    One STRtree query instead of every area against every point (about 87M tests per 100k rows at
    national scale). `tree` is the areas' tree (ReferenceData.area_tree), built here when not given.
    """
    east = np.asarray(east, float)
    north = np.asarray(north, float)
    names = np.full(len(east), None, dtype=object)
    valid = np.flatnonzero(~np.isnan(east) & ~np.isnan(north))
    if len(valid) and len(areas):
        geometries = np.asarray(areas.geometry)
        tree = tree if tree is not None else shapely.STRtree(geometries)
        x, y = east[valid], north[valid]
        # The areas whose box holds each point, then "within" turned round as "contains" (a point on an
        # area's boundary is in neither), tested against the prepared polygons: the tree's own
        # "within" predicate tests every pair without them (three times slower).
        point_k, area_k = tree.query(shapely.points(x, y))
        shapely.prepare(geometries)
        inside = shapely.contains_xy(geometries[area_k], x[point_k], y[point_k])
        point_k, area_k = point_k[inside], area_k[inside]
        # Areas do not overlap; the first containing area (in frame order) wins should they ever touch.
        order = np.lexsort((area_k, point_k))
        point_k, area_k = point_k[order], area_k[order]
        first = np.r_[True, point_k[1:] != point_k[:-1]] if len(point_k) else np.zeros(0, bool)
        names[valid[point_k[first]]] = np.asarray(areas["name"], dtype=object)[area_k[first]]
    return pd.Series(names, dtype=object)


def own_name_pattern(kommun_name: str) -> re.Pattern[str]:
    """The kommun's own name as a text may write it: "Nyköping", "Nyköpings", "Nyköpings kommun".

    A kommun's name in a report says which kommun, not which district: police headlines end with it
    ("…, Misshandel, Åre") and location.name is it. Areas (and aliases, places) named like the kommun
    or like a part of its name ("Åre", "Sälen" of "Malung-Sälen") would otherwise catch every such
    event. PlaceMatcher passes over names found only inside this pattern's matches."""
    words = r"\s+".join(re.escape(word) + "s?" for word in kommun_name.split())
    return re.compile(r"(?<!\w)" + words + r"(?:\s+kommuns?)?(?!\w)", re.IGNORECASE)


# A word is generic when it is a word of its own in at least GENERIC_AS_WORD of the 3,363 RegSO names
# ("Södra", "Centrum", "Norra", "Strand") or the first or last part of a compound word in at least
# GENERIC_IN_COMPOUND of them ("skog" in "Hässleskog", "berg" in "Fredriksberg", "söder" in "Södermalm").
GENERIC_AS_WORD = 5
GENERIC_IN_COMPOUND = 20
_NAME_WORD = re.compile(r"[^\W\d_]+")


def generic_words_of(names: list[str]) -> frozenset[str]:
    """The (lower-case) words that occur in so many place names that they name no one place."""
    as_word: dict[str, int] = {}
    in_compound: dict[str, int] = {}
    tokens = [{w.lower() for w in _NAME_WORD.findall(name)} for name in names]
    for words in tokens:
        for word in words:
            as_word[word] = as_word.get(word, 0) + 1
    vocabulary = [w for w in as_word if len(w) >= 3]
    for words in tokens:
        parts = {w[:k] for w in words for k in range(3, len(w))} | {
            w[-k:] for w in words for k in range(3, len(w))
        }
        for word in parts:
            in_compound[word] = in_compound.get(word, 0) + 1
    return frozenset(
        w for w in vocabulary if as_word[w] >= GENERIC_AS_WORD or in_compound.get(w, 0) >= GENERIC_IN_COMPOUND
    )


# A RegSO name in the layer's JSON text: the "regsonamn" key and its string value (JSON escapes kept).
_REGSO_NAME = re.compile(rb'"regsonamn"\s*:\s*("(?:[^"\\]|\\.)*")')


def regso_names() -> list[str]:
    """Every RegSO 2025 name of the shipped layer, in feature order. Only the names are picked out of
    the JSON text: parsing every polygon (json.load) took 0.7 s CPU of each ingest (0.25 s in a fresh
    process), this 0.04 s (tests/test_generic_place_words.py checks the names are the same)."""
    with gzip.open(REGSO_FILE, "rb") as fh:
        raw = fh.read()
    return [json.loads(value) for value in _REGSO_NAME.findall(raw)]


@lru_cache(maxsize=1)
def generic_name_words() -> frozenset[str]:
    """Generic words by their frequency across all RegSO 2025 names of Sweden (the shipped layer)."""
    return generic_words_of(regso_names())


def is_generic_name(name: str, generic: frozenset[str]) -> bool:
    """A name made of generic words only ("Söder", "Skog", "Norra centrum"): also a common word."""
    words = [w.lower() for w in _NAME_WORD.findall(name)]
    return bool(words) and all(w in generic for w in words)


# With the row's kommun known, "i centrum" / "centrala" name that kommun's centre: its RegSO area
# called "…-Centrum" or "…-Centrala" (measured on the police events, docs/ingest.md).
CENTRE_WORDS = frozenset({"centrum", "centrala"})


def _proper_noun(written: str, kommun_known: bool) -> bool:
    """Whether a generic name as written in a text names the place: one of its words capitalised
    ("på Söder", "centrala Jakobsberg"), or a centre word in a kommun's text ("brott i centrum")."""
    words = _NAME_WORD.findall(written)
    if any(w[0].isupper() for w in words):
        return True
    return kommun_known and all(w.lower() in CENTRE_WORDS for w in words)


def _inflected(name: str) -> str:
    """A regex for a place name tolerant to case and the Swedish genitive: 'Fisksätras centrum'."""
    words = [re.escape(word) + "s?" for word in name.split()]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


# Characters whose case folding Python's regex engine treats specially (outside Latin-1, µ, ÿ): a text
# or name with one is searched with the whole alternation, where the word index below could differ.
_WORD = re.compile(r"\w+")
_UNSAFE_CHAR = re.compile(r"[^\x00-\xb4\xb6-\xfe]")


def _indexable(text: str) -> bool:
    """The word index holds for `text` although it has characters outside the safe range: each of them
    is neither a word character nor cased ("–", "”", "…"), so it separates words in the text and in its
    lowercase alike and matches no letter of a name under IGNORECASE (the regex engine's extra case
    folds, `re._casefix`, are all letters or cased)."""
    return all(
        not (ch.isalnum() or ch == "_") and ch.lower() == ch and ch.upper() == ch and ch.casefold() == ch
        for ch in set(_UNSAFE_CHAR.findall(text))
    )


_Span = tuple[int, int]  # where a name matches in a text: start, end
MATCHES_REMEMBERED = 200_000  # texts whose answer a PlaceMatcher keeps (see PlaceMatcher._remembered)


class PlaceMatcher:
    """Finds which area a free text speaks of, through area names and gazetteer places.

    The answer is that of one regex alternation of every name, longest first: the leftmost match,
    ties to the earlier (longer) name. That alternation is not searched, though: Python's engine tries
    every alternative at every position, about a second per text with a national gazetteer (~7,000
    names; bench/RESULTS.md, "Profile and fix"). A name can only match where each of its words stands
    in the text as a word of its own (or with a genitive "s"), so only the names whose rarest word is
    in the text are searched, each with its own small pattern, compiled when first needed.

    A name made of generic words only (`is_generic_name`: "Söder", "Skog", "Centrum", "Norra") is also
    a common Swedish word: "söder om Kristianstad", "brand i skog". It counts only where the text writes
    it as a proper noun, a word of it capitalised ("på Söder", "centrala Jakobsberg"), or, in a text
    whose kommun is known (`own_name`), as that kommun's centre ("brott i centrum": `CENTRE_WORDS`).
    """

    def __init__(self, reference: ReferenceData) -> None:
        names: list[tuple[str, str]] = [(name, name) for name in reference.areas["name"]]
        if "aliases" in reference.areas.columns:
            # An area's other names ("Älta" for "Älta-Erstavik") find the area itself.
            for name, aliases in zip(reference.areas["name"], reference.areas["aliases"], strict=True):
                if isinstance(aliases, str):
                    names += [(alias.strip(), name) for alias in aliases.split("|") if alias.strip()]
        places = reference.places[reference.places["area"].fillna("") != ""]
        place_aliases = places["aliases"] if "aliases" in places.columns else [None] * len(places)
        for place, area, aliases in zip(places["name"], places["area"], place_aliases, strict=True):
            for alias in [place, *[a for a in str(aliases or "").split("|") if a.strip()]]:
                names.append((alias.strip(), area))
        # Longest names first so "Älta centrum" wins over "Älta" (same area anyway, but exact places
        # are what geocoding by place text needs).
        names.sort(key=lambda item: len(item[0]), reverse=True)
        self.names = names  # (name as written, its area)
        self._place_rows = {
            alias.strip().casefold(): place
            for place in reference.places.to_dict("records")
            for alias in [place["name"], *str(place.get("aliases") or "").split("|")]
            if alias.strip()
        }
        words = [
            # The words of "Älta-Erstavik" or "Berga (Vallentuna)" are älta, erstavik, berga, vallentuna:
            # each stands as a word in any text that names it. (Split on spaces only, the 1,424
            # RegSO names with a hyphen or parenthesis had no plain word and were searched in every text.)
            # So do those of "Kungshamn–Smögen": a character outside the safe range that is neither a
            # word character nor cased ("–", see `_indexable`) matches only itself and separates words.
            [] if _UNSAFE_CHAR.search(name) and not _indexable(name) else _WORD.findall(name.lower())
            for name, _ in names
        ]
        # Every word of a name stands in a text that names it (as itself or with a genitive "s"): a
        # candidate whose other words are missing cannot match, and is neither compiled nor searched.
        self._words = [frozenset(name_words) for name_words in words]
        frequency: dict[str, int] = {}
        for name_words in words:
            for word in set(name_words):
                frequency[word] = frequency.get(word, 0) + 1
        self._by_word: dict[str, list[int]] = {}
        self._always: list[int] = []  # names without a word (or unsafe characters): in every text
        for k, name_words in enumerate(words):
            if name_words:
                self._by_word.setdefault(min(name_words, key=lambda w: frequency[w]), []).append(k)
            else:
                self._always.append(k)
        self._patterns: dict[int, re.Pattern[str]] = {}
        # Most names are matched among the text's words, without a regex (lagesbild.word_runs); like a
        # pattern, a name's words are worked out when it is first a candidate.
        self._as_words: dict[int, NameWords | None] = {}
        # Whether a name is generic (`is_generic_name`), worked out when it is first found in a text.
        self._generic: dict[int, bool] = {}
        self._matches: dict[tuple[str, re.Pattern[str] | None], int | None] = {}

    def _is_generic(self, k: int) -> bool:
        generic = self._generic.get(k)
        if generic is None:
            generic = self._generic[k] = is_generic_name(self.names[k][0], generic_name_words())
        return generic

    @cached_property
    def _alternation(self) -> re.Pattern[str]:
        return re.compile("|".join(f"({_inflected(n)})" for n, _ in self.names), re.IGNORECASE)

    def _pattern(self, k: int) -> re.Pattern[str]:
        pattern = self._patterns.get(k)
        if pattern is None:
            pattern = self._patterns[k] = re.compile(_inflected(self.names[k][0]), re.IGNORECASE)
        return pattern

    def _match(self, text: object, own_name: re.Pattern[str] | None = None) -> int | None:
        """Index into `names` of the name the alternation would match in `text`, or None.

        `own_name` matches the kommun's own name in the text: a name found only inside such a span
        ("Åre" in "…, Fylleri/LOB, Åre", "Sälen" in "Malung-Sälen") is passed over (see
        `own_name_pattern`); a longer name around it ("Nacka strand", "Salems centrum") still counts.
        """
        if not isinstance(text, str) or not text:
            return None
        own = [m.span() for m in own_name.finditer(text)] if own_name is not None else []

        def usable(found: _Span, k: int) -> bool:
            if self._is_generic(k) and not _proper_noun(text[found[0] : found[1]], own_name is not None):
                return False  # a common word ("söder om", "i skog"), not the place's name
            return not any(s <= found[0] and found[1] <= e for s, e in own)

        unsafe = _UNSAFE_CHAR.search(text) is not None
        if unsafe and not _indexable(text):
            for match in self._alternation.finditer(text):
                if match.lastindex is not None and usable(match.span(), match.lastindex - 1):
                    return match.lastindex - 1
            return None
        words = TextWords(text)
        text_words = set(_WORD.findall(text.lower()))
        # A name's word stands in the text as itself or with a genitive "s": the text's words and
        # those words without their final "s" are every word a name may have here.
        stems = text_words.union([w[:-1] for w in text_words if w.endswith("s")])
        candidates = set(self._always)
        for word in stems:
            candidates.update(self._by_word.get(word, ()))
        candidates = {k for k in candidates if self._words[k] <= stems}
        if unsafe:
            return self._as_alternation(words, sorted(candidates), usable)
        best: tuple[int, int] | None = None
        for k in candidates:
            found = next((m for m in self._found(k, words, 0) if usable(m, k)), None)
            if found is not None and (best is None or (found[0], k) < best):
                best = (found[0], k)
        return None if best is None else best[1]

    def _found(self, k: int, words: TextWords, pos: int) -> Iterator[_Span]:
        """The spans of `_pattern(k).finditer(text, pos)`: among the text's words when the name allows
        (`_as_words`), else by its regex."""
        if k in self._as_words:
            as_words = self._as_words[k]
        else:
            name = self.names[k][0]
            as_words = self._as_words[k] = None if _UNSAFE_CHAR.search(name) else words_of_name(name)
        if as_words is not None:
            return words.matches(as_words, pos)
        return (m.span() for m in self._pattern(k).finditer(words.text, pos))

    def _as_alternation(
        self, words: TextWords, candidates: list[int], usable: Callable[[_Span, int], bool]
    ) -> int | None:
        """What `_alternation.finditer` answers, from the candidates' own patterns: at the leftmost
        position where a name matches, the first name (in `names` order) matching there; an unusable
        match is skipped and the scan goes on at its end. Exact when `candidates` holds every name
        that can match anywhere in `text` (the word index, see `_indexable`)."""
        pos = 0
        while True:
            best: tuple[int, int, _Span] | None = None
            for k in candidates:
                found = next(self._found(k, words, pos), None)
                if found is not None and (best is None or (found[0], k) < best[:2]):
                    best = (found[0], k, found)
            if best is None:
                return None
            _, k, found = best
            if usable(found, k):
                return k
            pos = found[1]

    def _remembered(self, text: object, own_name: re.Pattern[str] | None) -> int | None:
        """`_match`, once per text and kommun pattern: place texts repeat within a file and across its
        chunks. At most MATCHES_REMEMBERED answers are kept (then they are forgotten: flat memory)."""
        if not isinstance(text, str):
            return self._match(text, own_name)
        key = (text, own_name)
        if key not in self._matches:
            if len(self._matches) >= MATCHES_REMEMBERED:
                self._matches.clear()
            self._matches[key] = self._match(text, own_name)
        return self._matches[key]

    def area_in_text(self, text: object, own_name: re.Pattern[str] | None = None) -> str | None:
        k = self._remembered(text, own_name)
        return None if k is None else self.names[k][1]

    def place_in_text(self, text: object, own_name: re.Pattern[str] | None = None) -> dict[str, Any] | None:
        """The gazetteer row for the first place named in `text` (not bare area names)."""
        k = self._remembered(text, own_name)
        return None if k is None else self._place_rows.get(self.names[k][0].casefold())


_ADDRESS = re.compile(r"^\s*(?P<street>[^\d,]+?)\s+(?P<number>\d+\s?[A-Za-z]?)\b")


AddressIndex = tuple[dict[tuple[str, str], tuple[float, float]], dict[str, tuple[float, float]]]


def address_index(register: pd.DataFrame) -> AddressIndex:
    """The register's look-ups: (street, number) → point and street → its middle point."""
    # Lists, not Series: iterating an Arrow-backed column boxes every value (half of this function).
    streets = [str(v).casefold().strip() for v in register["street"].astype(object).tolist()]
    numbers = [str(v).replace(" ", "").casefold() for v in register["number"].astype(object).tolist()]
    points = zip(register["east"].tolist(), register["north"].tolist(), strict=True)
    exact = {(s, n): p for s, n, p in zip(streets, numbers, points, strict=True)}
    middle = register.assign(key=streets).groupby("key")[["east", "north"]].median()
    by_street = dict(zip(middle.index, zip(middle["east"], middle["north"], strict=True), strict=True))
    return exact, by_street


def geocode(addresses: pd.Series, register: pd.DataFrame, index: AddressIndex | None = None) -> pd.DataFrame:
    """Offline geocoding: exact street + number, else the street's middle point.

    Returns east, north and precision ('address', 'place' for street level, or None). `index` is
    `address_index(register)` (ReferenceData.address_index: built once per file, not per chunk).
    """
    exact, by_street = index if index is not None else address_index(register)
    east, north, precision = [], [], []
    for value in addresses:
        point, level = None, None
        if isinstance(value, str) and value.strip():
            match = _ADDRESS.match(value)
            street = (match.group("street") if match else value).casefold().strip()
            number = match.group("number").replace(" ", "").casefold() if match else None
            if number is not None and (street, number) in exact:
                point, level = exact[(street, number)], "address"
            elif street in by_street:
                point, level = by_street[street], "place"
        east.append(point[0] if point else np.nan)
        north.append(point[1] if point else np.nan)
        precision.append(level)
    out = pd.DataFrame(
        {"east": np.asarray(east, float), "north": np.asarray(north, float)}, index=addresses.index
    )
    out["precision"] = pd.Series(precision, index=addresses.index, dtype=object)
    return out
