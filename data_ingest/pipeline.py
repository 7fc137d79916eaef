"""One entry point for a file, whoever hands it over: the CLI, the dashboard's upload or a test."""

from __future__ import annotations

import hashlib
import io
from typing import BinaryIO

from sqlalchemy import Engine

from data_ingest.normalise import normalise_events, normalise_incidents
from data_ingest.readers.detect import read_file
from data_ingest.store import (
    BatchSummary,
    finish_batch,
    start_batch,
    store_events,
    store_incidents,
    store_row_outcomes,
)
from lagesbild import audit
from lagesbild.categories import load_config
from lagesbild.geo import ReferenceData
from lagesbild.reference import load_reference
from lagesbild.retention import purge_raw_text


def ingest_file(
    engine: Engine,
    fileobj: BinaryIO,
    filename: str,
    source: str | None = None,
    imported_by: str | None = None,
    reference: ReferenceData | None = None,
) -> BatchSummary:
    """Read, validate, normalise and store one file in one transaction.

    Raises FileFormatError when the file cannot be read at all; row problems are stored and returned.
    """
    data = fileobj.read()
    read = read_file(io.BytesIO(data), filename, source)
    summary = BatchSummary(file=filename, source=read.source, kind=read.kind, rows=read.rows_total)
    summary.warnings.extend(read.warnings)
    with engine.begin() as conn:
        reference = reference or load_reference(conn)
        summary.batch_id = start_batch(conn, summary, hashlib.sha256(data).hexdigest(), imported_by)
        store_row_outcomes(conn, summary, read.rejected, read.ignored)
        if read.kind == "events":
            store_events(conn, summary, normalise_events(read.records, reference), reference.area_ids)
        else:
            normalised = normalise_incidents(read.records, reference, load_config(), filename)
            summary.warnings.extend(normalised.warnings)
            store_row_outcomes(conn, summary, normalised.rejected, normalised.ignored)
            store_incidents(conn, summary, normalised.incidents, reference.area_ids)
        finish_batch(conn, summary)
        audit.record(conn, imported_by, "ingest", file=filename, batch=summary.batch_id, rows=summary.rows)
        purge_raw_text(conn)
    return summary
