"""Column types for the one PostGIS-specific seam: `Geometry` (`geometry(…,3006)` on PostGIS, WKT
text on SQLite) and `UtcDateTime` (aware datetimes stored as UTC on both engines)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator, UserDefinedType

SRID = 3006


class _GeomFromText(FunctionElement[Any]):
    inherit_cache = True


class _GeomAsText(FunctionElement[Any]):
    inherit_cache = True


@compiles(_GeomFromText)
def _geom_from_text_default(element: _GeomFromText, compiler: Any, **kw: Any) -> str:
    (arg,) = list(element.clauses)
    return f"ST_GeomFromText({compiler.process(arg, **kw)}, {SRID})"


@compiles(_GeomFromText, "sqlite")
def _geom_from_text_sqlite(element: _GeomFromText, compiler: Any, **kw: Any) -> str:
    (arg,) = list(element.clauses)
    return str(compiler.process(arg, **kw))


@compiles(_GeomAsText)
def _geom_as_text_default(element: _GeomAsText, compiler: Any, **kw: Any) -> str:
    (arg,) = list(element.clauses)
    return f"ST_AsText({compiler.process(arg, **kw)})"


@compiles(_GeomAsText, "sqlite")
def _geom_as_text_sqlite(element: _GeomAsText, compiler: Any, **kw: Any) -> str:
    (arg,) = list(element.clauses)
    return str(compiler.process(arg, **kw))


class Geometry(UserDefinedType[str]):
    """A geometry in SWEREF 99 TM, exchanged with Python as WKT text."""

    cache_ok = True

    def __init__(self, geometry_type: str = "POINT") -> None:
        self.geometry_type = geometry_type

    def get_col_spec(self, **kw: Any) -> str:
        return f"geometry({self.geometry_type},{SRID})"

    def bind_expression(self, bindvalue: Any) -> ColumnElement[Any]:
        return _GeomFromText(bindvalue)

    def column_expression(self, colexpr: Any) -> ColumnElement[Any]:
        return _GeomAsText(colexpr)


@compiles(Geometry, "sqlite")
def _geometry_sqlite(type_: Geometry, compiler: Any, **kw: Any) -> str:
    return "TEXT"


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes stored as UTC (SQLite keeps no zone, so naive values there mean UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UtcDateTime needs an aware datetime")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
