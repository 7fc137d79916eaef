"""Calibration and power of the weekly flags (lagesbild.weekly), on simulated series.

The simulation is written here, independently of the rules: each series is drawn week by week from a
Poisson (or, for overdispersed series, a gamma-Poisson) generator with a known rate, fed to
`weekly.area_category_table` one week at a time exactly as the report does, and the flags are
counted. Without a planted change every flag is false.

    PYTHONPATH=. .venv/bin/python scripts/flag_calibration.py [--series 400] [--weeks 70] [--seed 1]

Prints false flags per 100 series-weeks per direction (nominal: weekly.ALPHA × 100 = 0.5 each) and
the share of planted one-week rises flagged in their week. docs/analysis.md quotes a run.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lagesbild import weekly

FIRST_MONDAY = dt.date(2024, 1, 1)


def labels(n: int) -> list[str]:
    out = []
    for k in range(n):
        year, week, _ = (FIRST_MONDAY + dt.timedelta(weeks=k)).isocalendar()
        out.append(f"{year}-W{week:02d}")
    return out


def simulate(
    rate: float, n_series: int, n_weeks: int, rng: np.random.Generator, size: float | None
) -> np.ndarray:
    """Counts (series × weeks). `size`: gamma-Poisson with this shape (variance μ + μ²/size), else Poisson."""
    if size is None:
        return rng.poisson(rate, (n_series, n_weeks)).astype(float)
    lam = rng.gamma(size, rate / size, (n_series, n_weeks))
    return rng.poisson(lam).astype(float)


def flags(matrix: np.ndarray, first_judged: int) -> np.ndarray:
    """The flag of every series × judged week (weeks from `first_judged` on), as the report computes it."""
    n_series, n_weeks = matrix.shape
    weeks = labels(n_weeks)
    long = pd.DataFrame(
        {
            "iso_week": np.tile(np.asarray(weeks, dtype=object), n_series),
            "area": "A",
            "category": np.repeat([f"s{k:05d}" for k in range(n_series)], n_weeks),
            "count": matrix.ravel(),
        }
    )
    out = np.empty((n_series, n_weeks - first_judged), dtype=object)
    for t in range(first_judged, n_weeks):
        window = set(weeks[max(0, t - 60) : t + 1])
        part = long[long["iso_week"].isin(window)]
        table = weekly.area_category_table(part, weeks[t], covered=weeks[: t + 1]).set_index("category")
        out[:, t - first_judged] = table.loc[[f"s{k:05d}" for k in range(n_series)], "flag"].to_numpy()
    return out


@dataclass
class Row:
    name: str
    rises: float
    falls: float
    judged: int


def calibration(n_series: int, n_weeks: int, seed: int) -> list[Row]:
    rng = np.random.default_rng(seed)
    rows = []
    for rate, size in [(0.3, None), (1, None), (3, None), (10, None), (30, None), (3, 2.0), (10, 2.0)]:
        matrix = simulate(rate, n_series, n_weeks, rng, size)
        got = flags(matrix, 13)
        name = f"Poisson {rate}" if size is None else f"överspridd {rate} (NB, storlek {size:g})"
        rows.append(
            Row(
                name,
                100 * float((got == "ökning").mean()),
                100 * float((got == "minskning").mean()),
                got.size,
            )
        )
    return rows


def power(n_series: int, seed: int) -> list[tuple[str, float]]:
    rng = np.random.default_rng(seed + 1)
    out = []
    for base, peak in [(1, 8), (1, 5), (2, 8), (4, 12), (10, 25), (30, 50)]:
        matrix = simulate(base, n_series, 20, rng, None)
        matrix[:, 19] = rng.poisson(peak, n_series)
        got = flags(matrix, 19)[:, 0]
        out.append((f"{base} → {peak}", float((got == "ökning").mean())))
    return out


def controlled() -> tuple[str, str]:
    """1 a week for 12 weeks, then 0; and then 8 instead."""
    weeks = labels(13)
    base = np.ones((1, 13))
    zero, eight = base.copy(), base.copy()
    zero[0, 12] = 0
    eight[0, 12] = 8
    return str(flags(zero, 12)[0, 0]), str(flags(eight, 12)[0, 0]) + f" ({weeks[-1]})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", type=int, default=400)
    parser.add_argument("--weeks", type=int, default=70)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"Nominell nivå: {100 * weekly.ALPHA:g} falska flaggor per 100 serieveckor och riktning")
    print("| serie | falska ökning / 100 | falska minskning / 100 | bedömda serieveckor |")
    print("|---|---|---|---|")
    for row in calibration(args.series, args.weeks, args.seed):
        print(f"| {row.name} | {row.rises:.2f} | {row.falls:.2f} | {row.judged} |")
    print()
    print("| planterad ökning en vecka | andel flaggade samma vecka |")
    print("|---|---|")
    for name, share in power(args.series, args.seed):
        print(f"| {name} | {share:.2f} |")
    zero, eight = controlled()
    print()
    print(f"Kontrollerad serie, 1 i veckan och sedan 0: flagga {zero!r}; sedan 8: flagga {eight!r}")


if __name__ == "__main__":
    main()
