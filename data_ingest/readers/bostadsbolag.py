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
from data_ingest.readers.common import LOCAL, Column, RowContext, TableSpec, iter_read_table, local_wall_time, read_table
from data_ingest.readers.parsing import parse_cost_sek, parse_datetime

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


def row(ctx: RowContext) -> dict[str, Any]:
    ref = ctx.require("ref")
    parsed = ctx.parse("registered", parse_datetime)
    category = ctx.require("category")
    cost = ctx.parse("cost", parse_cost_sek)
    company = ctx.require("company")
    record: dict[str, Any] = {}
    if parsed is not None:
        date, time = parsed
        record = {LOCAL: local_wall_time(date, time.time), "time_precision": time.precision}
    address = ctx.text("address")
    record.update(
        source="bostadsbolag",
        organisation=company,
        source_ref=f"{company}:{ref}",
        source_category=category,
        place_text=address,
        address=address,
        property_designation=ctx.text("property"),
        description=ctx.text("description"),
        lat=math.nan,
        lon=math.nan,
        east=math.nan,
        north=math.nan,
        cost_sek=math.nan if cost is None else cost,
    )
    return record


def read(fileobj: BinaryIO, filename: str) -> ReadResult:
    return read_table(SPEC, row, fileobj, filename)


def iter_read(fileobj: BinaryIO, filename: str, chunk_size: int = 50_000) -> Iterator[ReadResult]:
    return iter_read_table(SPEC, row, fileobj, filename, chunk_size)
