"""Calibration and power of the weekly flags on series simulated independently of the rules
(scripts/flag_calibration.py): false flags per 100 series-weeks at most the nominal 0.5 per direction
on Poisson series, and planted one-week rises found."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from lagesbild import weekly

# Loaded by path: scripts/ is not a package (mypy checks it as top-level scripts).
_SPEC = importlib.util.spec_from_file_location(
    "flag_calibration_sim", Path(__file__).resolve().parents[1] / "scripts" / "flag_calibration.py"
)
assert _SPEC is not None and _SPEC.loader is not None
sim = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = sim  # dataclasses look their module up there
_SPEC.loader.exec_module(sim)

pytestmark = pytest.mark.slow
NOMINAL = 100 * weekly.ALPHA


@pytest.mark.parametrize("rate", [1.0, 10.0])
def test_false_flags_stay_below_the_nominal_rate(rate: float) -> None:
    rng = np.random.default_rng(7)
    got = sim.flags(sim.simulate(rate, 150, 30, rng, None), 13)
    rises, falls = 100 * float((got == "ökning").mean()), 100 * float((got == "minskning").mean())
    print(f"Poisson {rate}: falska ökningar {rises:.2f}, falska minskningar {falls:.2f} per 100 serieveckor")
    assert rises <= NOMINAL and falls <= NOMINAL


def test_planted_rises_are_found() -> None:
    rng = np.random.default_rng(8)
    matrix = sim.simulate(1.0, 150, 20, rng, None)
    matrix[:, 19] = 8
    share = float((sim.flags(matrix, 19)[:, 0] == "ökning").mean())
    print(f"1 → 8: {share:.2f} flaggade")
    assert share >= 0.5


def test_the_controlled_series() -> None:
    zero, eight = sim.controlled()
    assert zero == "" and eight.startswith("ökning")
