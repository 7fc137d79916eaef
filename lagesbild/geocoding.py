"""Offline geocoding against the address register: exact street and number, else the street's middle."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

_ADDRESS = re.compile(r"^\s*(?P<street>[^\d,]+?)\s+(?P<number>\d+\s?[A-Za-z]?)\b")


AddressIndex = tuple[dict[tuple[str, str], tuple[float, float]], dict[str, tuple[float, float]]]


def address_index(register: pd.DataFrame) -> AddressIndex:
    """The register's look-ups: (street, number) → point and street → its middle point."""
    # Lists, not Series: iterating an Arrow-backed column boxes every value (half of this function).
    streets = [str(v).casefold().strip() for v in register["street"].astype(object).tolist()]
    numbers = [str(v).replace(" ", "").casefold() for v in register["number"].astype(object).tolist()]
    points = zip(register["east"].tolist(), register["north"].tolist(), strict=True)
    exact = {(s, n): p for s, n, p in zip(streets, numbers, points, strict=True)}
    middle = register.assign(key=streets).groupby("key")[["east", "north"]].median()
    by_street = dict(zip(middle.index, zip(middle["east"], middle["north"], strict=True), strict=True))
    return exact, by_street


def geocode(addresses: pd.Series, register: pd.DataFrame, index: AddressIndex | None = None) -> pd.DataFrame:
    """Offline geocoding: exact street + number, else the street's middle point.

    Returns east, north and precision ('address', 'place' for street level, or None). `index` is
    `address_index(register)` (ReferenceData.address_index: built once per file, not per chunk).
    """
    exact, by_street = index if index is not None else address_index(register)
    east, north, precision = [], [], []
    for value in addresses:
        point, level = None, None
        if isinstance(value, str) and value.strip():
            match = _ADDRESS.match(value)
            street = (match.group("street") if match else value).casefold().strip()
            number = match.group("number").replace(" ", "").casefold() if match else None
            if number is not None and (street, number) in exact:
                point, level = exact[(street, number)], "address"
            elif street in by_street:
                point, level = by_street[street], "place"
        east.append(point[0] if point else np.nan)
        north.append(point[1] if point else np.nan)
        precision.append(level)
    out = pd.DataFrame(
        {"east": np.asarray(east, float), "north": np.asarray(north, float)}, index=addresses.index
    )
    out["precision"] = pd.Series(precision, index=addresses.index, dtype=object)
    return out
