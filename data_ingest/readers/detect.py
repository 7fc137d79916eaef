"""Which source a file comes from, by its content; and the one entry point ``read_file``.

Rules (only the header is looked at):
* a JSON list (or gzip of one) whose objects have ``datetime``/``name``/``location`` -> polis API;
* columns Händelsenr + Brottstyp -> kommunpolis' excerpt (source "polis");
* Ärendenr + Ärendetyp -> bostadsbolag;
* Datum + Kategori -> kommun incidents; Datum + Händelse -> kommun kommande händelser.
Column names compare as in ``parsing.normalise_header``; the header may be any of the first ten
non-blank rows of any sheet. ``source`` (kommun|polis|bostadsbolag) restricts the choice.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from data_ingest.readers import bostadsbolag, kommun, kommunpolis, polis_api
from data_ingest.readers.base import FileFormatError, Kind, Reader, ReadResult, Source
from data_ingest.readers.common import TableSpec
from data_ingest.readers.limits import MB, Limits, too_large
from data_ingest.readers.tabular import HEAD_BYTES, peek_header_rows, seekable, sniff_kind

SOURCES: tuple[Source, ...] = ("kommun", "polis", "bostadsbolag")
IterReader = Callable[..., Iterator[ReadResult]]

# (spec, reader, streaming reader) in the order they are tried
TABLES: list[tuple[TableSpec, Reader, IterReader]] = [
    (kommunpolis.SPEC, kommunpolis.read, kommunpolis.iter_read),
    (bostadsbolag.SPEC, bostadsbolag.read, bostadsbolag.iter_read),
    (kommun.INCIDENTS, kommun.read, kommun.iter_read),
    (kommun.EVENTS, kommun.read_events, kommun.iter_read_events),
]
POLIS_API = "polisens händelse-API (JSON-lista med id, datetime, name, summary, type, location)"


def _json_head(head: bytes) -> str:
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD_BYTES)
        except zlib.error:
            return ""
    return head.decode("utf-8", errors="replace")


def _expected(source: str | None) -> str:
    kinds = [f"{spec.title} ({spec.expected()})" for spec, _, _ in TABLES if source in (None, spec.source)]
    if source in (None, "polis"):
        kinds.append(POLIS_API)
    return "; ".join(kinds)


def _check_source(source: str | None) -> None:
    if source is not None and source not in SOURCES:
        raise FileFormatError(f"okänd källa {source!r} (välj en av {', '.join(SOURCES)})")


def _detect(head: bytes, filename: str, source: str | None) -> tuple[Source, Kind, Reader, IterReader]:
    _check_source(source)
    kind = sniff_kind(head)
    if kind == "empty":
        raise FileFormatError(f"{filename}: filen är tom")
    if kind in ("json", "gzip"):
        text = _json_head(head).lstrip("\ufeff \t\r\n")
        looks_like_api = any(f'"{k}"' in text for k in ("datetime", "location")) or bool(
            re.match(r"\[\s*\]", text)
        )
        if not looks_like_api:
            raise FileFormatError(f"{filename}: JSON-filen känns inte igen; förväntade {POLIS_API}")
        if source not in (None, "polis"):
            raise FileFormatError(
                f"{filename}: filen är JSON från polisens API, inte en fil från källan {source}"
            )
        return "polis", "incidents", polis_api.read, polis_api.iter_read
    rows = peek_header_rows(head, filename)
    for spec, reader, iter_reader in TABLES:
        if source not in (None, spec.source):
            continue
        if any(spec.matches(cells) for cells in rows):
            return spec.source, spec.kind, reader, iter_reader
    found = ", ".join(str(c).strip() for c in rows[0] if str(c).strip()) if rows else "inga"
    origin = f" från källan {source}" if source else ""
    raise FileFormatError(
        f"{filename}: känner inte igen filen{origin} (rubrikrad: {found}). Förväntade {_expected(source)}"
    )


def detect(head: bytes, filename: str, source: str | None = None) -> tuple[Source, Kind, Reader]:
    """(source, kind, reader) for a file from its first bytes; a workbook's ``head`` must be the whole
    file (its header lives at the end of the zip). ``source`` restricts the choice."""
    found_source, kind, reader, _ = _detect(head, filename, source)
    return found_source, kind, reader


def _head(fileobj: BinaryIO, filename: str) -> tuple[BinaryIO, bytes]:
    fileobj = seekable(fileobj)
    start = fileobj.tell()
    head = fileobj.read(HEAD_BYTES)
    if sniff_kind(head) == "workbook":  # the whole workbook, but never more than the size limit
        limits = Limits.current()
        head += fileobj.read(limits.input_mb * MB + 1 - len(head))
        if len(head) > limits.input_mb * MB:
            raise too_large(filename, "filen är större än", len(head), limits.input_mb, "max_input_mb")
    fileobj.seek(start)
    return fileobj, head


def read_file(fileobj: BinaryIO, filename: str, source: str | None = None) -> ReadResult:
    """Detect the source and read the whole file. Raises FileFormatError when it cannot be read."""
    fileobj, head = _head(fileobj, filename)
    return detect(head, filename, source)[2](fileobj, filename)


def iter_read_file(
    fileobj: BinaryIO, filename: str, source: str | None = None, chunk_size: int = 50_000
) -> Iterator[ReadResult]:
    """Streaming ``read_file``: partial ReadResults, one per chunk (memory bounded for CSV)."""
    fileobj, head = _head(fileobj, filename)
    yield from _detect(head, filename, source)[3](fileobj, filename, chunk_size)
