"""Which found spans a candidate overlaps, in logarithmic time (issue 14, resource bounds).

The finders skip a word that a name found before covers. Asking every found span for every word is
quadratic in a long text full of names (`Kalle och ` × 5,000: 5 s); the spans merged and sorted answer
with one bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

__all__ = ["SpanIndex", "any_within"]


class SpanIndex:
    """Half-open spans ``[a, b)``, merged; :meth:`overlaps` is ``any(a < e and s < b for a, b in spans)``."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(sp for sp in spans if sp[0] < sp[1]):
            if ends and a < ends[-1]:
                ends[-1] = max(ends[-1], b)  # overlapping: one span (touching ones stay apart)
            else:
                starts.append(a)
                ends.append(b)
        self._starts = starts
        self._ends = ends

    def overlaps(self, s: int, e: int) -> bool:
        if s >= e:
            return False
        k = bisect_right(self._ends, s)  # the first span that ends after s
        return k < len(self._starts) and self._starts[k] < e


def any_within(points: list[int], lo: int, hi: int) -> bool:
    """Some of the sorted ``points`` lies in ``lo`` … ``hi``: `any(lo <= p <= hi for p in points)` by
    bisection (a found name's start or end right beside a candidate)."""
    k = bisect_left(points, lo)
    return k < len(points) and points[k] <= hi
