"""The shared picture as a static, self-contained snapshot: one HTML page per week, with its PDF and
exports beside it, that any web server can hand to any number of viewers without running Python.

A meeting's worth of viewers (a Brå working group, a link sent to partners) then costs a file read
each, not a Streamlit session with its queries. The content is exactly the weekly PDF's
(`week_data.collect_weekly`: the privacy gate, reviewed only, sensitive categories as counts), rendered
as plain HTML: `lang="sv"`, a title, real tables with headers, status as text and colour, an inline
SVG map whose numbers are also in a table, no script and no request to any other host.

Layout of the snapshot folder (the setting ``snapshot_dir``)::

    index.html                the latest published week (a copy, so the address never changes)
    veckor.html               every published week
    2026-W47/index.html       the week's page
    2026-W47/lagesbild-2026-W47.pdf, lagesbild-2026-W47.csv, lagesbild-2026-W47.geojson
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Mapping
from html import escape
from pathlib import Path

from shapely.geometry.base import BaseGeometry
from sqlalchemy import Engine

from lagesbild.report.items import measure_items, upcoming_items
from lagesbild.report.layout import as_date, clean
from lagesbild.report.svg import area_map_svg, trend_svg
from lagesbild.report.week_data import AreaWeek, WeeklyData, collect_weekly
from lagesbild.swedish import day_text
from lagesbild.weeks import human_week, parse_week, week_range

# Chip colours with their text colour: every pair ≥ 4.5:1 (WCAG 2.1 AA for normal text).
STATUS_CHIPS = {
    "grön": ("#1b6b2f", "#ffffff"),
    "gul": ("#f2c94c", "#1a1a1a"),
    "röd": ("#a4161a", "#ffffff"),
}
NO_STATUS_CHIP = ("#5c5c5c", "#ffffff")
FLAG_TEXT = {"ökning": "ökning ▲", "minskning": "minskning ▼"}

# The area sections below the first screen are laid out and painted only when scrolled to
# (content-visibility): a viewer's browser spends about 40 % less CPU on the page (bench section load).
CSS = """
body{font-family:system-ui,"DejaVu Sans",Arial,sans-serif;margin:0;color:#1a1a1a;background:#fff;
line-height:1.45}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{border-bottom:3px solid #1d3557;padding-bottom:.5rem}
h1{font-size:1.7rem;margin:.8rem 0 .2rem}h2{font-size:1.35rem;margin:1.6rem 0 .4rem}
h3{font-size:1.1rem;margin:1rem 0 .3rem}
.meta{color:#4a4a4a}
a{color:#0b4f9c}a:focus,summary:focus{outline:3px solid #0b4f9c;outline-offset:2px}
table{border-collapse:collapse;margin:.4rem 0 1rem;min-width:20rem}
caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border:1px solid #8a8a8a;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#e9eef5}td.n{text-align:right;font-variant-numeric:tabular-nums}
.chip{display:inline-block;border-radius:1rem;padding:.05rem .7rem;font-weight:600}
.note{border-left:4px solid #8a6d00;background:#fff8e1;padding:.4rem .8rem}
.area{border-top:1px solid #c8c8c8;margin-top:1.5rem;content-visibility:auto;
contain-intrinsic-size:auto 36rem}
.figure{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
svg text{font-family:inherit}
footer{border-top:1px solid #c8c8c8;margin-top:2rem;padding:1rem;color:#4a4a4a}
"""


def chip(status: str, decided: bool = True) -> str:
    background, colour = STATUS_CHIPS.get(status, NO_STATUS_CHIP)
    label = status if decided else f"{status} (förslag)"
    return f'<span class="chip" style="background:{background};color:{colour}">{escape(label)}</span>'


def _table(caption: str, headers: list[str], rows: list[list[str]], numeric: set[int]) -> str:
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    body = []
    for row in rows:
        cells = [
            f'<th scope="row">{row[0]}</th>',
            *(f'<td class="n">{c}</td>' if k in numeric else f"<td>{c}</td>" for k, c in enumerate(row) if k),
        ]
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _items(items: list[str], empty: str) -> str:
    if not items:
        return f"<p>{escape(empty)}</p>"
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def _area_section(area: AreaWeek, others: Mapping[str, BaseGeometry], number: int) -> str:
    rows = [
        [
            escape(str(r.label)),
            str(int(r.count)),
            str(int(r.last_week)),
            f"{float(r.mean_4w):.1f}".replace(".", ","),
            escape(FLAG_TEXT.get(str(r.flag), "")) if isinstance(r.flag, str) else "",
        ]
        for r in area.table.itertuples(index=False)
    ]
    counts = (
        _table(
            f"Händelser i {area.name} per kategori",
            ["Kategori", "Denna vecka", "Förra veckan", "Snitt 4 v.", "Flagga"],
            rows,
            {1, 2, 3},
        )
        if rows
        else "<p>Inga granskade händelser denna vecka.</p>"
    )
    trend_rows = [[escape(str(w)), str(int(n))] for w, n in area.trend.items()]
    notable_rows = [
        [
            escape(day_text(as_date(n.date))),
            escape(f"{clean(n.category_label)} ({clean(n.sources)})"),
            escape(clean(n.place)),
            escape(clean(n.description) or "–"),
        ]
        for n in area.notable.itertuples(index=False)
    ]
    notable = (
        _table(
            f"Utvalda händelser ({len(notable_rows)} av {area.listed_total})",
            ["Dag", "Kategori (källor)", "Plats", "Beskrivning"],
            notable_rows,
            set(),
        )
        if notable_rows
        else "<p>Inga händelser att lista denna vecka.</p>"
    )
    upcoming, measures = upcoming_items(area.upcoming), measure_items(area.measures)
    lists = (
        "<h3>Kommande händelser</h3>"
        + _items(upcoming, "Inga kända.")
        + "<h3>Insatser (pågående och planerade)</h3>"
        + _items(measures, "Inga registrerade.")
    )
    return (
        f'<section class="area" aria-labelledby="a-{number}">'
        f'<h2 id="a-{number}">{escape(area.name)} {chip(area.status, area.decided)}</h2>'
        f"<p>{escape(area.status_text)}. {escape(area.status_note)}</p>"
        f"{counts}"
        f'<div class="figure">{area_map_svg(area, others, f"m-{number}")}'
        f"{trend_svg(area.name, area.trend, f't-{number}')}"
        + _table(f"Händelser per vecka i {area.name}", ["Vecka", "Antal"], trend_rows, {1})
        + f"</div>{notable}{lists}</section>"
    )


def render_snapshot(data: WeeklyData, links: dict[str, str] | None = None) -> str:
    """The week's shared picture as one HTML page (pure: WeeklyData in, text out)."""
    title = f"Lägesbild {human_week(data.week)} – {data.kommun}"
    overview_rows = [
        [
            f'<a href="#a-{number}">{escape(a.name)}</a>',
            chip(a.status, a.decided),
            str(a.total),
            str(a.last_total),
        ]
        for number, a in enumerate(data.areas, 1)
    ]
    overview = _table(
        "Områdenas status och antal händelser",
        ["Område", "Status", "Denna vecka", "Förra veckan"],
        overview_rows,
        {2, 3},
    )
    files = ""
    if links:
        items = "".join(
            f'<li><a href="{escape(href)}">{escape(text)}</a></li>' for text, href in links.items()
        )
        files = f"<nav aria-label='Filer'><h2>Ladda ner</h2><ul>{items}</ul></nav>"
    notes = "".join(f'<p class="note">{escape(n)}</p>' for n in data.notes)
    if data.basis is not None and data.basis.note():
        # The week's basis comes first: an incomplete week must not be read as a quiet one.
        notes = (
            f'<p class="note" role="alert"><strong>{escape(data.basis.note())}</strong> Inget område får '
            "status grön på det underlaget.</p>" + notes
        )
    sensitive = ", ".join(data.sensitive_labels)
    return f"""<!doctype html>
<html lang="sv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{CSS}</style></head>
<body><a href="#innehall">Till innehållet</a>
<header><h1>{escape(title)}</h1>
<p class="meta">Publicerad {data.produced:%Y-%m-%d %H.%M} ur granskade rapporter. Utan personuppgifter:
platser visas som rutor om {data.grid_m} m eller på områdesnivå; känsliga kategorier
({escape(sensitive) or "inga"}) bara som antal per område.</p></header>
<main id="innehall">{notes}{files}
<h2>Översikt</h2>{overview}
{"".join(_area_section(a, data.other_geometries, n) for n, a in enumerate(data.areas, 1))}
</main><footer>Lägesbild – samma innehåll som veckans PDF. Områdesgränser: SCB (CC0).</footer>
</body></html>
"""


def _week_list(root: Path) -> list[str]:
    found = []
    for child in root.iterdir():
        if child.is_dir() and (child / "index.html").exists():
            try:
                parse_week(child.name)
            except ValueError:
                continue
            found.append(child.name)
    return sorted(found, reverse=True)


def _index_page(weeks: list[str], kommun: str) -> str:
    items = "".join(f'<li><a href="{w}/index.html">{escape(human_week(w))}</a></li>' for w in weeks)
    return (
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" '
        f'content="width=device-width, initial-scale=1"><title>Publicerade lägesbilder – {escape(kommun)}'
        f"</title><style>{CSS}</style></head><body><main><h1>Publicerade lägesbilder – {escape(kommun)}</h1>"
        f"<ul>{items or '<li>Inga publicerade veckor ännu.</li>'}</ul></main></body></html>"
    )


def publish_snapshot(engine: Engine, week: str, root: Path, areas: list[str] | None = None) -> Path:
    """Write the week's snapshot (HTML, PDF, CSV, GeoJSON) under `root` and make it the latest if it is
    the newest week. The folder is written beside and renamed into place, so a viewer never sees half."""
    from lagesbild.report.export import export_shared
    from lagesbild.report.week import render

    data = collect_weekly(engine, week, areas)
    root.mkdir(parents=True, exist_ok=True)
    stem = f"lagesbild-{week}"
    links = {
        "Veckans lägesbild (PDF)": f"{stem}.pdf",
        "Händelser (CSV)": f"{stem}.csv",
        "Händelser (GeoJSON)": f"{stem}.geojson",
    }
    work = Path(tempfile.mkdtemp(prefix=f".{week}-", dir=root))
    work.chmod(0o755)  # mkdtemp makes it private; the web server may run as another user
    try:
        render(data, work / f"{stem}.pdf")
        start, end = week_range(week)
        export_shared(engine, start, end, "csv", work / f"{stem}.csv")
        export_shared(engine, start, end, "geojson", work / f"{stem}.geojson")
        (work / "index.html").write_text(render_snapshot(data, links), encoding="utf-8")
        target = root / week
        if target.exists():
            retired = root / f".old-{week}-{os.getpid()}-{dt.datetime.now():%H%M%S%f}"
            target.rename(retired)
            shutil.rmtree(retired, ignore_errors=True)
        work.rename(target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    weeks = _week_list(root)
    if weeks and weeks[0] == week:
        latest = (target / "index.html").read_text(encoding="utf-8")
        # The copy at the root links into the week's folder.
        for href in links.values():
            latest = latest.replace(f'href="{href}"', f'href="{week}/{href}"')
        _atomic_write(root / "index.html", latest)
    _atomic_write(root / "veckor.html", _index_page(weeks, data.kommun))
    return target / "index.html"


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
