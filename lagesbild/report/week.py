"""The weekly lägesbild as a PDF that can be shared: A4, Swedish, fonts embedded, no personal data.

Page structure: a cover (kommun, week, areas, overview, how the data were protected), one page per
area (status, counts by category against last week and the 4-week mean, rate per 1,000 inhabitants,
map of generalised locations, 12-week trend, notable incidents, kommande händelser, insatser) and a
closing page on sources and data completeness.

Privacy: what is shown is gathered by `lagesbild.report.week_data.collect_weekly` from the shared layer
(`shared.shared_incidents`: reviewed, counted once, redacted, generalised) and from aggregate queries
with `reviewed_only=True`. Sensitive categories appear only as counts per area, never as listed
incidents. Free text that does not pass the ingest redaction (status comments and who decided,
insatser, kommande händelser, reporting units' names) is redacted here (`report_layout.free_text`).
All text is written as plain text (no markup), so `<script>` or `=cmd|` in a description is printed
as written. Layout primitives: `lagesbild.report.layout`; the tertial and annual report:
`lagesbild.report.period`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine

from lagesbild import weekly
from lagesbild.context import CAPTION as CONTEXT_CAPTION
from lagesbild.report.alt_text import point_map_alt, trend_alt
from lagesbild.report.charts import area_map, trend_chart
from lagesbild.report.items import measure_items, upcoming_items
from lagesbild.report.layout import (
    MUTED,
    RULE,
    SOURCE_NAMES,
    Writer,
    as_date,
    clean,
    free_text,
)
from lagesbild.report.week_data import (
    SOURCE_WEEKS,
    TREND_WEEKS,
    UPCOMING_DAYS,
    AreaWeek,
    WeeklyData,
    collect_weekly,
)
from lagesbild.swedish import date_text, day_text, integer, kommun_name, number, plural
from lagesbild.vocabulary import Flag
from lagesbild.weeks import human_week, week_range

__all__ = ["WeeklyData", "collect_weekly", "render", "write_weekly_report"]

MAX_CATEGORY_ROWS = 14
MAX_LIST_ITEMS = 4
FLAG_TEXT: dict[str, str] = {Flag.RISE: "ökning ▲", Flag.FALL: "minskning ▼"}


class _WeeklyWriter(Writer):
    """The weekly pages: cover, one page per area, sources and completeness."""

    def __init__(self, data: WeeklyData) -> None:
        super().__init__(
            title=f"Lägesbild {human_week(data.week)}",
            author=data.kommun,
            footer=f"Lägesbild {data.kommun} · {human_week(data.week)} · delad version utan personuppgifter",
        )
        self.data = data

    # pages ------------------------------------------------------------------
    def cover(self) -> None:
        data, pdf = self.data, self.pdf
        pdf.add_page()
        pdf.set_fill_color(51, 80, 110)
        pdf.rect(0, 0, pdf.w, 9, style="F")
        pdf.set_y(20)
        self.text(12, 186, data.kommun, size=13, style="B", line=6, colour=MUTED)
        self.text(12, 186, "Lägesbild", size=28, style="B", line=12, role="H1")
        self.text(12, 186, human_week(data.week).capitalize(), size=15, line=7)
        self.text(12, 186, f"ISO-vecka {data.week}", size=9, line=5, colour=MUTED)
        pdf.set_y(pdf.get_y() + 4)
        if data.basis is not None and data.basis.note():
            title = "Inga rapporter för veckan" if not data.basis.has_data else "Ofullständig vecka"
            self.warning(
                12,
                186,
                title,
                data.basis.note() + " Inget område får status grön på det underlaget; jämför inte veckan "
                "med andra veckor som om den vore komplett.",
            )
        area_names = ", ".join(f"{a.name} ({a.kommun})" for a in data.areas) or "inga områden i databasen"
        produced = data.produced
        self.text(12, 186, f"Områden: {area_names}", size=9.5)
        self.text(
            12,
            186,
            f"Framställd {date_text(produced)} kl. {produced:%H.%M} ur granskade rapporter.",
            size=9.5,
        )
        pdf.set_y(pdf.get_y() + 5)
        self.heading(12, 186, "Översikt")
        if data.areas:
            no_gap = data.basis is None or data.basis.has_data
            rows = [
                [
                    a.name,
                    a.status + ("" if a.decided else " (förslag)"),
                    str(a.total),
                    str(a.last_total),
                    number(a.mean_total),
                    number(weekly.per_thousand(a.total, a.population)) if no_gap else "–",
                ]
                for a in data.areas
            ]
            columns = [
                ("Område", 44, "L"),
                ("Status", 42, "L"),
                ("Denna vecka", 24, "R"),
                ("Förra veckan", 24, "R"),
                ("Snitt 4 v.", 24, "R"),
                ("Per 1 000 inv.", 28, "R"),
            ]
            chips = [a.status for a in data.areas]
            shown = self.table(12, columns, rows, size=8.5, line=4, bottom=170, chips=chips)
            if shown < len(rows):
                self.text(12, 186, f"… och {len(rows) - shown} områden till, se områdessidorna.", size=8.5)
            if all(a.total == 0 for a in data.areas):
                self.text(
                    12, 186, "Inga granskade händelser denna vecka i de valda områdena.", size=9, style="B"
                )
        else:
            self.text(12, 186, "Det finns inga områden i databasen. Läs in områdesindelningen först.", size=9)
        if not data.kommun_upcoming.empty:
            pdf.set_y(pdf.get_y() + 3)
            self.heading(12, 186, "Kommande händelser i hela kommunen")
            self.bullets(12, 186, upcoming_items(data.kommun_upcoming), bottom=150)
        pdf.set_y(pdf.get_y() + 8)
        self.heading(12, 186, "Så har uppgifterna skyddats")
        sensitive = ", ".join(data.sensitive_labels) or "inga"
        review = data.review
        rules = [
            "Bara granskade rapporter ingår: en samordnare har läst varje rapport innan den kommer med. "
            f"Denna vecka väntar {review['waiting']} av {review['received']} inkomna rapporter på granskning "
            "och ingår inte.",
            "En händelse som rapporterats av flera källor (t.ex. polis och bostadsbolag) räknas en gång.",
            f"Platser är generaliserade: närmaste offentliga plats eller mitten av en ruta på {data.grid_m} "
            "× "
            f"{data.grid_m} m, alltid inom händelsens eget område. Adresser och fastighetsbeteckningar visas "
            "aldrig.",
            f"Känsliga kategorier ({sensitive}) visas bara som antal per område, utan plats och utan "
            "fritext.",
            "Fritext är rensad från personuppgifter (namn, personnummer, telefonnummer, e-post, "
            "registreringsnummer, husnummer, diarienummer).",
        ]
        self.bullets(12, 186, rules, size=8.3, line=3.9, max_lines=3)
        pdf.set_y(pdf.get_y() + 2)
        self.heading(12, 186, "Hur statusförslaget tas fram", size=9.5, gap=0.5, role="H3")
        self.text(12, 186, weekly.STATUS_RULES, size=8.3, line=3.9, max_lines=5)

    def area_page(self, area: AreaWeek) -> None:
        data, pdf = self.data, self.pdf
        pdf.add_page()
        pdf.set_y(11)
        self.text(12, 186, area.name, size=18, style="B", line=8, role="H1")
        self.text(
            12,
            186,
            f"Lägesbild {human_week(data.week)} · {data.week} · {kommun_name(area.kommun)}",
            size=9,
            line=4.5,
            colour=MUTED,
        )
        pdf.set_y(pdf.get_y() + 2)
        self.status_bar(12, 186, area.status, area.status_text, area.status_note)
        top = pdf.get_y()

        # Left column: counts by category.
        self.heading(12, 106, "Händelser per kategori")
        rows = [
            [
                row.label + (" *" if row.sensitive else ""),
                str(int(row.count)),
                str(int(row.last_week)),
                number(row.mean_4w),
                FLAG_TEXT.get(str(row.flag), ""),
            ]
            for row in area.table.itertuples(index=False)
        ]
        if len(rows) > MAX_CATEGORY_ROWS:
            rest = area.table.iloc[MAX_CATEGORY_ROWS - 1 :]
            rows = rows[: MAX_CATEGORY_ROWS - 1] + [
                [
                    f"Övriga {len(rest)} kategorier",
                    str(int(rest["count"].sum())),
                    str(int(rest["last_week"].sum())),
                    number(rest["mean_4w"].sum()),
                    "",
                ]
            ]
        columns = [
            ("Kategori", 44, "L"),
            ("Denna vecka", 14, "R"),
            ("Förra veckan", 14, "R"),
            ("Snitt 4 v.", 12, "R"),
            ("Avvikelse", 22, "L"),
        ]
        if rows:
            rows.append(["Totalt", str(area.total), str(area.last_total), number(area.mean_total), ""])
            self.table(12, columns, rows, max_lines=2, bold_last=True)
        else:
            self.text(12, 106, "Inga granskade händelser denna vecka eller de fyra veckorna innan.", size=8.5)
        rate = weekly.per_thousand(area.total, area.population)
        mean_rate = weekly.per_thousand(area.mean_total, area.population)
        if rate is None:
            rate_text = "Invånarantal saknas för området, så ingen takt per 1 000 invånare."
        else:
            rate_text = (
                f"{number(rate)} händelser per 1 000 invånare denna vecka (snitt 4 v.: {number(mean_rate)}), "
                f"{integer(area.population or 0)} invånare."
            )
        pdf.set_y(pdf.get_y() + 1)
        self.text(12, 106, rate_text, size=8, line=3.8)
        notes = "Avvikelse: ovanligt många (▲) eller få (▼) jämfört med snittet, se sista sidan."
        if any(area.table["sensitive"]):
            notes += " * Känslig kategori: bara antal på områdesnivå."
        self.text(12, 106, notes, size=6.8, line=3.2, colour=MUTED)
        left_end = pdf.get_y()

        # Right column: map and trend.
        x, width = 122.0, 76.0
        pdf.set_y(top)
        self.heading(x, width, "Karta, generaliserade platser", size=9, gap=0.5)
        y = pdf.get_y()
        others = [g for name, g in data.other_geometries.items() if name != area.name]
        located = area.total - area.without_point
        self.image(
            area_map(area.geometry, others, area.points, size_mm=width),
            x,
            y,
            width,
            width,
            alt=point_map_alt(area.name, area.points, located, area.without_point),
        )
        pdf.set_draw_color(*RULE)
        pdf.rect(x, y, width, width)
        pdf.set_y(y + width + 0.8)
        caption = (
            f"{plural(len(area.points), 'plats', 'platser')} för {plural(located, 'händelse', 'händelser')}; "
            + CONTEXT_CAPTION[0].lower()
            + CONTEXT_CAPTION[1:]
        )
        if area.without_point:
            caption += (
                f" {plural(area.without_point, 'händelse', 'händelser')} utan punkt "
                "visas bara på områdesnivå."
            )
        self.text(x, width, caption, size=6.5, line=3, colour=MUTED, max_lines=3)
        pdf.set_y(pdf.get_y() + 1.5)
        self.heading(x, width, f"Totalt per vecka, {TREND_WEEKS} veckor", size=9, gap=0.3)
        y = pdf.get_y()
        trend_size = (width, 30.0)
        self.image(
            trend_chart(list(area.trend.index), list(area.trend.values), data.week, trend_size),
            x,
            y,
            *trend_size,
            alt=trend_alt(list(area.trend.index), list(area.trend.values), data.week),
        )
        right_end = y + trend_size[1]

        # Bottom: kommande händelser and insatser side by side, reserved first; notable incidents above.
        start, end = week_range(data.week)
        upcoming_title = (
            f"Kommande händelser ({day_text(end + dt.timedelta(days=1))} – "
            f"{day_text(end + dt.timedelta(days=UPCOMING_DAYS))})"
        )
        upcoming = upcoming_items(area.upcoming) or ["Inga kända kommande händelser."]
        measures = measure_items(area.measures) or ["Inga pågående eller planerade insatser."]
        upcoming, measures = self._capped(upcoming), self._capped(measures)
        block = 8 + max(self.bullets_height(89, upcoming), self.bullets_height(89, measures))
        pdf.set_y(max(left_end, right_end) + 4)
        heading_y = pdf.get_y()
        pdf.set_y(heading_y + 7)
        heading_at = self.mark()  # the heading is drawn after the table (it names how many fitted)
        limit = self.bottom - block - 3
        if area.notable.empty:
            self.text(12, 186, "Inga händelser att lista denna vecka.", size=8.5)
            shown = 0
        else:
            rows = [
                [
                    day_text(as_date(n.date)),
                    f"{clean(n.category_label)} ({clean(n.sources)})",
                    clean(n.place),
                    clean(n.description) or "–",
                ]
                for n in area.notable.itertuples(index=False)
            ]
            columns = [
                ("Dag", 19, "L"),
                ("Kategori (källor)", 44, "L"),
                ("Plats", 40, "L"),
                ("Beskrivning", 83, "L"),
            ]
            shown = self.table(12, columns, rows, max_lines=2, bottom=limit)
        end_y = pdf.get_y()
        pdf.set_y(heading_y)
        self.heading(12, 186, f"Utvalda händelser ({shown} av {area.listed_total})", at=heading_at)
        pdf.set_y(end_y + 2)
        y = pdf.get_y()
        self.heading(12, 89, upcoming_title, size=9, gap=0.5)
        self.bullets(12, 89, upcoming)
        left = pdf.get_y()
        pdf.set_y(y)
        self.heading(109, 89, "Insatser (pågående och planerade)", size=9, gap=0.5)
        self.bullets(109, 89, measures)
        pdf.set_y(max(left, pdf.get_y()))

    @staticmethod
    def _capped(items: list[str]) -> list[str]:
        if len(items) <= MAX_LIST_ITEMS:
            return items
        return [*items[: MAX_LIST_ITEMS - 1], f"… och {len(items) - MAX_LIST_ITEMS + 1} till."]

    def closing(self) -> None:
        data, pdf = self.data, self.pdf
        pdf.add_page()
        pdf.set_y(12)
        self.text(12, 186, "Källor och fullständighet", size=16, style="B", line=8, role="H1")
        pdf.set_y(pdf.get_y() + 2)
        self.text(
            12,
            186,
            "Siffrorna bygger på granskade rapporter; en händelse som rapporterats av flera källor räknas en "
            "gång.",
            size=9.5,
            style="B",
        )
        review = data.review
        self.text(
            12,
            186,
            f"Denna vecka kom {plural(review['received'], 'rapport', 'rapporter')} in. {review['reviewed']} "
            "är granskade, varav "
            f"{review['reviewed_duplicates']} var samma händelse som en annan källa redan rapporterat; "
            f"{review['waiting']} väntar på granskning och ingår inte i siffrorna.",
            size=9,
        )
        pdf.set_y(pdf.get_y() + 4)
        self.heading(12, 186, "Organisationer som rapporterat denna vecka")
        if data.reporting.empty:
            self.text(12, 186, "Ingen organisation har rapporterat denna vecka.", size=9)
        else:
            rows = [
                [free_text(r.organisation), SOURCE_NAMES.get(r.source, r.source), str(int(r.count))]
                for r in data.reporting.itertuples(index=False)
            ]
            shown = self.table(
                12,
                [("Organisation", 110, "L"), ("Källa", 40, "L"), ("Rapporter", 36, "R")],
                rows,
                size=8.3,
                line=3.8,
                max_lines=1,
                bottom=150,
            )
            if shown < len(rows):
                self.text(12, 186, f"… och {len(rows) - shown} organisationer till.", size=8)
        pdf.set_y(pdf.get_y() + 4)
        self.heading(
            12, 186, f"Har rapporterat under de {SOURCE_WEEKS} föregående veckorna men inte denna vecka"
        )
        if data.silent.empty:
            self.text(
                12,
                186,
                f"Alla som rapporterat under de {SOURCE_WEEKS} föregående veckorna har rapporterat "
                "även denna vecka.",
                size=9,
            )
        else:
            rows = [
                [free_text(r.organisation), SOURCE_NAMES.get(r.source, r.source), str(r.last_week)]
                for r in data.silent.itertuples(index=False)
            ]
            shown = self.table(
                12,
                [("Organisation", 110, "L"), ("Källa", 40, "L"), ("Senast (vecka)", 36, "L")],
                rows,
                size=8.3,
                line=3.8,
                max_lines=1,
                bottom=225,
            )
            if shown < len(rows):
                self.text(12, 186, f"… och {len(rows) - shown} organisationer till.", size=8)
            self.text(
                12,
                186,
                "Saknas en källa kan veckans siffror vara för låga i dess områden.",
                size=8,
                colour=MUTED,
            )
        pdf.set_y(pdf.get_y() + 6)
        self.heading(12, 186, "Så läses ökning och minskning", size=9.5, gap=0.5)
        self.text(
            12,
            186,
            "Procent säger lite om små tal: 2 → 4 händelser är +100 % men kan vara slumpen. Veckans antal "
            "jämförs "
            "därför med snittet för de fyra veckorna innan med en z-poäng för räknedata, z = 2·(√antal − "
            "√snitt). "
            "Ökning (▲) markeras när z ≥ 2 och antalet är minst 3, minskning (▼) när z ≤ −2; det händer "
            "ungefär "
            "en vecka av tjugo av en slump i varje ruta.",
            size=8.3,
            line=3.9,
            max_lines=6,
        )
        pdf.set_y(pdf.get_y() + 2)
        self.text(
            12,
            186,
            "Framställd med Lägesbild, öppen källkod för EST-arbetet (Effektiv samordning för trygghet).",
            size=7.5,
            colour=MUTED,
        )


def render(data: WeeklyData, out: Path) -> None:
    """Write the PDF for already collected data."""
    writer = _WeeklyWriter(data)
    writer.cover()
    for area in data.areas:
        writer.area_page(area)
    writer.closing()
    writer.output(out)


def write_weekly_report(engine: Engine, week: str, out: Path, areas: list[str] | None = None) -> WeeklyData:
    """The week's lägesbild as a PDF at `out`: cover, one page per area, sources and completeness.
    Returns what it showed (the caller tells the user when the week is incomplete)."""
    data = collect_weekly(engine, week, areas)
    render(data, Path(out))
    return data
