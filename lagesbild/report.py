"""The weekly lägesbild as a PDF that can be shared: A4, Swedish, fonts embedded, no personal data.

Page structure: a cover (kommun, week, areas, overview, how the data were protected), one page per
area (status, counts by category against last week and the 4-week mean, rate per 1,000 inhabitants,
map of generalised locations, 12-week trend, notable incidents, kommande händelser, insatser) and a
closing page on sources and data completeness.

Privacy: incidents come only from the shared layer (`shared.shared_incidents`: reviewed, counted once,
redacted, generalised) and from aggregate queries with `reviewed_only=True`. Sensitive categories appear
only as counts per area, never as listed incidents. Free text that does not pass the ingest redaction
(status comments and who decided, insatser, kommande händelser, reporting units' names) is redacted
here. All text is written as plain text (no markup), so `<script>` or `=cmd|` in a description is
printed as written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import matplotlib
import pandas as pd
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from PIL import Image
from shapely.geometry.base import BaseGeometry
from sqlalchemy import Engine

from lagesbild import queries, settings, weekly
from lagesbild.redact import redact
from lagesbild.report_charts import area_map, trend_chart
from lagesbild.shared import shared_incidents
from lagesbild.weeks import TZ, human_week, parse_week, previous_weeks, week_range

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT = "DejaVu"
TREND_WEEKS = 12
SOURCE_WEEKS = 8
UPCOMING_DAYS = 14
MAX_NOTABLE = 8
MAX_CATEGORY_ROWS = 14
MAX_LIST_ITEMS = 4
MONTHS = ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"]
MONTHS_LONG = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]  # fmt: skip
WEEKDAYS = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
STATUS_RGB = {"grön": (56, 142, 60), "gul": (232, 170, 0), "röd": (198, 40, 40)}
INK, MUTED, RULE, SHADE = (34, 34, 34), (110, 110, 110), (210, 210, 210), (240, 243, 246)
SOURCE_NAMES = {"kommun": "kommun", "polis": "polis", "bostadsbolag": "bostadsbolag"}
FLAG_TEXT = {"ökning": "ökning ▲", "minskning": "minskning ▼"}
_SWEDISH_ORDER = str.maketrans("åäö", "{|}")  # å, ä, ö sort after z, in that order
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --------------------------------------------------------------------------- data


@dataclass
class AreaWeek:
    """Everything one area page shows, already safe to share."""

    name: str
    kommun: str
    population: int | None
    geometry: BaseGeometry
    table: pd.DataFrame  # label, sensitive, count, last_week, mean_4w, flag
    total: int
    last_total: int
    mean_total: float
    status: str
    decided: bool
    status_text: str
    status_note: str
    points: pd.DataFrame  # east, north, count
    without_point: int
    trend: pd.Series  # total per week, TREND_WEEKS weeks ending with the report week
    notable: pd.DataFrame  # date, label, sources, place, description
    listed_total: int
    upcoming: pd.DataFrame  # event_date, title, description, organisation
    measures: pd.DataFrame  # title, category_label, status, start_date, end_date, responsible


@dataclass
class WeeklyData:
    week: str
    kommun: str
    produced: dt.datetime
    grid_m: int
    areas: list[AreaWeek]
    other_geometries: dict[str, BaseGeometry]
    kommun_upcoming: pd.DataFrame
    reporting: pd.DataFrame  # organisation, source, count (this week)
    silent: pd.DataFrame  # organisation, source, last_week
    review: dict[str, int]
    sensitive_labels: list[str]
    notes: list[str] = field(default_factory=list)


def _clean(value: object) -> str:
    """Plain one-line text: no control characters, whitespace collapsed; None/NaN become ''."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def _free(value: object) -> str:
    """Dashboard free text that did not pass the ingest redaction: redact it before it is shared."""
    return _clean(redact(_clean(value)) or "")


def _swedish_key(name: str) -> str:
    return name.lower().translate(_SWEDISH_ORDER)


def _select_areas(engine: Engine, areas: list[str] | None) -> pd.DataFrame:
    frame = queries.areas_frame(engine)
    if areas:
        unknown = [a for a in areas if a not in set(frame["name"])]
        if unknown:
            known = ", ".join(sorted(frame["name"], key=_swedish_key)) or "inga"
            raise ValueError(f"Okänt område: {', '.join(unknown)}. Områden i databasen: {known}")
        order = {name: k for k, name in enumerate(dict.fromkeys(areas))}
        frame = frame[frame["name"].isin(order)].copy()
        frame["_order"] = frame["name"].map(order)
    else:
        frame = frame.copy()
        frame["_order"] = frame["name"].map(_swedish_key)
    return frame.sort_values("_order").drop(columns="_order").reset_index(drop=True)


def _status(name: str, decided: pd.DataFrame, suggested: pd.DataFrame) -> tuple[str, bool, str, str]:
    row = suggested[suggested["area"] == name].iloc[0]
    reason = f"Underlag: {row['reason']}."
    mine = decided[decided["area"] == name]
    if not mine.empty:
        first = mine.iloc[0]
        status = str(first["status"])
        who = _free(first["decided_by"])
        when = pd.Timestamp(first["decided_at"]).tz_convert(TZ)
        text = f"Status: {status} – beslutad {when.day} {MONTHS[when.month - 1]} {when.year}" + (
            f" av {who}" if who else ""
        )
        comment = _free(first["comment"])
        note = (f"Kommentar: {comment}  " if comment else "") + reason
        return status, True, text, note
    status = str(row["status"])
    return status, False, f"Status: {status} – förslag (ej beslutat)", reason


def _notable(part: pd.DataFrame, sensitive: set[str], flagged: set[str]) -> pd.DataFrame:
    """Up to MAX_NOTABLE non-sensitive incidents: serious first, then flagged categories, several sources."""
    listed = part[~part["category"].isin(sensitive)].copy()
    listed["rank"] = (
        listed["category"].isin(weekly.SERIOUS).astype(int) * 4
        + listed["category"].isin(flagged).astype(int) * 2
        + listed["sources"].astype(str).str.contains(",").astype(int)
    )
    listed = listed.sort_values(["rank", "date"], ascending=[False, False]).head(MAX_NOTABLE)
    return listed.sort_values("date").reset_index(drop=True)


def collect_weekly(engine: Engine, week: str, areas: list[str] | None = None) -> WeeklyData:
    """Gather the week's shareable content: shared layer and reviewed-only aggregates."""
    parse_week(week)
    start, end = week_range(week)
    grid_m = settings.get_int("grid_m")
    every_area = queries.areas_frame(engine)
    chosen = _select_areas(engine, areas)
    names = list(chosen["name"])
    labels = queries.category_labels(engine)
    label_of = dict(zip(labels["code"], labels["label"], strict=True))
    sensitive = set(labels.loc[labels["sensitive"].astype(bool), "code"])
    order = {code: k for k, code in enumerate(labels["code"])}

    previous = previous_weeks(week, 4)
    counts = queries.week_counts(engine, [*previous, week], areas=names or None, reviewed_only=True)
    table = weekly.area_category_table(counts, week, previous)
    suggested = weekly.suggested_status(table, names, label_of)
    decided = queries.area_statuses(engine, week).drop_duplicates("area", keep="first")
    trend_weeks = [*previous_weeks(week, TREND_WEEKS - 1), week]
    series = queries.weekly_series(engine, trend_weeks[0], week, areas=names or None, reviewed_only=True)
    trend = series.groupby(["area", "iso_week"])["count"].sum() if not series.empty else pd.Series(dtype=int)
    shared = shared_incidents(engine, start, end, areas=names or None, grid_m=grid_m)
    upcoming = queries.upcoming(engine, end + dt.timedelta(days=1), end + dt.timedelta(days=UPCOMING_DAYS),
                                areas=names or None)  # fmt: skip
    active = queries.measures(engine, areas=names or None, active_on=start)

    pages: list[AreaWeek] = []
    for area in chosen.itertuples(index=False):
        name = str(area.name)
        part = table[table["area"] == name].copy()
        part = part[(part["count"] > 0) | (part["last_week"] > 0) | (part["mean_4w"] > 0)]
        part["label"] = part["category"].map(lambda code: label_of.get(code, code))
        part["sensitive"] = part["category"].isin(sensitive)
        part["order"] = part["category"].map(lambda code: order.get(code, 999))
        part = part.sort_values(["count", "mean_4w", "order"], ascending=[False, False, True])
        flagged = set(part.loc[part["flag"] == "ökning", "category"])
        status, is_decided, status_text, status_note = _status(name, decided, suggested)
        incidents = shared[shared["area"] == name]
        located = incidents[incidents["east"].notna() & incidents["north"].notna()]
        points = (
            located.groupby(["east", "north"]).size().rename("count").reset_index()
            if not located.empty
            else pd.DataFrame(columns=["east", "north", "count"])
        )
        per_week = trend.loc[name] if name in trend.index.get_level_values(0) else pd.Series(dtype=int)
        pages.append(
            AreaWeek(
                name=name, kommun=str(area.kommun),
                population=int(area.population) if pd.notna(area.population) else None,
                geometry=area.geometry, table=part[["label", "sensitive", "count", "last_week", "mean_4w", "flag"]],
                total=int(part["count"].sum()), last_total=int(part["last_week"].sum()),
                mean_total=float(part["mean_4w"].sum()), status=status, decided=is_decided,
                status_text=status_text, status_note=status_note, points=points,
                without_point=len(incidents) - len(located),
                trend=per_week.reindex(trend_weeks, fill_value=0).astype(int),
                notable=_notable(incidents, sensitive, flagged),
                listed_total=int((~incidents["category"].isin(sensitive)).sum()),
                upcoming=upcoming[upcoming["area"] == name], measures=active[active["area"] == name],
            )
        )  # fmt: skip

    source_weeks = previous_weeks(week, SOURCE_WEEKS)
    orgs = queries.reporting_organisations(engine, [*source_weeks, week])
    now = orgs[orgs["iso_week"] == week].groupby(["organisation", "source"], as_index=False)["count"].sum()
    before = (
        orgs[orgs["iso_week"] != week].groupby(["organisation", "source"], as_index=False)["iso_week"].max()
    )
    silent = before.merge(now[["organisation", "source"]], how="left", indicator=True)
    silent = silent[silent["_merge"] == "left_only"].rename(columns={"iso_week": "last_week"})
    review = queries.review_counts(engine, week, areas=names if areas else None)
    review_totals = {
        "received": int(review["reports"].sum()),
        "duplicates": int(review["duplicates"].sum()),
        "reviewed": int(review.loc[review["review_status"] == "granskad", "reports"].sum()),
        "reviewed_duplicates": int(review.loc[review["review_status"] == "granskad", "duplicates"].sum()),
    }
    review_totals["waiting"] = int(review.loc[review["review_status"] == "inkommen", "reports"].sum())
    return WeeklyData(
        week=week,
        kommun=_clean(settings.get("kommun")),
        produced=dt.datetime.now(TZ),
        grid_m=grid_m,
        areas=pages,
        other_geometries=dict(zip(every_area["name"], every_area.geometry, strict=True)),
        kommun_upcoming=upcoming[upcoming["area"].isna()],
        reporting=now.sort_values(["source", "organisation"]).reset_index(drop=True),
        silent=silent[["organisation", "source", "last_week"]].sort_values(["source", "organisation"]),
        review=review_totals,
        sensitive_labels=[label_of[c] for c in labels["code"] if c in sensitive],
    )


# --------------------------------------------------------------------------- formatting


def _dec(value: float | None, decimals: int = 1) -> str:
    if value is None or pd.isna(value):
        return "–"
    # Half up, as people round (a 4-week mean is often x,25 or x,75).
    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return f"{rounded:.{decimals}f}".replace(".", ",").replace("-", "−")


def _int(value: int) -> str:
    return f"{int(value):,}".replace(",", "\u00a0")


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _day(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def _date(day: object) -> dt.date:
    return pd.Timestamp(day).date()


# --------------------------------------------------------------------------- PDF


class _Pdf(FPDF):
    footer_text = ""

    def footer(self) -> None:
        self.set_y(-10)
        self.set_font(FONT, "", 6.5)
        self.set_text_color(*MUTED)
        self.cell(0, 4, f"{self.footer_text}  ·  sida {self.page_no()} av {{nb}}", align="C")
        self.set_text_color(*INK)


class _Writer:
    """Layout helpers on top of fpdf2; every page is laid out by hand and never breaks on its own."""

    def __init__(self, data: WeeklyData) -> None:
        self.data = data
        pdf = _Pdf(orientation="P", unit="mm", format="A4")
        pdf.footer_text = (
            f"Lägesbild {data.kommun} · {human_week(data.week)} · delad version utan personuppgifter"
        )
        for style, file in (
            ("", "DejaVuSans.ttf"),
            ("B", "DejaVuSans-Bold.ttf"),
            ("I", "DejaVuSans-Oblique.ttf"),
        ):
            pdf.add_font(FONT, style, str(FONT_DIR / file))
        pdf.set_margins(12, 12, 12)
        pdf.set_auto_page_break(False)
        pdf.set_title(f"Lägesbild {human_week(data.week)}")
        pdf.set_author(data.kommun)
        pdf.set_creator("Lägesbild (öppen källkod)")
        pdf.set_lang("sv")
        pdf.alias_nb_pages()
        pdf.set_text_color(*INK)
        self.pdf = pdf
        self.bottom = pdf.h - 14

    # text -------------------------------------------------------------------
    def font(self, size: float, style: str = "") -> None:
        self.pdf.set_font(FONT, style, size)

    def lines(self, width: float, text: str, max_lines: int | None = None) -> list[str]:
        """The lines `text` wraps to in `width` (current font), cut to max_lines with an ellipsis."""
        found = self.pdf.multi_cell(width, 4, text or " ", dry_run=True, output=MethodReturnValue.LINES)
        wrapped = [str(line) for line in found] or [""]  # type: ignore[union-attr]
        if max_lines is not None and len(wrapped) > max_lines:
            wrapped = wrapped[:max_lines]
            last = wrapped[-1].rstrip()
            while last and self.pdf.get_string_width(last + " …") > width - 2 * self.pdf.c_margin:
                last = last[:-1].rstrip()
            wrapped[-1] = last + " …"
        return wrapped

    def text(self, x: float, width: float, text: str, size: float = 8.5, style: str = "", line: float = 4.2,
             max_lines: int | None = None, colour: tuple[int, int, int] = INK) -> float:  # fmt: skip
        """A wrapped paragraph at the current y; returns the new y."""
        self.font(size, style)
        wrapped = self.lines(width, text, max_lines)
        self.pdf.set_text_color(*colour)
        self.pdf.set_x(x)
        self.pdf.multi_cell(width, line, "\n".join(wrapped), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.set_text_color(*INK)
        return self.pdf.get_y()

    def heading(self, x: float, width: float, text: str, size: float = 10.5, gap: float = 1.5) -> None:
        self.font(size, "B")
        self.pdf.set_x(x)
        self.pdf.cell(width, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.set_y(self.pdf.get_y() + gap)

    def table(
        self,
        x: float,
        columns: Sequence[tuple[str, float, str]],
        rows: list[list[str]],
        size: float = 7.8,
        line: float = 3.5,
        max_lines: int = 2,
        bottom: float | None = None,
        bold_last: bool = False,
    ) -> int:
        """A ruled table at the current y with a shaded header; stops before `bottom`. Returns rows drawn."""
        pdf = self.pdf
        bottom = bottom if bottom is not None else self.bottom
        width = sum(w for _, w, _ in columns)
        y = pdf.get_y()
        self.font(size, "B")
        header = [self.lines(w, h, 2) for h, w, _ in columns]
        height = max(len(h) for h in header) * line + 1.6
        pdf.set_fill_color(*SHADE)
        pdf.rect(x, y, width, height, style="F")
        self._row(x, y, columns, header, line)
        y += height
        drawn = 0
        for k, row in enumerate(rows):
            last = bold_last and k == len(rows) - 1
            self.font(size, "B" if last else "")
            cells = [self.lines(w, text, max_lines) for (_, w, _), text in zip(columns, row, strict=True)]
            height = max(len(c) for c in cells) * line + 1.6
            if y + height > bottom:
                break
            self._row(x, y, columns, cells, line)
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.2)
            pdf.line(x, y + height, x + width, y + height)
            y += height
            drawn += 1
        pdf.set_y(y + 1)
        return drawn

    def _row(self, x: float, y: float, columns: Sequence[tuple[str, float, str]], cells: list[list[str]],
             line: float) -> None:  # fmt: skip
        offset = x
        for (_, w, align), text in zip(columns, cells, strict=True):
            self.pdf.set_xy(offset, y + 0.8)
            self.pdf.multi_cell(w, line, "\n".join(text), align=align, new_x=XPos.RIGHT, new_y=YPos.TOP)
            offset += w

    def bullets(self, x: float, width: float, items: list[str], size: float = 7.8, line: float = 3.6,
                max_lines: int = 2, bottom: float | None = None) -> int:  # fmt: skip
        """A bullet list at the current y; returns how many items fitted above `bottom`."""
        bottom = bottom if bottom is not None else self.bottom
        drawn = 0
        for item in items:
            self.font(size)
            wrapped = self.lines(width - 3.5, item, max_lines)
            if self.pdf.get_y() + len(wrapped) * line > bottom:
                break
            y = self.pdf.get_y()
            self.pdf.set_xy(x, y)
            self.pdf.cell(3.5, line, "•")
            self.pdf.set_xy(x + 3.5, y)
            self.pdf.multi_cell(width - 3.5, line, "\n".join(wrapped), align="L", new_x=XPos.LMARGIN,
                                new_y=YPos.NEXT)  # fmt: skip
            self.pdf.set_y(self.pdf.get_y() + 0.6)
            drawn += 1
        return drawn

    def bullets_height(self, width: float, items: list[str], size: float = 7.8, line: float = 3.6,
                       max_lines: int = 2) -> float:  # fmt: skip
        self.font(size)
        return sum(len(self.lines(width - 3.5, item, max_lines)) * line + 0.6 for item in items)

    def status_bar(self, x: float, width: float, status: str, title: str, note: str) -> None:
        pdf = self.pdf
        y = pdf.get_y()
        self.font(8)
        note_lines = self.lines(width - 8, note, 3)
        height = 7.5 + len(note_lines) * 3.6 + 1.5
        pdf.set_fill_color(*SHADE)
        pdf.rect(x, y, width, height, style="F")
        pdf.set_fill_color(*STATUS_RGB.get(status, MUTED))
        pdf.rect(x, y, 3.2, height, style="F")
        pdf.set_xy(x + 5, y + 1.5)
        self.font(10.5, "B")
        pdf.cell(width - 8, 5, title)
        pdf.set_xy(x + 5, y + 7)
        self.font(8)
        pdf.multi_cell(width - 8, 3.6, "\n".join(note_lines), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(y + height + 3)

    def image(self, image: Image.Image, x: float, y: float, w: float, h: float) -> None:
        self.pdf.image(image, x=x, y=y, w=w, h=h)

    # pages ------------------------------------------------------------------
    def cover(self) -> None:
        data, pdf = self.data, self.pdf
        pdf.add_page()
        pdf.set_fill_color(51, 80, 110)
        pdf.rect(0, 0, pdf.w, 9, style="F")
        pdf.set_y(20)
        self.text(12, 186, data.kommun, size=13, style="B", line=6, colour=MUTED)
        self.text(12, 186, "Lägesbild", size=28, style="B", line=12)
        self.text(12, 186, human_week(data.week).capitalize(), size=15, line=7)
        self.text(12, 186, f"ISO-vecka {data.week}", size=9, line=5, colour=MUTED)
        pdf.set_y(pdf.get_y() + 4)
        area_names = ", ".join(f"{a.name} ({a.kommun})" for a in data.areas) or "inga områden i databasen"
        produced = data.produced
        self.text(12, 186, f"Områden: {area_names}", size=9.5)
        self.text(
            12, 186,
            f"Framställd {produced.day} {MONTHS_LONG[produced.month - 1]} {produced.year} "
            f"kl. {produced:%H.%M} ur granskade rapporter.",
            size=9.5,
        )  # fmt: skip
        pdf.set_y(pdf.get_y() + 5)
        self.heading(12, 186, "Översikt")
        if data.areas:
            rows = [
                [
                    a.name,
                    a.status + ("" if a.decided else " (förslag)"),
                    str(a.total),
                    str(a.last_total),
                    _dec(a.mean_total),
                    _dec(weekly.per_thousand(a.total, a.population)),
                ]
                for a in data.areas
            ]
            columns = [("Område", 52, "L"), ("Status", 34, "L"), ("Denna vecka", 24, "R"),
                       ("Förra veckan", 24, "R"), ("Snitt 4 v.", 24, "R"), ("Per 1 000 inv.", 28, "R")]  # fmt: skip
            shown = self.table(12, columns, rows, size=8.5, line=4, bottom=170)
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
            self.bullets(12, 186, self._upcoming_items(data.kommun_upcoming), bottom=150)
        pdf.set_y(pdf.get_y() + 8)
        self.heading(12, 186, "Så har uppgifterna skyddats")
        sensitive = ", ".join(data.sensitive_labels) or "inga"
        review = data.review
        rules = [
            "Bara granskade rapporter ingår: en samordnare har läst varje rapport innan den kommer med. "
            f"Denna vecka väntar {review['waiting']} av {review['received']} inkomna rapporter på granskning "
            "och ingår inte.",
            "En händelse som rapporterats av flera källor (t.ex. polis och bostadsbolag) räknas en gång.",
            f"Platser är generaliserade: närmaste offentliga plats eller mitten av en ruta på {data.grid_m} × "
            f"{data.grid_m} m, alltid inom händelsens eget område. Adresser och fastighetsbeteckningar visas aldrig.",
            f"Känsliga kategorier ({sensitive}) visas bara som antal per område, utan plats och utan fritext.",
            "Fritext är rensad från personuppgifter (namn, personnummer, telefonnummer, e-post, "
            "registreringsnummer, husnummer, diarienummer).",
        ]
        self.bullets(12, 186, rules, size=8.3, line=3.9, max_lines=3)
        pdf.set_y(pdf.get_y() + 2)
        self.heading(12, 186, "Hur statusförslaget tas fram", size=9.5, gap=0.5)
        self.text(12, 186, weekly.STATUS_RULES, size=8.3, line=3.9, max_lines=5)

    def area_page(self, area: AreaWeek) -> None:
        data, pdf = self.data, self.pdf
        pdf.add_page()
        pdf.set_y(11)
        self.text(12, 186, area.name, size=18, style="B", line=8)
        self.text(12, 186, f"Lägesbild {human_week(data.week)} · {data.week} · {area.kommun} kommun",
                  size=9, line=4.5, colour=MUTED)  # fmt: skip
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
                _dec(row.mean_4w),
                FLAG_TEXT.get(str(row.flag), ""),
            ]
            for row in area.table.itertuples(index=False)
        ]
        if len(rows) > MAX_CATEGORY_ROWS:
            rest = area.table.iloc[MAX_CATEGORY_ROWS - 1 :]
            rows = rows[: MAX_CATEGORY_ROWS - 1] + [
                [f"Övriga {len(rest)} kategorier", str(int(rest["count"].sum())), str(int(rest["last_week"].sum())),
                 _dec(rest["mean_4w"].sum()), ""]
            ]  # fmt: skip
        columns = [("Kategori", 44, "L"), ("Denna vecka", 14, "R"), ("Förra veckan", 14, "R"),
                   ("Snitt 4 v.", 12, "R"), ("Avvikelse", 22, "L")]  # fmt: skip
        if rows:
            rows.append(["Totalt", str(area.total), str(area.last_total), _dec(area.mean_total), ""])
            self.table(12, columns, rows, max_lines=2, bold_last=True)
        else:
            self.text(12, 106, "Inga granskade händelser denna vecka eller de fyra veckorna innan.", size=8.5)
        rate = weekly.per_thousand(area.total, area.population)
        mean_rate = weekly.per_thousand(area.mean_total, area.population)
        if rate is None:
            rate_text = "Invånarantal saknas för området, så ingen takt per 1 000 invånare."
        else:
            rate_text = (
                f"{_dec(rate)} händelser per 1 000 invånare denna vecka (snitt 4 v.: {_dec(mean_rate)}), "
                f"{_int(area.population or 0)} invånare."
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
        self.image(area_map(area.geometry, others, area.points, size_mm=width), x, y, width, width)
        pdf.set_draw_color(*RULE)
        pdf.rect(x, y, width, width)
        pdf.set_y(y + width + 0.8)
        located = area.total - area.without_point
        caption = f"{_n(len(area.points), 'plats', 'platser')} för {_n(located, 'händelse', 'händelser')}; ingen bakgrundskarta."
        if area.without_point:
            caption += (
                f" {_n(area.without_point, 'händelse', 'händelser')} utan punkt visas bara på områdesnivå."
            )
        self.text(x, width, caption, size=6.5, line=3, colour=MUTED, max_lines=3)
        pdf.set_y(pdf.get_y() + 1.5)
        self.heading(x, width, f"Totalt per vecka, {TREND_WEEKS} veckor", size=9, gap=0.3)
        y = pdf.get_y()
        trend_size = (width, 30.0)
        self.image(trend_chart(list(area.trend.index), list(area.trend.values), data.week, trend_size),
                   x, y, *trend_size)  # fmt: skip
        right_end = y + trend_size[1]

        # Bottom: kommande händelser and insatser side by side, reserved first; notable incidents above.
        start, end = week_range(data.week)
        upcoming_title = f"Kommande händelser ({_day(end + dt.timedelta(days=1))} – {_day(end + dt.timedelta(days=UPCOMING_DAYS))})"
        upcoming = self._upcoming_items(area.upcoming) or ["Inga kända kommande händelser."]
        measures = self._measure_items(area.measures) or ["Inga pågående eller planerade insatser."]
        upcoming, measures = self._capped(upcoming), self._capped(measures)
        block = 8 + max(self.bullets_height(89, upcoming), self.bullets_height(89, measures))
        pdf.set_y(max(left_end, right_end) + 4)
        heading_y = pdf.get_y()
        pdf.set_y(heading_y + 7)
        limit = self.bottom - block - 3
        if area.notable.empty:
            self.text(12, 186, "Inga händelser att lista denna vecka.", size=8.5)
            shown = 0
        else:
            rows = [
                [
                    _day(_date(n.date)),
                    f"{_clean(n.category_label)} ({_clean(n.sources)})",
                    _clean(n.place),
                    _clean(n.description) or "–",
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
        self.heading(12, 186, f"Utvalda händelser ({shown} av {area.listed_total})")
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

    @staticmethod
    def _upcoming_items(frame: pd.DataFrame) -> list[str]:
        items = []
        for e in frame.itertuples(index=False):
            text = f"{_day(_date(e.event_date))}: {_free(e.title)}"
            description, organisation = _free(e.description), _free(e.organisation)
            if description:
                text += f" – {description}"
            if organisation:
                text += f" ({organisation})"
            items.append(text)
        return items

    @staticmethod
    def _measure_items(frame: pd.DataFrame) -> list[str]:
        items = []
        for m in frame.itertuples(index=False):
            text = _free(m.title)
            if isinstance(m.category_label, str):
                text += f" ({m.category_label})"
            start = _date(m.start_date)
            text += f" · {m.status}" + (" från " if m.status == "planerad" else " sedan ") + _day(start)
            if m.end_date is not None and not pd.isna(m.end_date):
                text += f" till {_day(_date(m.end_date))}"
            responsible = _free(m.responsible)
            if responsible:
                text += f" · ansvarig: {responsible}"
            items.append(text)
        return items

    def closing(self) -> None:
        data, pdf = self.data, self.pdf
        pdf.add_page()
        pdf.set_y(12)
        self.text(12, 186, "Källor och fullständighet", size=16, style="B", line=8)
        pdf.set_y(pdf.get_y() + 2)
        self.text(
            12, 186,
            "Siffrorna bygger på granskade rapporter; en händelse som rapporterats av flera källor räknas en gång.",
            size=9.5, style="B",
        )  # fmt: skip
        review = data.review
        self.text(
            12, 186,
            f"Denna vecka kom {review['received']} rapporter in. {review['reviewed']} är granskade, varav "
            f"{review['reviewed_duplicates']} var samma händelse som en annan källa redan rapporterat; "
            f"{review['waiting']} väntar på granskning och ingår inte i siffrorna.",
            size=9,
        )  # fmt: skip
        pdf.set_y(pdf.get_y() + 4)
        self.heading(12, 186, "Organisationer som rapporterat denna vecka")
        if data.reporting.empty:
            self.text(12, 186, "Ingen organisation har rapporterat denna vecka.", size=9)
        else:
            rows = [[_free(r.organisation), SOURCE_NAMES.get(r.source, r.source), str(int(r.count))]
                    for r in data.reporting.itertuples(index=False)]  # fmt: skip
            shown = self.table(12, [("Organisation", 110, "L"), ("Källa", 40, "L"), ("Rapporter", 36, "R")],
                               rows, size=8.3, line=3.8, max_lines=1, bottom=150)  # fmt: skip
            if shown < len(rows):
                self.text(12, 186, f"… och {len(rows) - shown} organisationer till.", size=8)
        pdf.set_y(pdf.get_y() + 4)
        self.heading(
            12, 186, f"Har rapporterat under de {SOURCE_WEEKS} föregående veckorna men inte denna vecka"
        )
        if data.silent.empty:
            self.text(12, 186, f"Alla som rapporterat under de {SOURCE_WEEKS} föregående veckorna har rapporterat "
                               "även denna vecka.", size=9)  # fmt: skip
        else:
            rows = [[_free(r.organisation), SOURCE_NAMES.get(r.source, r.source), str(r.last_week)]
                    for r in data.silent.itertuples(index=False)]  # fmt: skip
            shown = self.table(12, [("Organisation", 110, "L"), ("Källa", 40, "L"), ("Senast (vecka)", 36, "L")],
                               rows, size=8.3, line=3.8, max_lines=1, bottom=225)  # fmt: skip
            if shown < len(rows):
                self.text(12, 186, f"… och {len(rows) - shown} organisationer till.", size=8)
            self.text(12, 186, "Saknas en källa kan veckans siffror vara för låga i dess områden.", size=8,
                      colour=MUTED)  # fmt: skip
        pdf.set_y(pdf.get_y() + 6)
        self.heading(12, 186, "Så läses ökning och minskning", size=9.5, gap=0.5)
        self.text(
            12, 186,
            "Procent säger lite om små tal: 2 → 4 händelser är +100 % men kan vara slumpen. Veckans antal jämförs "
            "därför med snittet för de fyra veckorna innan med en z-poäng för räknedata, z = 2·(√antal − √snitt). "
            "Ökning (▲) markeras när z ≥ 2 och antalet är minst 3, minskning (▼) när z ≤ −2; det händer ungefär "
            "en vecka av tjugo av en slump i varje ruta.",
            size=8.3, line=3.9, max_lines=6,
        )  # fmt: skip
        pdf.set_y(pdf.get_y() + 2)
        self.text(12, 186, "Framställd med Lägesbild, öppen källkod för EST-arbetet (Effektiv samordning för "
                           "trygghet).", size=7.5, colour=MUTED)  # fmt: skip


def render(data: WeeklyData, out: Path) -> None:
    """Write the PDF for already collected data."""
    writer = _Writer(data)
    writer.cover()
    for area in data.areas:
        writer.area_page(area)
    writer.closing()
    out.parent.mkdir(parents=True, exist_ok=True)
    writer.pdf.output(str(out))


def write_weekly_report(engine: Engine, week: str, out: Path, areas: list[str] | None = None) -> None:
    """The week's lägesbild as a PDF at `out`: cover, one page per area, sources and completeness."""
    render(collect_weekly(engine, week, areas), Path(out))
