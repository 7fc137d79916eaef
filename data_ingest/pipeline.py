"""One entry point for a file, whoever hands it over: the CLI, the dashboard's upload or a test."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterator
from typing import BinaryIO

import numpy as np
import pandas as pd
from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from data_ingest.normalise import Normalised, normalise_events, normalise_incidents
from data_ingest.overlap import Overlap, overlapped
from data_ingest.readers.base import ReadResult
from data_ingest.readers.detect import iter_read_file
from data_ingest.readers.tabular import seekable
from data_ingest.redaction_pool import Redactions, pooled
from data_ingest.store import (
    BatchSummary,
    finish_batch,
    remap_unmapped,
    start_batch,
    store_events,
    store_incidents,
    store_row_outcomes,
)
from lagesbild import audit, settings
from lagesbild.categories import CategoryConfig, load_config
from lagesbild.db import INGEST_WAIT_SECONDS, lock_for_ingest
from lagesbild.geo import ReferenceData
from lagesbild.reference import load_reference
from lagesbild.reporters import FALLBACK, label_mappings, record_unknown_labels
from lagesbild.retention import purge_raw_text

CHUNK_ROWS = 50_000
# Redacted texts (and texts' content reasons) remembered across a file's chunks; past this many the
# memory keeps the half it learnt first (flat memory).
REDACTED_TEXTS = 200_000


def _forget_newest(memo: dict[str, str | None]) -> None:
    """Keep the first half the memory learnt: a file's recurring texts (its places, its stock phrases) are
    met early and stay; the texts of single rows go. Clearing it all made the chunk after each clear redact
    the recurring texts again (about 5 % of a 10 M-row ingest's CPU, bench/RESULTS.md stop 23)."""
    for key in list(itertools.islice(memo, REDACTED_TEXTS // 2, None)):
        del memo[key]


def _sha256(fileobj: BinaryIO) -> str:
    start = fileobj.tell()
    digest = hashlib.sha256()
    for block in iter(lambda: fileobj.read(1 << 20), b""):
        digest.update(block)
    fileobj.seek(start)
    return digest.hexdigest()


def ingest_file(
    engine: Engine,
    fileobj: BinaryIO,
    filename: str,
    source: str | None = None,
    imported_by: str | None = None,
    reference: ReferenceData | None = None,
    progress: Callable[[int], None] | None = None,
    chunk_rows: int = CHUNK_ROWS,
    keep_failed: bool = True,
    waiting: Callable[[float], None] | None = None,
    max_wait: float = INGEST_WAIT_SECONDS,
    kommun: str | None = None,
    redaction_workers: int | None = None,
) -> BatchSummary:
    """Read, validate, normalise and store one file, chunk by chunk, in one transaction.

    `keep_failed=False` (the web form): when no row was loaded, updated or linked as a duplicate, the
    transaction is rolled back, so a failed send leaves no import batch; the returned summary still
    holds the reasons (batch_id None).

    Memory stays bounded by `chunk_rows` however long the file. Raises FileFormatError when the file
    cannot be read at all (then nothing of it is stored); row problems are stored and returned.
    `progress` is called with the number of rows done after each chunk; `waiting` with the seconds
    waited while another ingest holds the database (one ingest at a time, see db.lock_for_ingest).
    `kommun` (a code): the file is that kommun's, placed only in its areas (else each row's kommun
    follows from its area). `redaction_workers`: processes that redact the free texts (None: the setting
    `redaction_workers`; 0 or 1: in this process), see data_ingest/redaction_pool.py.
    """
    fileobj = seekable(fileobj)
    sha256 = _sha256(fileobj)
    parts = iter_read_file(fileobj, filename, source, chunk_rows)
    # Detection, header and limit errors (the row count too) surface here, before any database work.
    first = next(parts)
    summary = BatchSummary(file=filename, source=first.source, kind=first.kind, rows=0)
    chunks = _first_then(first, parts)
    del first  # the generator's reference only: the first chunk's rows are not held for the whole file
    config = load_config()
    workers = settings.get_int("redaction_workers") if redaction_workers is None else redaction_workers
    redacted: dict[str, str | None] = {}
    reasons: dict[str, str | None] = {}
    # The pool (started at the first chunk that needs it) is shut down after the connection is closed; its
    # workers are forked from a fork server, never from this process with its connection and threads.
    with (
        pooled(redacted, workers) as redactions,
        engine.connect() as conn,
        conn.begin() as transaction,
        overlapped() as overlap,
    ):
        lock_for_ingest(conn, waiting, max_wait)
        reference = reference or load_reference(conn)
        summary.batch_id = start_batch(conn, summary, sha256, imported_by)
        for part in _sent_ahead(chunks, redactions) if redactions.parallel else chunks:
            for memo in (redacted, reasons):
                if len(memo) > REDACTED_TEXTS:
                    _forget_newest(memo)
            redactions.collect_next()
            _store_part(conn, summary, part, reference, config, filename, kommun, redacted, reasons, overlap)
            # Not held while the next chunk is read (the loop binds it only after): with the previous
            # chunk's COPY still under way, its rows would be a third chunk in memory.
            del part
            if progress is not None:
                progress(summary.rows)
        overlap.wait()  # the last chunk's rows are in before the batch is finished or rolled back
        if not keep_failed and summary.loaded + summary.updated + summary.duplicates == 0:
            transaction.rollback()
            summary.batch_id = None
            return summary
        finish_batch(conn, summary)
        remap_unmapped(conn, config)
        audit.record(conn, imported_by, "ingest", file=filename, batch=summary.batch_id, rows=summary.rows)
        purge_raw_text(conn)
    return summary


def _sent_ahead(parts: Iterator[ReadResult], redactions: Redactions) -> Iterator[ReadResult]:
    """The parts, each handed on once the next one is read and its texts sent to the workers, so that they
    are redacted while this one is normalised and stored (`Redactions.collect_next` waits for a part's
    own). Two parts' records are held meanwhile (this one and the next), besides the rows of a COPY."""
    ahead: ReadResult | None = None
    for part in parts:
        redactions.send(_free_texts(part))
        if ahead is not None:
            yield ahead
        ahead = part
        del part
    if ahead is not None:
        yield ahead


def _free_texts(part: ReadResult) -> Iterator[object]:
    """The distinct descriptions and place texts of an incident part (what `normalise_incidents` redacts
    one by one); an events part's texts are redacted together per event, in this process."""
    if part.kind == "events":
        return iter(())
    records = part.records
    columns = [records[c].to_numpy(dtype=object) for c in ("description", "place_text") if c in records]
    return iter(pd.unique(np.concatenate(columns)) if columns else ())


def _first_then(first: ReadResult, rest: Iterator[ReadResult]) -> Iterator[ReadResult]:
    """`first`, then `rest`, without holding `first` once the next chunk is asked for (`chain` would keep
    it until the end of the file)."""
    yield first
    del first
    yield from rest


def _store_part(
    conn: Connection,
    summary: BatchSummary,
    part: ReadResult,
    reference: ReferenceData,
    config: CategoryConfig,
    filename: str,
    kommun: str | None = None,
    redacted: dict[str, str | None] | None = None,
    reasons: dict[str, str | None] | None = None,
    overlap: Overlap | None = None,
) -> None:
    """One chunk. Its normalising uses no database, so it runs while the previous chunk's rows are still
    being sent (`overlap`); the statements follow in the same order as without it."""
    summary.rows += part.rows_total
    summary.warnings.extend(part.warnings)
    if part.kind == "events":
        if overlap is not None:
            overlap.wait()
        store_row_outcomes(conn, summary, part.rejected, part.ignored)
        events = normalise_events(part.records, reference.for_kommun(kommun) if kommun else reference)
        events["kommun_code"] = kommun or events["area"].map(reference.kommun_of_area)
        store_events(conn, summary, events, reference.area_ids)
        return
    normalised = normalise_incidents(
        part.records, reference, config, filename, kommun=kommun, redacted=redacted, reasons=reasons
    )
    if overlap is not None:
        overlap.wait()
    store_row_outcomes(conn, summary, part.rejected, part.ignored)
    _apply_label_mappings(conn, summary.source, normalised, kommun)
    summary.warnings.extend(w for w in normalised.warnings if w not in summary.warnings)
    store_row_outcomes(conn, summary, normalised.rejected, normalised.ignored)
    store_incidents(conn, summary, normalised.incidents, reference.area_ids, overlap)


def _apply_label_mappings(conn: Connection, source: str, normalised: Normalised, kommun: str | None) -> None:
    """Labels a samordnare mapped (Inställningar, `labels map`) get their category; the rest are listed."""
    mapped = label_mappings(conn, source)
    incidents = normalised.incidents
    if mapped and not incidents.empty:
        hit = incidents["category"].eq(FALLBACK) & incidents["source_category"].isin(set(mapped))
        incidents.loc[hit, "category"] = incidents.loc[hit, "source_category"].map(mapped)
    still = {label: n for label, n in normalised.unknown_labels.items() if label not in mapped}
    if still:
        record_unknown_labels(conn, source, still, kommun)
