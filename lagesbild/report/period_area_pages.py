"""The two pages per area of the tertial and annual report: categories against last year, per month
and per category, and the weeks flagged; the hotspot grid with the busiest generalised places and the
weekday × time-of-day pattern."""

from __future__ import annotations

from lagesbild.analysis.hotspots import HOT95, HOT99
from lagesbild.context import CAPTION as CONTEXT_CAPTION
from lagesbild.report.alt_text import cell_map_alt, heatmap_alt, paired_bars_alt, panels_alt
from lagesbild.report.layout import MUTED, RULE, Writer
from lagesbild.report.period_charts import category_panels, cell_map, month_chart, time_heatmap
from lagesbild.report.period_data import AreaPeriod, PeriodData
from lagesbild.report.period_pages import category_rows, key_box, page_title
from lagesbild.report.period_text import FLAG_TEXT, change_text, peak_text
from lagesbild.swedish import integer, kommun_name, number, plural
from lagesbild.vocabulary import Flag

MAX_CATEGORY_ROWS = 14
MAX_PANELS = 6
MAX_PLACES = 8
# The places table in its 88 mm: the Hotspot column holds the level only ("99 %"), so a long place name
# (a hyphenated RegSO name such as "Östra Villastaden-Isaksdal-Ekensberg") fits on its lines uncut.
PLACE_COLUMNS = [("Plats", 50.0, "L"), ("Antal", 11.0, "R"), ("Andel", 11.0, "R"), ("Hotspot", 16.0, "L")]
HOTSPOT_LEVEL = {HOT99: "99 %", HOT95: "95 %"}


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
