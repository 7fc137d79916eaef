"""geo.PlaceMatcher as committed before the fix (0672385): one regex alternation of every area,
place and alias name, searched in full for every text. Kept so that the benchmark's before/after and
bench/check_equivalence.py measure the old matcher, not today's."""

from __future__ import annotations

import re
from typing import Any

from lagesbild.geo import ReferenceData
from lagesbild.geo import inflected as _inflected


class PlaceMatcher:
    """Finds which area a free text speaks of, through area names and gazetteer places."""

    def __init__(self, reference: ReferenceData) -> None:
        names: list[tuple[str, str]] = [(name, name) for name in reference.areas["name"]]
        places = reference.places[reference.places["area"].fillna("") != ""]
        for _, place in places.iterrows():
            aliases = [a for a in str(place.get("aliases") or "").split("|") if a.strip()]
            for alias in [place["name"], *aliases]:
                names.append((alias.strip(), place["area"]))
        # Longest names first so "Älta centrum" wins over "Älta" (same area anyway, but exact places
        # are what geocoding by place text needs).
        names.sort(key=lambda item: len(item[0]), reverse=True)
        self._areas = names
        self._pattern = re.compile("|".join(f"({_inflected(n)})" for n, _ in names), re.IGNORECASE)
        self._place_rows = {
            alias.strip().casefold(): place
            for place in reference.places.to_dict("records")
            for alias in [place["name"], *str(place.get("aliases") or "").split("|")]
            if alias.strip()
        }

    def area_in_text(self, text: object) -> str | None:
        if not isinstance(text, str) or not text:
            return None
        match = self._pattern.search(text)
        if match is None or match.lastindex is None:
            return None
        return self._areas[match.lastindex - 1][1]

    def place_in_text(self, text: object) -> dict[str, Any] | None:
        """The gazetteer row for the first place named in `text` (not bare area names)."""
        if not isinstance(text, str) or not text:
            return None
        match = self._pattern.search(text)
        if match is None or match.lastindex is None:
            return None
        name = self._areas[match.lastindex - 1][0]
        return self._place_rows.get(name.casefold())
