"""Rows for PostgreSQL's COPY … FROM STDIN (text format), built column by column with Arrow.

psycopg's `Copy.write_row` formats one row at a time: a tenth of a second per 10,000 incident rows of
client CPU. Here each column is converted once (text escaped, numbers written out, NULL as ``\\N``) and
the columns are joined per row in Arrow. The server parses the same values: text is escaped as the COPY
text format requires (backslash, tab, newline, carriage return), integers as digits, floats in the
shortest form that reads back as the same double (tests/test_copy_text.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

NULL = "\\N"
# Backslash first: the escapes written after it are not escaped again.
_ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"))


def copy_text(columns: Mapping[str, Sequence[Any]]) -> str:
    """The rows (one value per column list, all lists as long) as COPY text: tab between values,
    a newline after each row."""
    texts = [_column_text(values) for values in columns.values()]
    if not texts or not len(texts[0]):
        return ""
    rows = pc.binary_join_element_wise(*texts, "\t")
    return "\n".join(rows.to_pylist()) + "\n"


def _column_text(values: Sequence[Any]) -> pa.Array:
    kinds = set(map(type, values)) - {type(None)}
    if kinds == {int}:
        array = pa.array(values, pa.int64()).cast(pa.string())
    elif kinds == {float}:
        array = pa.array(values, pa.float64()).cast(pa.string())
    else:  # text, and anything else as its str() (dates, aware datetimes: ISO 8601), escaped
        array = pa.array([v if type(v) is str or v is None else str(v) for v in values], pa.string())
        for plain, escaped in _ESCAPES:
            array = pc.replace_substring(array, plain, escaped)
    return array.fill_null(NULL)
