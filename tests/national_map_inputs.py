"""Inputs of a national map for the map tests: all 3,363 RegSO areas and `n` incidents in 250 m cells."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from lagesbild.kommuner import national_regso_areas


def national_cells(n: int, seed: int, jitter: int = 0) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """(areas with a population of 2,000 each, cells: area, cell_e, cell_n, count, east, north). Each
    incident lies at its area's representative point, moved up to `jitter` cells either way."""
    rng = np.random.default_rng(seed)
    areas = national_regso_areas().assign(population=2_000)
    picked = areas.iloc[rng.integers(0, len(areas), n)]
    spots = picked.geometry.representative_point()
    shift = (rng.integers(-jitter, jitter + 1, n), rng.integers(-jitter, jitter + 1, n)) if jitter else (0, 0)
    cells = (
        pd.DataFrame(
            {
                "area": picked["name"].to_numpy(),
                "cell_e": np.floor(spots.x.to_numpy() / 250).astype(int) + shift[0],
                "cell_n": np.floor(spots.y.to_numpy() / 250).astype(int) + shift[1],
            }
        )
        .value_counts()
        .rename("count")
        .reset_index()
    )
    cells["east"], cells["north"] = (cells["cell_e"] + 0.5) * 250, (cells["cell_n"] + 0.5) * 250
    return areas, cells
