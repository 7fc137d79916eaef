"""What the person chose on a page, as one frozen value: the period, the area, category and source
filters and the view. It is the cache key of the cached reads and analyses (`st.cache_data` hashes a
dataclass by its fields), so equal choices on any page hit the same cache entry, and the functions
take one argument instead of a long positional list that is easy to get out of order.

Name filters are sorted tuples (order-independent keys); None means all."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

from lagesbild.queries import current_kommun

Names = tuple[str, ...] | None


def names_key(values: Iterable[str] | None) -> Names:
    """A hashable, order-independent cache key for an optional list of names (None = all)."""
    chosen = tuple(sorted(values)) if values else ()
    return chosen or None


@dataclass(frozen=True)
class Selection:
    """Incidents from `first_week` to `last_week` (ISO labels, inclusive) in the chosen areas,
    categories and sources of the page's kommun. `shared_view`: only what may be shared (reviewed
    reports, generalised places, sensitive categories only per area); `reviewed_only`: reviewed
    reports only."""

    first_week: str
    last_week: str
    areas: Names = None
    categories: Names = None
    sources: Names = None
    shared_view: bool = False
    reviewed_only: bool = False
    # The kommun the page runs in (queries.kommun_scope), taken when the selection is made: two
    # kommuners' equal choices are different cache keys.
    kommun: str | None = field(default_factory=current_kommun)

    @classmethod
    def of(
        cls,
        first_week: str,
        last_week: str,
        areas: Iterable[str] | None = None,
        categories: Iterable[str] | None = None,
        sources: Iterable[str] | None = None,
        *,
        shared_view: bool = False,
        reviewed_only: bool = False,
    ) -> Selection:
        """A selection from widget values (lists in any order, empty = all)."""
        return cls(
            first_week,
            last_week,
            names_key(areas),
            names_key(categories),
            names_key(sources),
            bool(shared_view),
            bool(reviewed_only),
        )

    @property
    def reviewed(self) -> bool:
        """Whether only reviewed reports count: asked for, or implied by the shared view."""
        return self.reviewed_only or self.shared_view

    def counted(self) -> Selection:
        """The key of reads that only count incidents (series, changes): the shared view folded into
        `reviewed_only`, so the two ways of asking for reviewed reports share one cache entry."""
        return dataclasses.replace(self, shared_view=False, reviewed_only=self.reviewed)

    def weeks(self, first_week: str, last_week: str | None = None) -> Selection:
        """The same filters over another period (e.g. with a year of history before it)."""
        return dataclasses.replace(self, first_week=first_week, last_week=last_week or self.last_week)


MAX_POINTS = 2000  # single incidents drawn at most; beyond that the map shows grid cells only


@dataclass(frozen=True)
class MapOptions:
    """How the map draws a selection: grid cell size in metres, single incidents, the view to zoom
    to (area names; None = all chosen) and the Gi* hotspot layer."""

    cell_m: int
    show_points: bool = False
    focus: Names = None
    hotspots: bool = False
