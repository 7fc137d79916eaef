"""Shared pieces of the tertial and annual report's pages and its follow-up pages: the insatser with
their before/after evaluation, and data completeness with the method notes."""

from __future__ import annotations

import pandas as pd

from lagesbild.analysis.measures import MeasureEffect
from lagesbild.report.alt_text import measure_alt
from lagesbild.report.layout import MUTED, RULE, SHADE, Writer
from lagesbild.report.period_charts import measure_chart
from lagesbild.report.period_data import PeriodData
from lagesbild.report.period_dates import date_span
from lagesbild.report.period_followup import COMPLETENESS_SHARE, MEASURE_WEEKS_BEFORE, MeasureFollowUp
from lagesbild.report.period_text import FLAG_TEXT, change_text, day_month, effect_line, enough, method_notes
from lagesbild.swedish import integer, number, plural

ACCENT_RGB = (51, 80, 110)


def period_writer(data: PeriodData) -> Writer:
    """The writer the period report's page functions draw with (each takes it and the data)."""
    span = date_span(data.start, data.end)
    return Writer(
        title=f"Lägesbild {data.title} ({span})",
        author=data.kommun,
        footer=f"Lägesbild {data.kommun} · {data.title} ({span}) · delad version utan personuppgifter",
    )


def page_title(w: Writer, data: PeriodData, title: str, size: float = 18) -> None:
    w.pdf.add_page()
    w.pdf.set_y(11)
    w.text(12, 186, title, size=size, style="B", line=8, role="H1")
    w.text(
        12, 186, f"Lägesbild {data.title} · {date_span(data.start, data.end)}", size=9, line=4.5, colour=MUTED
    )
    w.gap(2)


def key_box(w: Writer, data: PeriodData, title: str, note: str) -> None:
    pdf = w.pdf
    y = pdf.get_y()
    w.font(8)
    note_lines = w.lines(178, note, 3)
    height = 7.5 + len(note_lines) * 3.6 + 1.5
    pdf.set_fill_color(*SHADE)
    pdf.rect(12, y, 186, height, style="F")
    pdf.set_fill_color(*ACCENT_RGB)
    pdf.rect(12, y, 3.2, height, style="F")
    pdf.set_xy(17, y + 1.5)
    w.font(10.5, "B")
    with pdf.leaf("P"):
        pdf.cell(178, 5, title)
    pdf.set_y(y + 7)
    w.text(17, 178, "\n".join(note_lines), size=8, line=3.6)
    pdf.set_y(y + height + 3)


def category_rows(w: Writer, data: PeriodData, table: pd.DataFrame, limit: int) -> list[list[str]]:
    comparable = data.has_last_year
    rows = [
        [
            str(r.label) + (" *" if r.sensitive else ""),
            integer(r.count),
            integer(r.last_year) if comparable else "–",
            change_text(int(r.count), int(r.last_year)) if comparable else "–",
            FLAG_TEXT.get(str(r.flag), ""),
        ]
        for r in table.itertuples(index=False)
    ]
    if len(rows) > limit:
        rest = table.iloc[limit - 1 :]
        rows = rows[: limit - 1] + [
            [
                f"Övriga {len(rest)} kategorier",
                integer(rest["count"].sum()),
                integer(rest["last_year"].sum()) if comparable else "–",
                "",
                "",
            ]
        ]
    return rows


def measures(w: Writer, data: PeriodData) -> None:
    data = data
    page_title(w, data, "Insatser och uppföljning", size=16)
    w.text(
        12,
        186,
        f"Insatser som pågick någon gång under perioden. Varje insats med en kategori följs upp "
        f"med skillnad-i-skillnader: de {MEASURE_WEEKS_BEFORE} veckorna före start jämförs med "
        "veckorna från start till periodens (eller insatsens) slut, i insatsområdet och i de andra "
        "områdena under samma veckor. Osäkerheten skattas genom att veckorna dras om "
        "slumpmässigt (bootstrap).",
        size=8.3,
        line=3.9,
    )
    w.gap(3)
    if not data.measures:
        w.text(12, 186, "Inga insatser var aktiva under perioden i de valda områdena.", size=9)
    for measure in data.measures:
        measure_block(w, data, measure)


def measure_block(w: Writer, data: PeriodData, m: MeasureFollowUp) -> None:
    w.ensure(62 if m.effect else 26)
    pdf = w.pdf
    w.text(12, 186, m.title or "(insats utan rubrik)", size=10.5, style="B", line=5, max_lines=2)
    until = day_month(m.end_date) if m.end_date else "tills vidare"
    meta = (
        f"{m.area} · {m.category_label or 'ingen kategori'} · {m.status} · {day_month(m.start_date)} – "
        f"{until}" + (f" · ansvarig: {m.responsible}" if m.responsible else "")
    )
    w.text(12, 186, meta, size=8, line=3.8, colour=MUTED, max_lines=2)
    w.gap(1)
    if m.effect is None:
        w.text(12, 186, m.note, size=8.5)
    else:
        effect(w, data, m.effect)
    if m.follow_up:
        w.text(
            12,
            186,
            f"Uppföljning (arbetsgruppens anteckning): {m.follow_up}",
            size=8,
            line=3.8,
            max_lines=4,
        )
    w.gap(2)
    pdf.set_draw_color(*RULE)
    pdf.line(12, pdf.get_y(), 198, pdf.get_y())
    w.gap(3)


def effect(w: Writer, data: PeriodData, e: MeasureEffect) -> None:
    y = w.pdf.get_y()
    if enough(e):
        w.text(12, 120, effect_line(e), size=8.5, line=4, style="B")
    w.text(12, 120, e.statement, size=8.5, line=4)
    rows = [
        ["Insatsområdet", number(e.treated_before), number(e.treated_after)],
        [
            f"Jämförelseområdena ({', '.join(e.comparison_areas)})",
            number(e.comparison_before),
            number(e.comparison_after),
        ],
    ]
    w.gap(1)
    w.table(
        12,
        [
            ("Medel per vecka", 72, "L"),
            (f"Före ({len(e.before_weeks)} v.)", 24, "R"),
            (f"Under/efter ({len(e.after_weeks)} v.)", 24, "R"),
        ],
        rows,
        max_lines=2,
    )
    w.text(12, 120, e.caveat, size=7, line=3.3, style="I", colour=MUTED)
    left_end = w.pdf.get_y()
    chart = measure_chart(
        (e.treated_before, e.comparison_before), (e.treated_after, e.comparison_after), (66, 36)
    )
    alt = measure_alt((e.treated_before, e.comparison_before), (e.treated_after, e.comparison_after))
    w.image(chart, 132, y, 66, 36, alt=alt)
    w.pdf.set_y(max(left_end, y + 37))


def closing(w: Writer, data: PeriodData) -> None:
    data = data
    page_title(w, data, "Datakvalitet och metod", size=16)
    review = data.review
    w.heading(12, 186, "Underlag")
    w.text(
        12,
        186,
        f"Under perioden kom {integer(review['received'])} rapporter in. "
        f"{integer(review['reviewed'])} är granskade, varav {integer(review['reviewed_duplicates'])} "
        f"var samma händelse som en annan källa redan rapporterat; {integer(review['waiting'])} "
        "väntar på granskning och ingår inte i siffrorna.",
        size=8.5,
    )
    w.gap(3)
    w.heading(12, 186, "Rapportering per organisation")
    weeks = len(data.judged_weeks)
    w.text(
        12,
        186,
        f"En organisation som rapporterat minst {number(100 * COMPLETENESS_SHARE, 0)} % av veckorna "
        "räknas som saknad de veckor den inte rapporterat (alla områden). "
        f"{data.incomplete_weeks} av {weeks} veckor var ofullständiga; där kan antalet vara för "
        "lågt, så en nedgång behöver inte vara en minskning.",
        size=8.3,
        line=3.9,
    )
    w.gap(1)
    if data.completeness.empty:
        w.text(12, 186, "Ingen organisation har rapporterat regelbundet under perioden.", size=8.5)
    else:
        rows = [
            [r.organisation, r.source, f"{r.reported} av {r.expected}", r.missing]
            for r in data.completeness.itertuples(index=False)
        ]
        columns = [
            ("Organisation", 70, "L"),
            ("Källa", 28, "L"),
            ("Veckor med rapport", 30, "R"),
            ("Veckor som saknas (veckonummer)", 58, "L"),
        ]
        shown = w.table(12, columns, rows, size=8, line=3.7, max_lines=2, bottom=170)
        if shown < len(rows):
            w.text(12, 186, f"… och {len(rows) - shown} organisationer till.", size=8)
    if data.irregular:
        w.text(
            12,
            186,
            f"{plural(data.irregular, 'organisation', 'organisationer')} rapporterar bara ibland "
            "och räknas aldrig som saknad.",
            size=7.5,
            colour=MUTED,
        )
    w.gap(3)
    w.heading(12, 186, "Metod")
    for note in method_notes(data):
        w.font(8)
        w.ensure(len(w.lines(182.5, note, 6)) * 3.8 + 1)
        w.bullets(12, 186, [note], size=8, line=3.8, max_lines=6)
    w.gap(2)
    w.text(
        12,
        186,
        "Framställd med Lägesbild, öppen källkod för EST-arbetet (Effektiv samordning för trygghet).",
        size=7.5,
        colour=MUTED,
    )
