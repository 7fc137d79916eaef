"""The weekly picture per area: counts this week against the weeks before, with exact tail
probabilities, change flags and a suggested status. Pure functions on DataFrames.

Why not z = 2(√x − √μ): for small counts it is far from normal. 0 against a mean of 1.0 gives z = −2,
yet 0 happens 37 % of such weeks. Here every cell is judged by the exact chance of a week at least
this extreme *given what the weeks before show*:

- The level is only known through the baseline weeks (the 4 weeks before, leaving out weeks before
  the data begin). With S events over k weeks and a Jeffreys prior on a Poisson rate, next week's
  count is negative binomial (size S + ½, p = k/(k + 1)); its tails are regularised incomplete beta
  functions (``scipy.special.betainc``). With a long baseline this is the Poisson tail
  (``scipy.special.pdtrc``) at the baseline mean; with 4 weeks it is wider, which is what keeps the
  false-flag rate at its nominal level (docs/analysis.md).
- Overdispersion: when the 12 weeks before vary more than Poisson counts do, the count is judged
  against the negative binomial with the same mean and φ times the variance, φ = variance / mean (its
  upper 80 % bound, since 12 weeks estimate it poorly), so a bursty series needs a bigger jump.
- Season: with a year of history, a change must also be unusual against the same ISO week ±2 a year
  earlier (chance below 10 %), so a recurring holiday peak is not a new rise.

A cell is flagged "ökning" when a week this high happens less than 1 week in 200 at that level (and
there are at least 3 events), "minskning" when a week this low does. 0 against 1.0 and 1 against 0
are never flagged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from lagesbild.swedish import integer, number, plural
from lagesbild.vocabulary import AreaStatus, Flag
from lagesbild.weeks import previous_weeks, shift_week

ALPHA = 0.005  # a cell is flagged when a week this extreme happens less than 1 week in 200
TOTAL_YELLOW = 0.01  # an area's total this high less than 1 week in 100 → gul
TOTAL_RED = 0.001  # … less than 1 week in 1 000 → röd
SEASONAL_ALPHA = 0.1  # a change must also be unusual against last year's season at this level
BASELINE_WEEKS = 4
MIN_BASELINE_WEEKS = 2  # fewer weeks with data before: no judgement at all
DISPERSION_WEEKS = 12
MIN_DISPERSION_WEEKS = 8
DISPERSION_UPPER = 0.8  # φ used = the upper end of a one-sided 80 % interval for variance / mean
SEASON_HALFWIDTH = 2
MIN_COUNT_FOR_RISE = 3
INSUFFICIENT = "otillräckligt underlag"
# A suggestion only: the working group decides grön, gul or röd (vocabulary.AreaStatus).
STATUSES = (*AreaStatus, INSUFFICIENT)
# A significant rise in these categories makes an area red: serious violence and fire.
SERIOUS = frozenset({"vald_hot", "skjutning_explosion", "anlagd_brand", "ran"})

STATUS_RULES = (
    "Varje kategori jämförs med veckorna innan (och samma tid förra året när det finns): flaggan sätts "
    "när så många eller så få händelser inträffar mer sällan än 1 vecka av 200 vid samma nivå. "
    "Röd: ökning av våld och hot, rån, anlagd brand eller skjutning/explosion, eller totalt så många "
    "högst 1 vecka av 1 000. Gul: någon annan ökning, eller totalt högst 1 vecka av 100. Grön: annars. "
    "Otillräckligt underlag: veckan är inte komplett eller det finns för få veckor att jämföra med. "
    "Förslaget är ett stöd; beslutet fattas av arbetsgruppen."
)

COLUMNS = [
    "area",
    "category",
    "count",
    "last_week",
    "mean_4w",
    "baseline_weeks",
    "dispersion",
    "p_high",
    "p_low",
    "flag",
    "explanation",
]


def history_weeks(week: str) -> list[str]:
    """Every week `area_category_table` looks at for `week`: the 12 weeks before and the same ISO week
    ±2 a year earlier (oldest first, without duplicates), then `week` itself."""
    season = [shift_week(week, -52 + d) for d in range(-SEASON_HALFWIDTH, SEASON_HALFWIDTH + 1)]
    return sorted({*season, *previous_weeks(week, DISPERSION_WEEKS)}) + [week]


# --- tail probabilities ------------------------------------------------------------------------------


def tails(x: Any, total: Any, weeks: Any, dispersion: Any = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """(P(X ≥ x), P(X ≤ x)) for next week's count X, given `total` events over `weeks` weeks before.

    X is negative binomial with size total + ½ and p = weeks / (weeks + 1): a Poisson count whose rate
    is known only through those weeks (Jeffreys prior). With a dispersion φ > 1, the negative binomial
    with the same mean and φ times that variance. NaN where there are no weeks to compare with.
    """
    from scipy import special  # where used: pages that compute no tail skip its import

    phi = np.maximum(np.asarray(dispersion, float), 1.0)
    x = np.asarray(x, float)
    total = np.asarray(total, float)
    k = np.asarray(weeks, float)
    with np.errstate(invalid="ignore", divide="ignore"):
        # Poisson level known through k weeks: size S + ½, p = k / (k + 1) (Jeffreys predictive).
        n = total + 0.5
        p = k / (k + 1.0)
        # Overdispersed: the negative binomial with the same mean and φ times its variance.
        mean = n * (1.0 - p) / p
        n_od = mean * (p / phi) / (1.0 - p / phi)
        n = np.where(phi > 1.0, n_od, n)
        p = np.where(phi > 1.0, p / phi, p)
        low = special.betainc(n, x + 1.0, p)  # P(X ≤ x) = I_p(n, x + 1)
        high = np.where(x > 0, special.betainc(np.maximum(x, 1e-12), n, 1.0 - p), 1.0)  # 1 − P(X ≤ x − 1)
    invalid = ~(k > 0) | ~np.isfinite(n)
    high = np.where(invalid, np.nan, high)
    low = np.where(invalid, np.nan, low)
    return np.asarray(high, float), np.asarray(low, float)


def poisson_tails(x: Any, mean: Any) -> tuple[np.ndarray, np.ndarray]:
    """(P(X ≥ x), P(X ≤ x)) for X Poisson with a known mean: the limit of `tails` for a long baseline."""
    from scipy import special

    x = np.asarray(x, float)
    mean = np.asarray(mean, float)
    high = np.where(x > 0, special.pdtrc(np.maximum(x - 1, 0), mean), 1.0)
    return np.asarray(high, float), np.asarray(special.pdtr(x, mean), float)


def dispersion(history: np.ndarray) -> np.ndarray:
    """φ per row of `history` (weeks in columns, NaN = no data): the upper end of a one-sided 80 %
    interval for variance / mean (index of dispersion, χ² with n − 1 degrees of freedom), at least 1.
    A test for overdispersion first would miss moderate overdispersion in 12 weeks (measured: twice
    the nominal false flags at φ = 3); the bound costs a little power on Poisson series instead."""
    from scipy import special

    hist = np.asarray(history, float)
    seen = np.isfinite(hist)
    n = seen.sum(axis=1)
    values = np.where(seen, hist, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = values.sum(axis=1) / n
        var = (np.where(seen, hist - mean[:, None], 0.0) ** 2).sum(axis=1) / (n - 1)
        phi = var / mean
        stat = (n - 1) * phi
        # An upper confidence bound, not the estimate: a φ underestimated from a few weeks would let a
        # bursty series through, so the bound errs towards fewer flags.
        upper = stat / special.chdtri(np.maximum(n - 1, 1), DISPERSION_UPPER)
    ok = (n >= MIN_DISPERSION_WEEKS) & (mean > 0) & np.isfinite(phi)
    return np.where(ok, np.maximum(upper, 1.0), 1.0)


# --- Swedish wording -------------------------------------------------------------------------------


def _nice(n: float) -> str:
    if n < 10:
        value = float(round(n))
    else:
        scale = 10.0 ** int(np.floor(np.log10(n)))
        value = round(n / scale * 2) / 2 * scale  # 10, 15, 20 … 100, 150, 200 …
    return integer(int(value))


def chance_text(p: float) -> str:
    """'ungefär 1 vecka av 200' for a chance p per week, in words a working group reads aloud."""
    if p is None or not np.isfinite(p):
        return "okänt hur ofta"
    if p < 1e-4:
        return "mer sällan än 1 vecka av 10\u00a0000"
    if p >= 0.5:
        return "minst varannan vecka"
    return f"ungefär 1 vecka av {_nice(1.0 / p)}"


def _events(n: float) -> str:
    return plural(round(n), "händelse", "händelser")


def _weeks_before(n: int) -> str:
    return "veckan innan" if n == 1 else f"de {n} veckorna innan"


def explain(row: Mapping[str, Any]) -> str:
    """One line a non-statistician understands."""
    n = int(row["baseline_weeks"])
    if n < MIN_BASELINE_WEEKS:
        return f"{row['count']:.0f} denna vecka; för få veckor med data innan för att bedöma förändring."
    base = f"{row['count']:.0f} denna vecka mot i snitt {number(row['baseline'])} {_weeks_before(n)}"
    if row["flag"] == Flag.RISE:
        return (
            f"{base}: ovanligt många. Så här många eller fler händer {chance_text(row['p_high'])} "
            "med samma nivå."
        )
    if row["flag"] == Flag.FALL:
        return (
            f"{base}: ovanligt få. Så här få eller färre händer {chance_text(row['p_low'])} med samma nivå."
        )
    if row.get("seasonal_veto"):
        return f"{base}: samma tid förra året var det lika mycket; inget nytt mönster."
    return f"{base}: inom det vanliga."


# --- the table and the status -------------------------------------------------------------------------


def _wide(counts: pd.DataFrame, week_list: list[str]) -> tuple[pd.DataFrame, np.ndarray]:
    """(area and category of every pair in `counts`, sorted; their counts in `week_list`'s weeks, one
    column per week, 0 where none). The rows and values of a pivot table of `counts`, summed per cell,
    without one (pandas' pivot_table took 0.2 s of the national table, bench/RESULTS.md Stop 25)."""
    area_codes, area_names = pd.factorize(counts["area"], sort=True)
    category_codes, category_names = pd.factorize(counts["category"], sort=True)
    week_codes, weeks = pd.factorize(counts["iso_week"])
    # A row missing a key counts nowhere (code -1), as in the pivot table; one of a week outside
    # `week_list` makes its pair a row but no count; a missing count counts 0.
    known = (area_codes >= 0) & (category_codes >= 0) & (week_codes >= 0)
    pair = area_codes[known].astype(np.int64) * len(category_names) + category_codes[known]
    # np.unique(pair, return_inverse=True) (sorted: area, category) without its sort (0.08 s nationally)
    seen = np.zeros(len(area_names) * len(category_names), bool)
    seen[pair] = True
    pairs, row = np.flatnonzero(seen), (np.cumsum(seen) - 1)[pair]
    column = {w: k for k, w in enumerate(week_list)}
    col = np.array([column.get(w, np.nan) for w in weeks], float)[week_codes[known]]
    inside = np.isfinite(col)
    counted = np.nan_to_num(counts["count"].to_numpy(float)[known][inside])
    values = np.zeros((len(pairs), len(week_list)))
    np.add.at(values, (row[inside], col[inside].astype(np.int64)), counted)
    keys = pd.DataFrame(
        {
            "area": area_names.take(pairs // len(category_names)),
            "category": category_names.take(pairs % len(category_names)),
        }
    )
    return keys, values


def _explanations(table: pd.DataFrame) -> list[str]:
    """`explain` of every row of `table`, each distinct wording made once: most rows share theirs with
    others (a few events against a usual level), and a row's wording depends only on these fields."""
    fields = ["count", "baseline_weeks", "baseline", "flag", "p_high", "p_low", "seasonal_veto"]
    made: dict[tuple[Any, ...], str] = {}
    out = []
    for values in zip(*(table[f].tolist() for f in fields), strict=True):
        count, weeks, baseline, flag, p_high, p_low, veto = values
        key = (
            count, weeks, baseline, flag, p_high if flag == Flag.RISE else None,
            p_low if flag == Flag.FALL else None, veto,
        )  # fmt: skip
        text = made.get(key)
        if text is None:
            text = made[key] = explain(dict(zip(fields, values, strict=True)))
        out.append(text)
    return out


def area_category_table(
    counts: pd.DataFrame,
    week: str,
    previous: list[str] | None = None,
    *,
    covered: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Per area × category: count, last week, 4-week mean, tail probabilities, flag and explanation.

    `counts` has iso_week, area, category, count (from queries.week_counts), ideally for
    `history_weeks(week)`. `previous` are the 4 weeks shown as "snitt 4 v." (default: the 4 before).
    `covered` are the weeks that have data at all (any report); weeks outside it are left out of every
    baseline instead of counting as 0 (the data may begin later). None: the weeks that occur in
    `counts`.
    """
    previous = previous or previous_weeks(week, BASELINE_WEEKS)
    if counts.empty:
        return pd.DataFrame(columns=COLUMNS + ["baseline"])
    dispersion_weeks = previous_weeks(week, DISPERSION_WEEKS)
    season = [shift_week(week, -52 + d) for d in range(-SEASON_HALFWIDTH, SEASON_HALFWIDTH + 1)]
    all_weeks = list(dict.fromkeys([*dispersion_weeks, *previous, *season, week]))
    keys, wide = _wide(counts, all_weeks)
    position = {w: k for k, w in enumerate(all_weeks)}
    have = set(counts["iso_week"].unique()) if covered is None else set(covered)  # not per row: 0.4 s

    def columns(wlist: list[str]) -> np.ndarray:
        # Row-major (numpy's fancy indexing gives column-major here): numpy sums a row in another
        # order in each layout, and this is the one the pivot table's rows had, so the sums (and φ)
        # are the same to the last bit.
        return np.ascontiguousarray(wide[:, [position[w] for w in wlist]])

    def block(wlist: list[str]) -> np.ndarray:
        values = columns(wlist)
        mask = np.array([w in have for w in wlist])
        return np.where(mask[None, :], values, np.nan)

    base = block(previous)
    k = np.sum(np.isfinite(base), axis=1).astype(float)
    total = np.nansum(base, axis=1)
    phi = dispersion(block(dispersion_weeks))
    x = wide[:, position[week]]
    p_high, p_low = tails(x, total, np.where(k >= MIN_BASELINE_WEEKS, k, 0), phi)

    seas = block(season)
    complete_season = np.all(np.isfinite(seas), axis=1)
    s_high, s_low = tails(x, np.nansum(seas, axis=1), np.where(complete_season, seas.shape[1], 0), phi)
    with np.errstate(invalid="ignore"):
        rise = (p_high < ALPHA) & (x >= MIN_COUNT_FOR_RISE)
        fall = p_low < ALPHA
        veto_up = rise & complete_season & (s_high >= SEASONAL_ALPHA)
        veto_down = fall & complete_season & (s_low >= SEASONAL_ALPHA)
    flags = np.where(rise & ~veto_up, Flag.RISE.value, np.where(fall & ~veto_down, Flag.FALL.value, ""))
    table = pd.concat(
        [
            keys,
            pd.DataFrame(
                {
                    "count": x,
                    "last_week": wide[:, position[previous[-1]]],
                    "mean_4w": columns(previous).mean(axis=1),
                    "baseline": np.where(k > 0, total / np.maximum(k, 1), np.nan),
                    "baseline_weeks": k.astype(int),
                    "dispersion": phi,
                    "p_high": p_high,
                    "p_low": p_low,
                    "flag": flags,
                    "seasonal_veto": veto_up | veto_down,
                }
            ),
        ],
        axis=1,
    )
    # One wording per distinct row, not DataFrame.apply or a dict per row: seconds at national scale.
    table["explanation"] = _explanations(table)
    table = table[[*COLUMNS, "baseline"]]
    return table.sort_values(["area", "count"], ascending=[True, False]).reset_index(drop=True)


def suggested_status(
    table: pd.DataFrame,
    areas: list[str],
    labels: dict[str, str] | None = None,
    *,
    insufficient: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """grön/gul/röd/otillräckligt underlag per area from the documented rules, with the reason.

    `insufficient` maps an area to why its basis is missing this week (e.g. a reporter has not
    reported yet): such an area is never green; a rise already seen still makes it gul or röd.
    """
    labels = labels or {}
    insufficient = insufficient or {}
    # Grouped once rather than filtered per area: the same sums, linear in the table at any scale.
    grouped = table.groupby("area", sort=False)
    totals = grouped[["count", "mean_4w"]].sum()
    base = grouped.agg(baseline=("baseline", "sum"), weeks=("baseline_weeks", "max"))
    rising = table[table["flag"] == Flag.RISE].groupby("area", sort=False)["category"].agg(list).to_dict()
    # The covered weeks are the same for every series: an area without a row had no events in them.
    every = int(table["baseline_weeks"].max()) if len(table) else 0
    # Every area's figures as columns, looked up once (not .at per area: 0.3 s for 3,363 areas), and
    # the tails of all areas in one call: elementwise, the same values as one call per area.
    chosen = pd.Index(list(areas), dtype=object)
    total = totals["count"].reindex(chosen).to_numpy(float)
    seen = np.isfinite(total)
    total = np.where(seen, total, 0.0)
    mean = np.where(seen, totals["mean_4w"].reindex(chosen).to_numpy(float), 0.0)
    k = np.where(seen, base["weeks"].reindex(chosen).to_numpy(float), every).astype(int)
    baseline = np.where(seen, base["baseline"].reindex(chosen).to_numpy(float), 0.0)
    high, _ = tails(total, baseline * k, np.where(k >= MIN_BASELINE_WEEKS, k, 0))
    rows = []
    for area, total_n, mean_n, weeks, level, p_total in zip(
        areas, total.tolist(), mean.tolist(), k.tolist(), baseline.tolist(), high.tolist(), strict=True
    ):
        rises: list[str] = rising.get(area, [])
        if SERIOUS.intersection(rises) or p_total < TOTAL_RED:
            status = AreaStatus.RED.value
        elif rises or p_total < TOTAL_YELLOW:
            status = AreaStatus.YELLOW.value
        elif area in insufficient or weeks < MIN_BASELINE_WEEKS:
            status = INSUFFICIENT
        else:
            status = AreaStatus.GREEN.value
        if weeks >= MIN_BASELINE_WEEKS:
            reason = (
                f"{_events(total_n)} mot i snitt {number(level)} {_weeks_before(weeks)}; "
                f"så här många eller fler händer {chance_text(p_total)} med samma nivå"
            )
        else:
            reason = f"{_events(total_n)}; för få veckor med data innan för att jämföra"
        if rises:
            reason += "; ovanligt många: " + ", ".join(labels.get(c, c) for c in rises)
        if area in insufficient:
            reason += f"; {insufficient[area]}"
        rows.append(
            {
                "area": area,
                "status": status,
                "total": total_n,
                "mean_4w": mean_n,
                "p_high": p_total,
                "reason": reason,
            }
        )
    return pd.DataFrame(rows, columns=["area", "status", "total", "mean_4w", "p_high", "reason"])


def per_thousand(count: float, population: float | None) -> float | None:
    if not population:
        return None
    return 1000.0 * count / population
