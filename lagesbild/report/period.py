"""The tertial and annual report as a PDF that can be shared: which areas need most help, and did the
measures work? A4, Swedish, fonts embedded, no personal data.

Pages: a cover (kommun, period, areas, data basis, how the data were protected, contents); a summary
ranking the areas by need (incidents per 1,000 inhabitants, trend against the same period last year,
weeks with decided red/yellow status) with the kommun-wide categories; two pages per area, most need
first (categories against last year, per month and per category, the weeks flagged by
`analysis.change.detect_changes`; the hotspot grid with the busiest generalised places and the
weekday × time-of-day pattern); the insatser active in the period with their difference-in-
differences follow-up (`analysis.measures.evaluate_measure`); data completeness and method notes.

Privacy: the content comes from `lagesbild.report.period_data.collect_period` (reviewed-only
aggregate queries, each incident counted once). No incident text is shown at all; sensitive
categories appear only as counts per area (never on the map, among the places or in the time
pattern); text typed in the dashboard is redacted.

Modules: `report_period_data` (what is shown), `report_period_dates` (tertials, years, weeks),
`report_period_followup` (insatser, completeness), `report_period_text` (Swedish sentences),
`report_period_charts` (figures), `report_period_pages` (shared pieces and the follow-up pages),
`report_layout` (layout primitives shared with the weekly report).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine

from lagesbild.analysis.hotspots import HOT95, HOT99
from lagesbild.context import CAPTION as CONTEXT_CAPTION
from lagesbild.report.alt_text import cell_map_alt, heatmap_alt, paired_bars_alt, panels_alt, ranking_alt
from lagesbild.report.layout import MUTED, RULE, Writer
from lagesbild.report.period_charts import category_panels, cell_map, month_chart, ranking_chart, time_heatmap
from lagesbild.report.period_data import TREND_ALPHA, AreaPeriod, PeriodData, collect_period
from lagesbild.report.period_dates import date_span
from lagesbild.report.period_pages import (
    ACCENT_RGB,
    category_rows,
    closing,
    key_box,
    measures,
    page_title,
    period_writer,
)
from lagesbild.report.period_text import (
    FLAG_TEXT,
    change_text,
    day_month,
    highlights,
    peak_text,
    protection_rules,
)
from lagesbild.swedish import date_text, integer, kommun_name, number, plural
from lagesbild.vocabulary import Flag

__all__ = ["collect_period", "render_period", "write_period_report"]

MAX_CATEGORY_ROWS = 14
MAX_PANELS = 6
MAX_PLACES = 8
# The places table in its 88 mm: the Hotspot column holds the level only ("99 %"), so a long place name
# (a hyphenated RegSO name such as "Östra Villastaden-Isaksdal-Ekensberg") fits on its lines uncut.
PLACE_COLUMNS = [("Plats", 50.0, "L"), ("Antal", 11.0, "R"), ("Andel", 11.0, "R"), ("Hotspot", 16.0, "L")]
HOTSPOT_LEVEL = {HOT99: "99 %", HOT95: "95 %"}


def cover(w: Writer, data: PeriodData) -> tuple[float, tuple[object, int]]:
    """The cover; returns where the table of contents goes (written last, when pages are known): its y
    on the page and its place in the reading order (right after its heading)."""
    pdf = w.pdf
    pdf.add_page()
    pdf.set_fill_color(*ACCENT_RGB)
    pdf.rect(0, 0, pdf.w, 9, style="F")
    pdf.set_y(20)
    w.text(12, 186, data.kommun, size=13, style="B", line=6, colour=MUTED)
    w.text(12, 186, "Lägesbild – uppföljning", size=26, style="B", line=12, role="H1")
    w.text(12, 186, data.title, size=15, line=7)
    weeks = f"ISO-veckorna {data.weeks[0]} – {data.weeks[-1]}" if data.weeks else ""
    w.text(12, 186, f"{date_span(data.start, data.end)} · {weeks}", size=9, line=5, colour=MUTED)
    if data.covered_start is not None:
        first = data.covered_start.isocalendar()
        w.text(12, 186, f"Obs: data från v. {first[1]}, {first[0]}", size=11, style="B", line=6)
    if not data.has_data:
        w.text(12, 186, "Obs: inga rapporter för perioden", size=11, style="B", line=6)
    w.gap(4)
    names = ", ".join(f"{a.name} ({a.kommun})" for a in data.areas) or "inga områden i databasen"
    w.text(12, 186, f"Områden: {names}", size=9.5)
    produced = data.produced
    w.text(
        12,
        186,
        f"Framställd {date_text(produced)} kl. {produced:%H.%M} ur granskade rapporter.",
        size=9.5,
    )
    w.gap(5)
    review = data.review
    counted = review["reviewed"] - review["reviewed_duplicates"]
    w.heading(12, 186, "Underlag")
    basis = [
        f"{integer(counted)} händelser ur granskade rapporter ingår: {integer(review['reviewed'])} granskade "
        f"rapporter, varav {integer(review['reviewed_duplicates'])} gällde en händelse som en annan källa "
        "redan "
        "rapporterat. En sådan händelse räknas en gång.",
        f"{plural(review['waiting'], 'rapport', 'rapporter')} från perioden väntar på granskning och ingår "
        "inte.",
        f"Jämförelsen görs med samma period i fjol ({date_span(data.last_start, data.last_end)})."
        if data.has_last_year
        else "Det finns inga uppgifter för samma period i fjol, så ingen jämförelse med i fjol görs.",
    ]
    if data.covered_start is not None:
        week = data.covered_start.isocalendar()[1]
        basis.append(
            f"Uppgifterna börjar vecka {week} ({day_month(data.covered_start)}): perioden gäller bara "
            f"veckorna från och med vecka {week}. Antal per 1 000 invånare visas inte, eftersom de "
            "skulle räkna veckorna utan data som veckor utan händelser."
        )
    if not data.has_data:
        basis.append("Det finns inga granskade rapporter för perioden: ingen lägesbild kan ges.")
    if data.covered_end < data.end:
        basis.append(
            f"Uppgifterna når till och med {day_month(data.covered_end)}: siffrorna gäller perioden "
            "hittills, "
            "jämförelsen med i fjol samma dagar och veckokontrollerna bara hela veckor."
        )
    w.bullets(12, 186, basis, size=8.5, line=4, max_lines=3)
    w.gap(3)
    w.heading(12, 186, "Så har uppgifterna skyddats")
    w.bullets(12, 186, protection_rules(data), size=8.5, line=4, max_lines=3)
    w.gap(3)
    w.heading(12, 186, "Innehåll")
    return float(pdf.get_y()), w.mark()


def contents(
    w: Writer, data: PeriodData, pages: list[tuple[str, int]], toc: tuple[float, tuple[object, int]]
) -> None:
    """The table of contents on the cover, written when every page number is known."""
    toc_y, toc_at = toc
    with w.pdf.on_page(1):
        w.pdf.set_y(toc_y)
        rows = [[title, str(page)] for title, page in pages]
        columns = [("Avsnitt", 160, "L"), ("Sida", 26, "R")]
        w.table(12, columns, rows, size=8.5, line=4, max_lines=1, at=toc_at)


def summary(w: Writer, data: PeriodData) -> None:
    data = data
    page_title(w, data, "Sammanfattning", size=16)
    w.text(
        12,
        186,
        "Vilka områden behöver mest stöd? Områdena rangordnas efter antal händelser per 1 000 "
        "invånare under perioden; vid lika avgör antalet veckor med beslutad röd status.",
        size=9,
    )
    w.gap(2)
    if not data.areas:
        w.text(12, 186, "Det finns inga områden i databasen. Läs in områdesindelningen först.", size=9)
        return
    comparable = data.has_last_year
    rows = [
        [
            str(k),
            a.name,
            integer(a.total),
            number(a.rate),
            number(a.last_rate) if comparable else "–",
            change_text(a.total, a.last_total) if comparable else "–",
            FLAG_TEXT.get(a.trend, ""),
            str(a.red_weeks),
            str(a.yellow_weeks),
            str(3 + 2 * (k - 1)),
        ]
        for k, a in enumerate(data.areas, start=1)
    ]
    columns = [
        ("", 6, "R"),
        ("Område", 34, "L"),
        ("Händelser", 20, "R"),
        ("Per 1 000 inv.", 18, "R"),
        ("I fjol per 1 000 inv.", 20, "R"),
        ("Förändring mot i fjol", 24, "R"),
        ("Bedömning", 22, "L"),
        ("Röda veckor", 14, "R"),
        ("Gula veckor", 14, "R"),
        ("Sida", 10, "R"),
    ]
    shown = w.table(12, columns, rows, size=8, line=3.7, max_lines=2, bottom=130)
    if shown < len(rows):
        w.text(12, 186, f"… och {len(rows) - shown} områden till, se områdessidorna.", size=8)
    w.text(
        12,
        186,
        f"Röda/gula veckor: arbetsgruppens beslutade status, {len(data.weeks)} veckor i perioden. "
        "▲/▼: skillnaden mot samma period i fjol är för stor för att troligen vara slumpen "
        f"(p < {number(TREND_ALPHA, 2)}).",
        size=6.8,
        line=3.2,
        colour=MUTED,
    )
    rated = [a for a in data.areas if a.rate is not None]
    if rated:
        w.gap(2)
        height = min(12 + 7 * len(rated), 60)
        y = w.pdf.get_y()
        last = [a.last_rate or 0.0 for a in rated] if comparable else None
        names, rates = [a.name for a in rated], [a.rate or 0.0 for a in rated]
        w.image(
            ranking_chart(names, rates, last, (150, height)),
            24,
            y,
            150,
            height,
            alt=ranking_alt(names, rates, last),
        )
        w.pdf.set_y(y + height + 2)
    w.heading(12, 186, "Att notera")
    w.bullets(12, 186, highlights(data), size=8, line=3.8, max_lines=3, bottom=w.pdf.get_y() + 62)
    w.gap(2)
    w.heading(12, 186, "Alla valda områden per kategori")
    if data.categories.empty:
        w.text(12, 186, "Inga granskade händelser under perioden.", size=9, style="B")
        return
    cat_columns = [
        ("Kategori", 86, "L"),
        ("Perioden", 24, "R"),
        ("Samma period i fjol", 26, "R"),
        ("Förändring", 24, "R"),
        ("Bedömning", 26, "L"),
    ]
    w.table(12, cat_columns, category_rows(w, data, data.categories, 12), size=7.8, max_lines=1)


def area_trends(w: Writer, data: PeriodData, area: AreaPeriod) -> None:
    data = data
    page_title(w, data, area.name)
    rate = (
        f"{number(area.rate)} per 1 000 invånare"
        if area.rate is not None
        else "per 1 000 invånare visas inte (data saknas för början av perioden)"
        if not area.rated
        else "invånarantal saknas"
    )
    if data.has_last_year:
        trend = {
            Flag.RISE.value: ", en ökning som troligen inte är slumpen",
            Flag.FALL.value: ", en minskning som troligen inte är slumpen",
        }.get(area.trend, "")
        versus = (
            f"Samma period i fjol: {integer(area.last_total)} "
            f"({change_text(area.total, area.last_total)}{trend})."
        )
    else:
        versus = "Ingen jämförelse med i fjol (uppgifter saknas)."
    status = (
        f"Beslutad status: {plural(area.red_weeks, 'vecka', 'veckor')} röd, {area.yellow_weeks} gul, "
        f"{area.green_weeks} grön av {len(data.weeks)} veckor."
    )
    key_box(
        w,
        data,
        f"{integer(area.total)} händelser · {rate} · {kommun_name(area.kommun)}",
        f"{versus} {status}",
    )
    top = w.pdf.get_y()
    w.heading(12, 108, "Händelser per kategori")
    if area.categories.empty:
        w.text(12, 108, "Inga granskade händelser under perioden eller samma period i fjol.", size=8.5)
    else:
        rows = category_rows(w, data, area.categories, MAX_CATEGORY_ROWS)
        rows.append(
            [
                "Totalt",
                integer(area.total),
                integer(area.last_total) if data.has_last_year else "–",
                change_text(area.total, area.last_total) if data.has_last_year else "–",
                FLAG_TEXT.get(area.trend, ""),
            ]
        )
        columns = [
            ("Kategori", 36, "L"),
            ("Perioden", 16.5, "R"),
            ("I fjol", 12, "R"),
            ("Förändring", 20, "R"),
            ("Bedömning", 23.5, "L"),
        ]
        w.table(12, columns, rows, max_lines=2, bold_last=True)
    note = "▲/▼: troligen ingen slump (se metod)."
    if area.categories["sensitive"].any():
        note += " * Känslig kategori: bara antal på områdesnivå."
    w.text(12, 108, note, size=6.8, line=3.2, colour=MUTED)
    left_end = w.pdf.get_y()
    w.pdf.set_y(top)
    w.heading(126, 72, "Totalt per månad", size=9, gap=0.5)
    y = w.pdf.get_y()
    last = list(area.monthly["last"]) if data.has_last_year else None
    totals = list(area.monthly["this"])
    alt = paired_bars_alt("totalt antal händelser", area.months, totals, last)
    w.image(month_chart(area.months, totals, last, (72, 44)), 126, y, 72, 44, alt=alt)
    w.pdf.set_y(y + 45)
    legend = "Mörk: perioden; ljus: samma månader ett år tidigare." if last else "Antal per månad."
    w.text(126, 72, legend, size=6.5, line=3, colour=MUTED)
    w.pdf.set_y(max(left_end, w.pdf.get_y()) + 3)
    w.heading(12, 186, "Per kategori och månad (mörk: perioden, ljus: i fjol)", size=9.5, gap=0.5)
    panels = []
    for row in area.categories.head(MAX_PANELS).itertuples(index=False):
        this = (
            area.category_monthly.loc[row.category] if row.category in area.category_monthly.index else None
        )
        before = (
            area.category_monthly_last.loc[row.category]
            if row.category in area.category_monthly_last.index
            else None
        )
        panels.append(
            (
                str(row.label),
                list(this) if this is not None else [0] * len(area.months),
                (list(before) if before is not None else [0] * len(area.months)) if last else None,
            )
        )
    if panels:
        height = 34.0 if len(panels) <= 3 else 66.0
        y = w.pdf.get_y()
        chart = category_panels(panels, area.months, (186, height))
        w.image(chart, 12, y, 186, height, alt=panels_alt(panels, area.months))
        w.pdf.set_y(y + height + 2)
    else:
        w.text(12, 186, "Inga händelser att visa.", size=8.5)
    w.heading(12, 186, "Veckor med ovanligt många eller få händelser", size=9.5, gap=0.5)
    w.text(
        12,
        186,
        "Varje vecka och kategori jämförs med de fyra veckorna innan, med en längre period och med "
        "samma tid i fjol; bara veckor som troligen inte är slumpen visas.",
        size=6.8,
        line=3.2,
        colour=MUTED,
    )
    if not area.changes:
        w.text(12, 186, "Inga veckor med ovanligt många eller få händelser i någon kategori.", size=8.5)
        return
    shown = w.bullets(12, 186, area.changes, size=7.8, line=3.6, max_lines=3, bottom=w.bottom - 5)
    if shown < len(area.changes):
        w.text(12, 186, f"… och {len(area.changes) - shown} till.", size=7.8)


def area_places(w: Writer, data: PeriodData, area: AreaPeriod) -> None:
    data = data
    page_title(w, data, f"{area.name} – platser och tider", size=16)
    top = w.pdf.get_y()
    w.heading(12, 92, "Var händelserna sker", size=9.5, gap=0.5)
    y = w.pdf.get_y()
    others = [g for name, g in data.other_geometries.items() if name != area.name]
    alt = cell_map_alt(area.name, area.cells, data.grid_m)
    w.image(cell_map(area.geometry, others, area.cells, area.landmarks, 92), 12, y, 92, 92, alt=alt)
    w.pdf.set_draw_color(*RULE)
    w.pdf.rect(12, y, 92, 92)
    w.pdf.set_y(y + 93)
    w.text(
        12,
        92,
        f"Rutor på {data.grid_m} × {data.grid_m} m; {integer(area.located)} av "
        f"{integer(area.listed)} händelser har en generaliserad plats. Känsliga kategorier "
        f"visas inte på kartan. {CONTEXT_CAPTION}",
        size=6.5,
        line=3,
        colour=MUTED,
    )
    left_end = w.pdf.get_y()
    w.pdf.set_y(top)
    w.heading(110, 88, "Platser med flest händelser", size=9.5, gap=0.5)
    if area.places.empty:
        w.text(110, 88, "Inga händelser med plats under perioden.", size=8.5)
    else:
        rows = [
            [
                str(p.label),
                integer(p.count),
                f"{number(100 * p.share, 0)} %",
                HOTSPOT_LEVEL.get(str(p.best), "–"),
            ]
            for p in area.places.head(MAX_PLACES).itertuples(index=False)
        ]
        w.table(110, PLACE_COLUMNS, rows, max_lines=3)
    w.text(
        110,
        88,
        "Platsen är den närmaste offentliga platsen till rutorna (eller området). Hotspot: "
        "rutan och dess grannar har klart fler händelser än resten av området (Getis–Ord Gi*), "
        "med 95 % eller 99 % säkerhet.",
        size=6.5,
        line=3,
        colour=MUTED,
    )
    w.pdf.set_y(max(left_end, w.pdf.get_y()) + 4)
    w.heading(12, 186, "När händelserna sker (veckodag och klockslag)", size=9.5, gap=0.5)
    y = w.pdf.get_y()
    w.image(time_heatmap(area.time_grid, (186, 58)), 12, y, 186, 58, alt=heatmap_alt(area.time_grid))
    w.pdf.set_y(y + 59)
    untimed = area.listed - area.timed
    w.text(
        12,
        186,
        f"{peak_text(area.time_grid)} {integer(area.timed)} händelser med klockslag; "
        f"{integer(untimed)} utan klockslag ingår inte. Känsliga kategorier ingår inte.",
        size=7,
        line=3.3,
        colour=MUTED,
    )
    mine = [m for m in data.measures if m.area == area.name]
    w.gap(3)
    w.heading(12, 186, "Insatser i området under perioden", size=9.5, gap=0.5)
    items = [f"{m.title}: {m.effect.statement if m.effect else m.note}" for m in mine]
    if not items:
        w.text(12, 186, "Inga insatser under perioden.", size=8.5)
    else:
        shown = w.bullets(12, 186, items, size=7.8, max_lines=4, bottom=w.bottom - 5)
        w.text(
            12,
            186,
            f"{'' if shown == len(items) else f'… och {len(items) - shown} till. '}"
            "Uppföljningen i detalj: avsnittet Insatser och uppföljning.",
            size=6.8,
            colour=MUTED,
        )


def render_period(data: PeriodData, out: Path) -> None:
    """Write the PDF for already collected data."""
    w = period_writer(data)
    toc = cover(w, data)
    summary(w, data)
    pages = [("Sammanfattning: områdena efter behov", 2)]
    for area in data.areas:
        pages.append((f"{area.name}: utveckling per kategori, platser och tider", w.pdf.page + 1))
        area_trends(w, data, area)
        area_places(w, data, area)
    pages.append(("Insatser och uppföljning", w.pdf.page + 1))
    measures(w, data)
    pages.append(("Datakvalitet och metod", w.pdf.page + 1))
    closing(w, data)
    contents(w, data, pages, toc)
    w.output(out)


def write_period_report(
    engine: Engine, start: dt.date, end: dt.date, title: str, out: Path, areas: list[str] | None = None
) -> None:
    """The tertial or annual report for start–end (inclusive) as a PDF at `out`."""
    render_period(collect_period(engine, start, end, title, areas), Path(out))
