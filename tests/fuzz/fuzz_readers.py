"""Coverage-guided fuzzing of the readers with atheris (libFuzzer), bounded for CI.

Run by tests/fuzz/test_atheris_readers.py in a subprocess; by hand for longer:

    .venv/bin/python tests/fuzz/fuzz_readers.py -max_total_time=600 -max_len=20000 CORPUS_DIR

CORPUS_DIR should start with a few small sample files (the wrapper copies them). The first two bytes of
each input choose the file name and the `source` the reader is restricted to; the rest is the file.
A finding is any exception other than FileFormatError, a FileFormatError that does not name the file,
or a result that loses a row (`accounted()`, row numbers, the file name in every rejection).
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports(include=["data_ingest"]):
    from data_ingest.readers.base import FileFormatError
    from data_ingest.readers.detect import read_file

NAMES = ["rapport.csv", "rapport.xlsx", "handelser.json", "Älta vecka 20 😀.csv"]
SOURCES = [None, None, "kommun", "polis", "bostadsbolag"]
PREFIX = 2  # bytes of each input that choose the name and the source


def test_one_input(data: bytes) -> None:
    name = NAMES[data[0] % len(NAMES)] if data else NAMES[0]
    source = SOURCES[data[1] % len(SOURCES)] if len(data) > 1 else None
    body = data[PREFIX:]
    try:
        result = read_file(io.BytesIO(body), name, source)
    except FileFormatError as exc:
        if name not in str(exc):
            raise AssertionError(f"FileFormatError without the file name: {exc}") from None
        return
    if not result.accounted():
        raise AssertionError(f"rows lost: {result.rows_total} != {len(result.records)} + rejected + ignored")
    rows = [
        *result.records["row"].tolist(),
        *(r.row for r in result.rejected),
        *(r.row for r in result.ignored),
    ]
    if len(rows) != len(set(rows)) or any(int(r) < 1 for r in rows):
        raise AssertionError(f"row numbers wrong: {sorted(rows)[:10]}")
    for rejected in result.rejected:
        if name not in rejected.reason:
            raise AssertionError(f"a rejection without the file name: {rejected}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
