"""The front pages of the tertial and annual report: the cover with its table of contents (written
last, when every page number is known) and the summary ranking the areas by need."""

from __future__ import annotations

from lagesbild.report.alt_text import ranking_alt
from lagesbild.report.layout import MUTED, Writer
from lagesbild.report.period_charts import ranking_chart
from lagesbild.report.period_data import TREND_ALPHA, PeriodData
from lagesbild.report.period_dates import date_span
from lagesbild.report.period_pages import ACCENT_RGB, category_rows, page_title
from lagesbild.report.period_text import FLAG_TEXT, change_text, day_month, highlights, protection_rules
from lagesbild.swedish import date_text, integer, number, plural


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
