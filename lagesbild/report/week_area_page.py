"""One page per area of the weekly report: status, counts by category against last week and the 4-week
mean, rate per 1,000 inhabitants, map of generalised locations, 12-week trend, notable incidents,
kommande händelser and insatser."""

from __future__ import annotations

import datetime as dt

from lagesbild import weekly
from lagesbild.context import CAPTION as CONTEXT_CAPTION
from lagesbild.report.alt_text import point_map_alt, trend_alt
from lagesbild.report.charts import area_map, trend_chart
from lagesbild.report.items import measure_items, upcoming_items
from lagesbild.report.layout import MUTED, RULE, Writer, as_date, clean
from lagesbild.report.week_data import TREND_WEEKS, UPCOMING_DAYS, AreaWeek, WeeklyData
from lagesbild.swedish import day_text, integer, kommun_name, number, plural
from lagesbild.vocabulary import Flag
from lagesbild.weeks import human_week, week_range

MAX_CATEGORY_ROWS = 14
MAX_LIST_ITEMS = 4
FLAG_TEXT: dict[str, str] = {Flag.RISE: "ökning ▲", Flag.FALL: "minskning ▼"}


class WeeklyAreaPage(Writer):
    """The page of one area; mixed into the weekly report's writer (`week._WeeklyWriter`)."""

    data: WeeklyData

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
