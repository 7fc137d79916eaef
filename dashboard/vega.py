"""Vega-Lite specs as plain dicts, written the way Altair's `to_dict` writes them, so that a page draws
its charts without importing Altair or validating each chart against the Vega-Lite schema (together
0.4–0.5 s of CPU on Trender's first visit: bench/RESULTS.md, stop 20). `tests/test_chart_specs.py`
holds every chart to the spec Altair built for the same data.

A chart's data stay DataFrames (`{"data": {"values": frame}}`) until the spec is sent: `for_streamlit`
turns them into the Arrow data sets `st.altair_chart` sends, `to_json` into rows for vl-convert."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

Spec = dict[str, Any]

# The Vega-Lite version of the pinned Altair (requirements.txt), which Streamlit's bundled Vega reads.
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"
_TYPES = {"N": "nominal", "O": "ordinal", "Q": "quantitative", "T": "temporal"}


def field(shorthand: str, **props: Any) -> Spec:
    """An encoding on a field, from Altair's shorthand: field("count:Q", title="Antal")."""
    name, kind = shorthand.rsplit(":", 1)
    return {"field": name, "type": _TYPES[kind], **props}


def secondary(name: str) -> Spec:
    """x2/y2 take the primary channel's type: Altair writes only the field."""
    return {"field": name}


def value(constant: Any) -> Spec:
    return {"value": constant}


def datum(constant: Any) -> Spec:
    return {"datum": constant}


def condition(test: str, then: Spec, otherwise: Spec) -> Spec:
    """Altair's `alt.condition(test, then, otherwise)`: the test and `then` nested, `otherwise` beside."""
    return {"condition": {"test": test, **then}, **otherwise}


def chart(frame: pd.DataFrame | None, mark: str, encoding: Spec, **mark_props: Any) -> Spec:
    """One mark; `frame` None when the layer above holds the data."""
    spec: Spec = {"mark": {"type": mark, **mark_props}, "encoding": encoding}
    if frame is not None:
        spec["data"] = {"values": frame}
    return spec


def layer(*layers: Spec) -> Spec:
    """Layers; data that every layer shares (the same frame) moves up to the layered chart, as Altair
    does (`_combine_subchart_data`), which gives the same data set names and order as its spec."""
    frames = [one.get("data", {}).get("values") for one in layers]
    if frames[0] is not None and all(f is frames[0] for f in frames):
        return {"data": {"values": frames[0]}, "layer": [_without_data(one) for one in layers]}
    return {"layer": list(layers)}


def _without_data(spec: Spec) -> Spec:
    return {k: v for k, v in spec.items() if k != "data"}


def configure(spec: Spec, part: str, **props: Any) -> Spec:
    """`chart.configure_<part>(**props)`: top-level config, a copy."""
    config = dict(spec.get("config", {}))
    config[part] = {**config.get(part, {}), **props}
    return {**spec, "config": config}


def top_level(spec: Spec) -> Spec:
    return {"$schema": SCHEMA, **spec}


def _frames(spec: Any, convert: Any, datasets: dict[str, Any]) -> Any:
    """The spec with every `{"values": frame}` replaced by `{"name": ...}` (from `convert`)."""
    if isinstance(spec, dict):
        values = spec.get("values")
        if isinstance(values, pd.DataFrame) and set(spec) == {"values"}:
            name, data = convert(values)
            datasets.setdefault(name, data)
            return {"name": name}
        return {k: _frames(v, convert, datasets) for k, v in spec.items()}
    if isinstance(spec, list):
        return [_frames(v, convert, datasets) for v in spec]
    return spec


def for_streamlit(spec: Spec) -> Spec:
    """What `st.altair_chart` sends for the same chart: each frame as Arrow bytes named by their hash
    (Streamlit's own `_to_arrow_dataset`), for `st.vega_lite_chart(spec=...)`."""
    from streamlit import dataframe_util
    from streamlit.util import calc_hash

    def arrow(frame: pd.DataFrame) -> tuple[str, bytes]:
        data = dataframe_util.convert_anything_to_arrow_bytes(frame)
        return calc_hash(data), data

    datasets: dict[str, Any] = {}
    out = _frames(spec, arrow, datasets)
    out["datasets"] = datasets
    return dict(out)


def rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A frame as JSON rows the way Altair writes them: dates as full ISO strings without a zone (a
    browser reads them as local time), missing numbers as null."""
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].apply(lambda x: x.isoformat()).replace("NaT", "")
    parsed: list[dict[str, Any]] = json.loads(out.to_json(orient="records", double_precision=15))
    return parsed


def to_json(spec: Spec, **props: Any) -> str:
    """The spec as standalone Vega-Lite JSON (rows inline, as data sets), `props` added at the top."""
    import hashlib

    def inline(frame: pd.DataFrame) -> tuple[str, list[dict[str, Any]]]:
        values = rows(frame)
        text = json.dumps(values, sort_keys=True, separators=(",", ":"))
        return "data-" + hashlib.sha256(text.encode()).hexdigest()[:32], values

    datasets: dict[str, Any] = {}
    out = _frames({**spec, **props}, inline, datasets)
    out["datasets"] = datasets
    return json.dumps(out, indent=2, ensure_ascii=False)
