"""A housing company's work-order export (XLSX or CSV).

Columns: Ärendenr, Registrerad, Ärendetyp, Bolag (required); Fastighet, Adress, Beskrivning, Kostnad
(optional). Ärendenr is unique only within a company, so source_ref is ``"{Bolag}:{Ärendenr}"``.
Registrerad is a date with an optional time in any of the forms ``parsing.parse_datetime`` knows
(``2024-04-15 21:30``, ``15/4/2024 21.30``, an Excel datetime…); without a time the precision is "day".
Kostnad: ``4 500 kr``, ``4500``, ``4 500,50``; blank is NaN. No coordinates: positions come later from
the address register.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any, BinaryIO

from data_ingest.readers.base import ReadResult
from data_ingest.readers.common import Cells, Column, TableSpec, iter_read_table, read_table, when
from data_ingest.readers.parsing import parse_cost_sek

SPEC = TableSpec(
    source="bostadsbolag",
    kind="incidents",
    title="bostadsbolagets ärendeexport",
    columns={
        "ref": Column("Ärendenr", ("Ärendenummer", "Arbetsordernr", "Ordernr"), required=True),
        "registered": Column("Registrerad", ("Registrerat", "Registreringsdatum", "Skapad"), required=True),
        "property": Column("Fastighet", ("Fastighetsbeteckning",)),
        "address": Column("Adress", ("Gatuadress",)),
        "category": Column("Ärendetyp", required=True),
        "description": Column("Beskrivning"),
        "cost": Column("Kostnad", ("Kostnad kr", "Kostnad (kr)", "Belopp")),
        "company": Column("Bolag", ("Bostadsbolag", "Fastighetsägare"), required=True),
    },
    detect=("ref", "category"),
)


def columns(cells: Cells) -> dict[str, Any]:
    refs = cells.require("ref")
    companies = cells.require("company")
    addresses = cells.text("address")
    return when(cells, "registered", "_no_time_column") | {
        "source": "bostadsbolag",
        "organisation": companies,
        "source_ref": [f"{c}:{r}" for c, r in zip(companies, refs, strict=True)],
        "source_category": cells.require("category"),
        "place_text": addresses,
        "address": addresses,
        "property_designation": cells.text("property"),
        "description": cells.text("description"),
        "cost_sek": [math.nan if c is None else c for c in cells.parse("cost", parse_cost_sek)],
    }


def read(fileobj: BinaryIO, filename: str) -> ReadResult:
    return read_table(SPEC, columns, fileobj, filename)


def iter_read(fileobj: BinaryIO, filename: str, chunk_size: int = 50_000) -> Iterator[ReadResult]:
    return iter_read_table(SPEC, columns, fileobj, filename, chunk_size)
