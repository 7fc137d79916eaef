"""Hotspots (Gi*), emerging hotspots and kernel density on planted point patterns (fixed seeds)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import Polygon, box

from lagesbild.analysis.hotspots import (
    COLD95,
    COLD99,
    HOT95,
    HOT99,
    INTENSIFYING,
    NEW,
    NO_PATTERN,
    NOT_SIGNIFICANT,
    PERSISTENT,
    SPORADIC,
    count_cells,
    emerging_hotspots,
    grid_cells,
    hotspots,
    kernel_density,
    place_labels,
)
from lagesbild.weeks import week_span

E0, N0 = 674_000.0, 6_574_000.0  # near Fisksätra, SWEREF 99 TM
SIDE = 2500.0
CORNER = (E0 + 2125.0, N0 + 2125.0)  # centre of the cell in the north-east corner's 3 × 3 block
CORNER_CELL = (int(CORNER[0] // 250), int(CORNER[1] // 250))


def square_area(name: str = "Fisksätra") -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"name": [name]}, geometry=[box(E0, N0, E0 + SIDE, N0 + SIDE)], crs="EPSG:3006")


def uniform(rng: np.random.Generator, n: int) -> pd.DataFrame:
    return pd.DataFrame({"east": rng.uniform(E0, E0 + SIDE, n), "north": rng.uniform(N0, N0 + SIDE, n)})


def cluster(rng: np.random.Generator, n: int, centre: tuple[float, float], sd: float = 90.0) -> pd.DataFrame:
    return pd.DataFrame({"east": rng.normal(centre[0], sd, n), "north": rng.normal(centre[1], sd, n)})


def cls(frame: pd.DataFrame, cell: tuple[int, int]) -> str:
    row = frame[(frame["cell_e"] == cell[0]) & (frame["cell_n"] == cell[1])]
    return str(row["class"].iloc[0])


def test_grid_is_aligned_clipped_and_counts_points_inside_the_area() -> None:
    triangle = Polygon([(E0, N0), (E0 + 1000, N0), (E0, N0 + 1000)])
    areas = gpd.GeoDataFrame({"name": ["Älta"]}, geometry=[triangle], crs="EPSG:3006")
    cells = grid_cells(areas, 250)
    assert (cells["cell_e"] * 250 <= cells.geometry.bounds["minx"] + 1e-6).all()
    assert cells.geometry.within(triangle.buffer(1e-6)).all()
    assert len(cells) == 10  # 4 + 3 + 2 + 1 squares touch the triangle's inside
    points = pd.DataFrame(
        {
            "east": [E0 + 10, E0 + 10, E0 + 900, E0 + 900, np.nan],
            "north": [N0 + 10, N0 + 20, N0 + 900, N0 + 10, 1],
        }
    )
    counted = count_cells(points, areas, 250)
    assert counted["count"].sum() == 3  # (900, 900) lies outside the triangle, NaN has no point
    assert (
        cls(counted.assign(**{"class": counted["count"].astype(str)}), (int(E0 // 250), int(N0 // 250)))
        == "2"
    )


def test_grid_clips_like_a_full_intersection_with_holes_and_several_parts() -> None:
    # Concave, with a hole and a second part; edges on and off the 250 m lines.
    outer = Polygon(
        [(E0, N0), (E0 + 2300, N0 + 40), (E0 + 2300, N0 + 2000), (E0 + 1100, N0 + 900), (E0 + 60, N0 + 2210)],
        holes=[[(E0 + 500, N0 + 500), (E0 + 1000, N0 + 500), (E0 + 1000, N0 + 750), (E0 + 500, N0 + 750)]],
    )
    island = box(E0 + 3000, N0 + 3000, E0 + 3750, N0 + 3333)
    areas = gpd.GeoDataFrame(
        {"name": ["Älta", "Ön"]}, geometry=[outer, shapely.MultiPolygon([island])], crs="EPSG:3006"
    )
    cells = grid_cells(areas, 250)
    for name, polygon in zip(areas["name"], areas.geometry, strict=True):
        mine = cells[cells["area"] == name]
        squares = shapely.box(
            mine["cell_e"] * 250, mine["cell_n"] * 250, (mine["cell_e"] + 1) * 250, (mine["cell_n"] + 1) * 250
        )
        full = shapely.intersection(squares, polygon)
        assert shapely.equals(mine.geometry.to_numpy(), full).all()
        assert np.allclose(shapely.area(mine.geometry.to_numpy()), shapely.area(full))
        # No square with a share of the area is missing, none outside it is kept.
        assert np.isclose(shapely.area(full).sum(), polygon.area)
    assert len(cells) > 60


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_planted_cluster_in_a_corner_is_a_99_percent_hotspot(seed: int) -> None:
    rng = np.random.default_rng(seed)
    points = pd.concat([uniform(rng, 300), cluster(rng, 60, CORNER)])
    out = hotspots(points, square_area(), seed=seed)
    assert set(out["class"]) <= {HOT99, HOT95, NOT_SIGNIFICANT, COLD95, COLD99}
    assert cls(out, CORNER_CELL) == HOT99
    block = (out["cell_e"] - CORNER_CELL[0]).abs().le(1) & (out["cell_n"] - CORNER_CELL[1]).abs().le(1)
    assert (out.loc[block, "class"] == HOT99).mean() >= 5 / 9
    far = (out["cell_e"] - CORNER_CELL[0]).abs().ge(3) | (out["cell_n"] - CORNER_CELL[1]).abs().ge(3)
    assert out.loc[far, "class"].isin([HOT95, HOT99]).mean() <= 0.03
    assert out["gi_z"][block].min() > 0


def test_uniform_background_has_few_false_hotspots_and_none_with_fdr() -> None:
    shares, fdr_hot = [], 0
    for seed in range(5):
        points = uniform(np.random.default_rng(100 + seed), 400)
        out = hotspots(points, square_area(), seed=seed, permutations=499)
        shares.append(out["class"].isin([HOT95, HOT99]).mean())
        fdr_hot += int(
            hotspots(points, square_area(), seed=seed, permutations=499, fdr=True)["class"]
            .isin([HOT95, HOT99])
            .sum()
        )
    assert np.mean(shares) <= 0.04  # nominal 2.5 % (one side of a two-sided 5 % test); measured 1.4 %
    assert fdr_hot == 0


def test_conditional_inference_is_available_and_analytic_z_is_unchanged() -> None:
    rng = np.random.default_rng(3)
    points = pd.concat([uniform(rng, 300), cluster(rng, 60, CORNER)])
    total = hotspots(points, square_area(), permutations=199)
    conditional = hotspots(points, square_area(), permutations=199, inference="conditional")
    np.testing.assert_allclose(total["gi_z"], conditional["gi_z"])
    assert conditional["class"].isin([HOT95, HOT99]).any()


def test_period_selection_and_place_labels() -> None:
    rng = np.random.default_rng(7)
    points = pd.concat(
        [uniform(rng, 300).assign(iso_week="2025-W10"), cluster(rng, 60, CORNER).assign(iso_week="2025-W11")]
    )
    gazetteer = pd.DataFrame(
        {
            "name": ["Fisksätra centrum", "Hemlig adress", "Saltsjöbanan station"],
            "east": [CORNER[0] + 40, CORNER[0], E0 + 100],
            "north": [CORNER[1] - 30, CORNER[1], N0 + 100],
            "public": [True, False, True],
        }
    )
    only_background = hotspots(points, square_area(), weeks=("2025-W09", "2025-W10"), gazetteer=gazetteer)
    assert only_background["count"].sum() == 300
    out = hotspots(points, square_area(), gazetteer=gazetteer, permutations=199)
    corner = out[(out["cell_e"] == CORNER_CELL[0]) & (out["cell_n"] == CORNER_CELL[1])]
    assert corner["label"].iloc[0] == "nära Fisksätra centrum"
    assert not out["label"].str.contains("Hemlig").any()  # non-public places never name a cell
    far = place_labels(pd.DataFrame({"area": ["Fisksätra"], "east": [E0 - 5000], "north": [N0]}), gazetteer)
    assert far.iloc[0] == "Fisksätra"


def _weekly(
    rng: np.random.Generator, weeks: list[str], planted: list[tuple[tuple[float, float], list[int]]]
) -> pd.DataFrame:
    frames = []
    for i, week in enumerate(weeks):
        frames.append(uniform(rng, 40).assign(iso_week=week))
        for centre, sizes in planted:
            frames.append(cluster(rng, sizes[i], centre, sd=130).assign(iso_week=week))
    return pd.concat(frames, ignore_index=True)


def _emerging_at(out: pd.DataFrame, cell: tuple[int, int]) -> pd.Series:
    block = (out["cell_e"] - cell[0]).abs().le(1) & (out["cell_n"] - cell[1]).abs().le(1)
    return out.loc[block, "emerging"]


def test_emerging_intensifying_persistent_and_new_clusters() -> None:
    weeks = week_span("2025-W01", "2025-W12")
    rng = np.random.default_rng(11)
    growing = _weekly(rng, weeks, [(CORNER, [2 * i for i in range(12)])])
    out = emerging_hotspots(growing, square_area(), permutations=199)
    assert (_emerging_at(out, CORNER_CELL) == INTENSIFYING).mean() >= 0.5
    far = (out["cell_e"] - CORNER_CELL[0]).abs().ge(3) | (out["cell_n"] - CORNER_CELL[1]).abs().ge(3)
    assert (out.loc[far, "emerging"] == NO_PATTERN).mean() >= 0.8

    steady_centre = (E0 + 375.0, N0 + 375.0)
    steady_cell = (int(steady_centre[0] // 250), int(steady_centre[1] // 250))
    steady = _weekly(rng, weeks, [(steady_centre, [14] * 12)])
    out = emerging_hotspots(steady, square_area(), permutations=199)
    assert cls(out.assign(**{"class": out["emerging"]}), steady_cell) == PERSISTENT
    assert set(_emerging_at(out, steady_cell)) <= {PERSISTENT, SPORADIC}  # edge cells are hot most weeks

    sudden = _weekly(rng, weeks, [(CORNER, [0] * 11 + [25])])
    out = emerging_hotspots(sudden, square_area(), permutations=199)
    assert (_emerging_at(out, CORNER_CELL) == NEW).mean() >= 0.5


def test_kernel_density_integrates_to_the_number_of_points_and_peaks_at_the_cluster() -> None:
    rng = np.random.default_rng(5)
    points = pd.concat([uniform(rng, 200), cluster(rng, 100, CORNER, sd=60)])
    grid = kernel_density(points, bandwidth=150, cell_size=50)
    cell_km2 = (50 / 1000) ** 2
    assert grid["density"].sum() * cell_km2 == pytest.approx(300, rel=0.02)
    peak = grid.loc[grid["density"].idxmax()]
    assert abs(peak["east"] - CORNER[0]) < 100 and abs(peak["north"] - CORNER[1]) < 100
    inside = kernel_density(points, bandwidth=150, cell_size=50, within=square_area().geometry.iloc[0])
    assert shapely.contains_xy(square_area().geometry.iloc[0], inside["east"], inside["north"]).all()
    assert inside.attrs["cell_size"] == 50
