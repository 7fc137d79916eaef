"""The parameters of change detection (defaults are the documented, calibrated ones) and its flags."""

from __future__ import annotations

from dataclasses import dataclass

from lagesbild import weekly
from lagesbild.vocabulary import Flag

RISE = Flag.RISE
FALL = Flag.FALL


@dataclass(frozen=True)
class ChangeParams:
    """Parameters of :func:`detect_changes` (defaults are the documented, calibrated ones)."""

    baseline_weeks: int = 4  # k: "normalt" = the mean of the previous k weeks
    alpha: float = 0.005  # single-week alarm when the chance of a week this extreme is below this
    cusum_k: float = 0.5  # CUSUM reference value (half a standard deviation)
    cusum_h: float = 3.5  # CUSUM decision limit
    reference_weeks: int = 12  # CUSUM reference window …
    reference_gap: int = 2  # … ending this many weeks before the week judged
    seasonal: bool = True
    seasonal_halfwidth: int = 2  # same ISO week ±2 a year earlier
    seasonal_alpha: float = 0.1  # a change must also be unusual against last year's season at this level
    peak_alpha: float = 0.005  # a week in last year's window counts as a peak below this chance
    above_peak_alpha: float = 0.05  # … and this week must then be above that peak at this level
    min_count_rise: int = weekly.MIN_COUNT_FOR_RISE  # no "ökning" for a rise to 1 or 2


DEFAULT_PARAMS = ChangeParams()
