"""Statistics for the lägesbild: change detection, hotspots, near repeats, measure evaluation and
data completeness. Pure functions on (Geo)DataFrames; see docs/analysis.md for the methods, their
parameters and their measured false-alarm and detection rates."""

from lagesbild.analysis.change import ChangeParams, detect_changes, week_table
from lagesbild.analysis.completeness import annotate_series, reporting_matrix, week_completeness
from lagesbild.analysis.hotspots import emerging_hotspots, grid_cells, hotspots, kernel_density, place_labels
from lagesbild.analysis.measures import MeasureEffect, evaluate_measure
from lagesbild.analysis.repeat import KnoxResult, knox_table, knox_test, repeat_share

__all__ = [
    "ChangeParams",
    "KnoxResult",
    "MeasureEffect",
    "annotate_series",
    "detect_changes",
    "emerging_hotspots",
    "grid_cells",
    "evaluate_measure",
    "hotspots",
    "kernel_density",
    "knox_table",
    "knox_test",
    "place_labels",
    "repeat_share",
    "reporting_matrix",
    "week_completeness",
    "week_table",
]
