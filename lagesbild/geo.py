"""Coordinates, areas and places: SWEREF 99 TM (EPSG:3006) for storage, WGS84 for maps.

Everything here is pure: it takes and returns arrays and (Geo)DataFrames.

This module holds the reference data an incident is placed with (`ReferenceData`), the area of a
point (`areas_for_points`) and of a free text (`PlaceMatcher`); it re-exports its parts:
`coordinates` (CRS conversions, the checks that a point is in Sweden), `place_names` (a kommun's own
name, generic name words) and `geocoding` (addresses to points).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from lagesbild.coordinates import (
    OUTLINE_FILE,
    OUTSIDE_BORDER,
    SWEDEN_EAST,
    SWEDEN_LAT,
    SWEDEN_LON,
    SWEDEN_NORTH,
    SWEREF,
    WGS84,
    check_sweref,
    check_wgs84,
    in_sweden,
    sweden_outline,
    to_sweref,
    to_wgs84,
)
from lagesbild.geocoding import AddressIndex, address_index, geocode
from lagesbild.place_names import (
    CENTRE_WORDS,
    REGSO_FILE,
    generic_name_words,
    generic_words_of,
    inflected,
    is_generic_name,
    own_name_pattern,
    proper_noun,
    regso_names,
)
from lagesbild.word_runs import NameWords, TextWords, words_of_name


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
        return re.compile("|".join(f"({inflected(n)})" for n, _ in self.names), re.IGNORECASE)

    def _pattern(self, k: int) -> re.Pattern[str]:
        pattern = self._patterns.get(k)
        if pattern is None:
            pattern = self._patterns[k] = re.compile(inflected(self.names[k][0]), re.IGNORECASE)
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
            if self._is_generic(k) and not proper_noun(text[found[0] : found[1]], own_name is not None):
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


__all__ = [
    "CENTRE_WORDS",
    "MATCHES_REMEMBERED",
    "OUTLINE_FILE",
    "OUTSIDE_BORDER",
    "REGSO_FILE",
    "SWEDEN_EAST",
    "SWEDEN_LAT",
    "SWEDEN_LON",
    "SWEDEN_NORTH",
    "SWEREF",
    "WGS84",
    "AddressIndex",
    "PlaceMatcher",
    "ReferenceData",
    "address_index",
    "areas_for_points",
    "check_sweref",
    "check_wgs84",
    "generic_name_words",
    "generic_words_of",
    "geocode",
    "in_sweden",
    "inflected",
    "is_generic_name",
    "own_name_pattern",
    "regso_names",
    "sweden_outline",
    "to_sweref",
    "to_wgs84",
]
