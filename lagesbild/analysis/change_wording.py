"""The Swedish wording of change detection: one line per judged week that a non-statistician
understands, and its parts (chances as 'en gång på 200 veckor', small numbers in words, ranges)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from lagesbild.analysis.change_params import DEFAULT_PARAMS, FALL, RISE, ChangeParams
from lagesbild.swedish import number


def once_in(p: float) -> str:
    """'ungefär en gång på 200 veckor' for a chance p per week."""
    if not np.isfinite(p) or p <= 0 or p < 1e-4:
        return "mer sällan än en gång på 10\u00a0000 veckor"
    n = 1.0 / p
    if n < 2:
        return "nästan varje vecka"
    if n < 10:
        nice = float(round(n))
    else:
        scale = 10.0 ** int(np.floor(np.log10(n)))
        nice = round(n / scale * 2) / 2 * scale  # 10, 15, 20, 25 … 100, 150, 200 …
    return f"ungefär en gång på {number(nice, 0, trim=True)} veckor"


_WORDS = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")


def in_words(n: int) -> str:
    """'fyra' for 4 (numbers up to twelve are written as words in Swedish running text)."""
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def _last_weeks(n: int) -> str:
    return "den senaste veckan" if n == 1 else f"de senaste {in_words(n)} veckorna"


@functools.lru_cache(maxsize=4096, typed=True)
def _count(value: float) -> str:
    """`number(value, 0, trim=True)`, remembered: a series' counts and ranges repeat a few values
    (15,000 numbers on a Trender page, a few hundred distinct)."""
    return number(value, 0, trim=True)


def _range(low: float, high: float) -> str:
    return _count(low) if low == high else f"{_count(low)}–{_count(high)}"


def explain(row: Mapping[str, Any], label: str, params: ChangeParams = DEFAULT_PARAMS) -> str:
    """One Swedish line a non-statistician understands, for one row of :func:`detect_changes`."""
    head = f"{label} i {row['area']}: {_count(row['count'])} denna vecka"
    if not np.isfinite(row["baseline"]):
        return (
            f"{head}; för kort historik (färre än {params.baseline_weeks} veckor) för att bedöma förändring."
        )
    normal = (
        f"mot {_range(row['baseline_low'], row['baseline_high'])} per vecka "
        f"de {in_words(params.baseline_weeks)} veckorna innan"
    )
    season = ""
    if np.isfinite(row["seasonal_low"]):
        season = f" och {_range(row['seasonal_low'], row['seasonal_peak'])} samma tid förra året"
    flag, rule = row["flag"], row["rule"]
    if flag and rule == "trend":
        side = "över" if flag == RISE else "under"
        return (
            f"{head}, i snitt {number(row['run_mean'], trim=True)} per vecka "
            f"{_last_weeks(int(row['run_weeks']))} "
            f"mot {number(row['reference'], trim=True)} per vecka tidigare; att ligga {side} det vanliga så "
            "länge "
            "händer sällan av en slump."
        )
    if flag == RISE:
        return f"{head} {normal}{season}; så många händer av en slump {once_in(row['p_high'])}."
    if flag == FALL:
        return f"{head} {normal}{season}; så få händer av en slump {once_in(row['p_low'])}."
    if row["seasonal_veto"]:
        return (
            f"{head} {normal}, men samma tid förra året var det "
            f"{_range(row['seasonal_low'], row['seasonal_peak'])}"
            "; troligen ett återkommande mönster (t.ex. en högtid), ingen ny förändring."
        )
    return f"{head} {normal}{season}; inom det vanliga."


# The row fields `explain` reads.
EXPLAINED = (
    "area", "count", "baseline", "baseline_low", "baseline_high", "seasonal_low", "seasonal_peak",
    "flag", "rule", "run_mean", "run_weeks", "reference", "p_high", "p_low", "seasonal_veto",
)  # fmt: skip


def explain_rows(
    frame: pd.DataFrame, labels: Mapping[str, str], params: ChangeParams = DEFAULT_PARAMS
) -> list[str]:
    """`explain` of every row of a :func:`detect_changes` frame (category codes named by `labels`),
    read from the columns' lists instead of a dict per row (`to_dict("records")` took as long as the
    wording)."""
    columns = [frame[name].tolist() for name in EXPLAINED]
    categories = [str(c) for c in frame["category"].tolist()]
    return [
        explain(dict(zip(EXPLAINED, values, strict=True)), labels.get(category, category), params)
        for category, *values in zip(categories, *columns, strict=True)
    ]
