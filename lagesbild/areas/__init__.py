"""A kommun's areas: RegSO from the shipped layer, its own from a file, renames, aliases, population.

Overlapping layers: a kommun may hold several layers of areas (RegSO, its working-group areas), but only
one is *active* (kommuner.area_layer). Only active areas place reports, appear on maps, in lists and in
pictures; each incident has one area. So no incident counts twice in a picture, whatever overlaps.
Switching the active layer re-places the kommun's incidents that have coordinates (docs/areas.md).
Every write takes the acting user and records its audit entry in the same transaction.

- `area_file`: reading and checking an area file
- `layers`: storing a layer of areas, adding a kommun, switching the active layer
- `edits`: editing one area, listing the areas
- `reference_folder`: loading a folder shaped like sample_data/
"""

from __future__ import annotations

from lagesbild.areas.area_file import AreaFileError, read_area_file
from lagesbild.areas.edits import edit_area, list_areas
from lagesbild.areas.layers import OWN_LAYER, AreaChange, add_kommun, import_areas, use_layer
from lagesbild.areas.reference_folder import ReferenceLoad, load_reference_folder

__all__ = [
    "OWN_LAYER",
    "AreaChange",
    "AreaFileError",
    "ReferenceLoad",
    "add_kommun",
    "edit_area",
    "import_areas",
    "list_areas",
    "load_reference_folder",
    "read_area_file",
    "use_layer",
]
