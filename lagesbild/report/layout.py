"""Layout primitives and Swedish formatting shared by the PDF reports (weekly and period).

A4, DejaVu fonts embedded (so å, ä, ö always render), plain text only: nothing is interpreted as
markup, so `<script>` or `=cmd|` in a text is printed as written. Free text that did not pass the
ingest redaction (typed in the dashboard) goes through `free_text`, which redacts it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import matplotlib
import pandas as pd
from fpdf.enums import MethodReturnValue, XPos, YPos
from PIL import Image

from lagesbild.privacy.redaction import redact
from lagesbild.report.tagged import TH_COLUMN, TaggedPdf
from lagesbild.vocabulary import AreaStatus, Source
from lagesbild.weekly import INSUFFICIENT

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT = "DejaVu"
STATUS_RGB: dict[str, tuple[int, int, int]] = {
    AreaStatus.GREEN: (56, 142, 60),
    AreaStatus.YELLOW: (232, 170, 0),
    AreaStatus.RED: (198, 40, 40),
    INSUFFICIENT: (92, 92, 92),
}
# Text on a status chip: white where the fill is dark enough, ink on yellow.
STATUS_TEXT_RGB: dict[str, tuple[int, int, int]] = {AreaStatus.YELLOW: (34, 34, 34)}
WARNING_RGB = (230, 120, 0)
INK, MUTED, RULE, SHADE = (34, 34, 34), (110, 110, 110), (210, 210, 210), (240, 243, 246)
SOURCE_NAMES: dict[str, str] = {s: s.value for s in Source}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --------------------------------------------------------------------------- formatting


def clean(value: object) -> str:
    """Plain one-line text: no control characters, whitespace collapsed; None/NaN become ''."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def free_text(value: object) -> str:
    """Dashboard free text that did not pass the ingest redaction: redact it before it is shared."""
    return clean(redact(clean(value)) or "")


def as_date(day: object) -> dt.date:
    return pd.Timestamp(day).date()


# --------------------------------------------------------------------------- PDF


class _Pdf(TaggedPdf):
    footer_text = ""

    def footer(self) -> None:
        with self.artifact("<</Type /Pagination /Subtype /Footer>>"):
            self.set_y(-10)
            self.set_font(FONT, "", 6.5)
            self.set_text_color(*MUTED)
            self.cell(0, 4, f"{self.footer_text}  ·  sida {self.page_no()} av {{nb}}", align="C")
            self.set_text_color(*INK)


class Writer:
    """Layout primitives on top of fpdf2; every page is laid out by hand and never breaks on its own.

    The PDF is tagged (PDF/UA-1, `lagesbild.report.tagged`): every primitive adds its structure element
    (P, H1-H3, Table/TR/TH/TD, L/LI, Figure with alternative text) in the order it is called, which is
    the reading order; rules and shading are artifacts.
    """

    def __init__(self, title: str, author: str, footer: str) -> None:
        pdf = _Pdf(orientation="P", unit="mm", format="A4")
        pdf.footer_text = footer
        for style, file in (
            ("", "DejaVuSans.ttf"),
            ("B", "DejaVuSans-Bold.ttf"),
            ("I", "DejaVuSans-Oblique.ttf"),
        ):
            pdf.add_font(FONT, style, str(FONT_DIR / file))
        pdf.set_margins(12, 12, 12)
        pdf.set_auto_page_break(False)
        pdf.set_title(title)
        pdf.set_author(author)
        pdf.set_creator("Lägesbild (öppen källkod)")
        pdf.set_lang("sv")
        pdf.set_ua_metadata(title, author, "sv")
        pdf.alias_nb_pages()
        pdf.set_text_color(*INK)
        self.pdf = pdf
        self.bottom = pdf.h - 14
        self._wrap_cache: dict[tuple[object, ...], list[str]] = {}

    # text -------------------------------------------------------------------
    def font(self, size: float, style: str = "") -> None:
        self.pdf.set_font(FONT, style, size)

    def lines(self, width: float, text: str, max_lines: int | None = None) -> list[str]:
        """The lines `text` wraps to in `width` (current font), cut to max_lines with an ellipsis."""
        wrapped = self._wrap(width, text or " ", max_lines)
        if max_lines is not None and len(wrapped) > max_lines:
            wrapped = wrapped[:max_lines]
            last = wrapped[-1].rstrip()
            while last and self.pdf.get_string_width(last + " …") > width - 2 * self.pdf.c_margin:
                last = last[:-1].rstrip()
            wrapped[-1] = last + " …"
        return wrapped

    def _wrap(self, width: float, text: str, max_lines: int | None) -> list[str]:
        # fpdf2 measures each line again for every character it adds, over the whole text, and a status
        # note can name thousands of reporters (seconds per page); with max_lines only a prefix is
        # wrapped. Breaking is greedy: once a prefix wraps to more than max_lines + 2 lines, its first
        # max_lines + 1 lines are those of the whole text (each break is decided inside the prefix).
        # The first prefix: about max_lines + 3 lines at the text's own mean character width (a guess:
        # too short, and it doubles).
        size = 400
        if max_lines is not None and len(text) > size:
            sample = self.pdf.get_string_width(text[:size]) / size
            per_line = (width - 2 * self.pdf.c_margin) / sample if sample > 0 else size
            size = max(64, int(per_line * (max_lines + 3) * 1.2))
        while max_lines is not None and size < len(text):
            found = self._wrapped(width, text[:size])
            if len(found) > max_lines + 2:
                return found[: max_lines + 1]
            size *= 2
        return self._wrapped(width, text)

    def _wrapped(self, width: float, text: str) -> list[str]:
        # The same text in the same font and width wraps the same: an incomplete week's note names
        # every missing reporter on the cover and again on each area page.
        pdf = self.pdf
        key = (
            pdf.font_family, pdf.font_style, pdf.font_size_pt, pdf.char_spacing, pdf.font_stretching,
            pdf.c_margin, width, pdf.x if not width else None, text,
        )  # fmt: skip
        if key not in self._wrap_cache:
            found = pdf.multi_cell(width, 4, text, dry_run=True, output=MethodReturnValue.LINES)
            self._wrap_cache[key] = [str(line) for line in found] or [""]  # type: ignore[union-attr]
        return list(self._wrap_cache[key])

    def text(
        self,
        x: float,
        width: float,
        text: str,
        size: float = 8.5,
        style: str = "",
        line: float = 4.2,
        max_lines: int | None = None,
        colour: tuple[int, int, int] = INK,
        role: str = "P",
    ) -> float:
        """A wrapped paragraph (or a heading, `role="H1"`) at the current y; returns the new y."""
        self.font(size, style)
        wrapped = self.lines(width, text, max_lines)
        self.pdf.set_text_color(*colour)
        self.pdf.set_x(x)
        with self.pdf.leaf(role):
            self.pdf.multi_cell(
                width, line, "\n".join(wrapped), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        self.pdf.set_text_color(*INK)
        return self.pdf.get_y()

    def heading(
        self,
        x: float,
        width: float,
        text: str,
        size: float = 10.5,
        gap: float = 1.5,
        role: str = "H2",
        at: tuple[object, int] | None = None,
    ) -> None:
        """A one-line heading; `at` (from `mark()`) puts it earlier in the reading order than drawn."""
        self.font(size, "B")
        self.pdf.set_x(x)
        with self.pdf.leaf(role, at=at):
            self.pdf.cell(width, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.set_y(self.pdf.get_y() + gap)

    def mark(self) -> tuple[object, int]:
        return self.pdf.mark()

    @contextmanager
    def figure(self, alt: str) -> Iterator[None]:
        """A figure drawn with fpdf2 primitives (not an image), described by `alt`."""
        with self.pdf.leaf("Figure", alt=alt):
            yield

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
        chips: Sequence[str | None] | None = None,
        chip_column: int = 1,
        at: tuple[object, int] | None = None,
    ) -> int:
        """A ruled table at the current y with a shaded header; stops before `bottom`. Returns rows drawn.

        `chips`: per row a status (grön/gul/röd/…) drawn as a coloured chip behind the text of
        `chip_column`; the text stays, so the status never depends on colour alone.
        `at` (from `mark()`) puts the table there in the reading order (a table of contents filled in last).
        """
        pdf = self.pdf
        bottom = bottom if bottom is not None else self.bottom
        width = sum(w for _, w, _ in columns)
        y = pdf.get_y()
        self.font(size, "B")
        header = [self.lines(w, h, 2) for h, w, _ in columns]
        height = max(len(h) for h in header) * line + 1.6
        pdf.set_fill_color(*SHADE)
        pdf.rect(x, y, width, height, style="F")
        drawn = 0
        with pdf.group("Table", at=at):
            self._row(x, y, columns, header, line, "TH")
            y += height
            for k, row in enumerate(rows):
                last = bold_last and k == len(rows) - 1
                self.font(size, "B" if last else "")
                cells = [self.lines(w, text, max_lines) for (_, w, _), text in zip(columns, row, strict=True)]
                height = max(len(c) for c in cells) * line + 1.6
                if y + height > bottom:
                    break
                chip = chips[k] if chips is not None and k < len(chips) else None
                if chip in STATUS_RGB:
                    left = x + sum(w for _, w, _ in columns[:chip_column])
                    pdf.set_fill_color(*STATUS_RGB[chip])
                    pdf.rect(left, y + 0.3, columns[chip_column][1] - 1.5, height - 0.6, style="F")
                self._row(x, y, columns, cells, line, "TD", chip_column if chip in STATUS_RGB else None, chip)
                pdf.set_draw_color(*RULE)
                pdf.set_line_width(0.2)
                pdf.line(x, y + height, x + width, y + height)
                y += height
                drawn += 1
        pdf.set_y(y + 1)
        return drawn

    def _row(
        self,
        x: float,
        y: float,
        columns: Sequence[tuple[str, float, str]],
        cells: list[list[str]],
        line: float,
        role: str,
        chip_column: int | None = None,
        chip: str | None = None,
    ) -> None:
        """One table row; header cells (TH) carry /Scope /Column."""
        offset = x
        with self.pdf.group("TR"):
            for k, ((_, w, align), text) in enumerate(zip(columns, cells, strict=True)):
                self.pdf.set_xy(offset + (1 if k == chip_column else 0), y + 0.8)
                if k == chip_column:
                    self.pdf.set_text_color(*STATUS_TEXT_RGB.get(str(chip), (255, 255, 255)))
                with self.pdf.leaf(role, attributes=TH_COLUMN if role == "TH" else None):
                    self.pdf.multi_cell(
                        w, line, "\n".join(text), align=align, new_x=XPos.RIGHT, new_y=YPos.TOP
                    )
                self.pdf.set_text_color(*INK)
                offset += w

    def bullets(
        self,
        x: float,
        width: float,
        items: list[str],
        size: float = 7.8,
        line: float = 3.6,
        max_lines: int = 2,
        bottom: float | None = None,
    ) -> int:
        """A bullet list at the current y; returns how many items fitted above `bottom`."""
        bottom = bottom if bottom is not None else self.bottom
        drawn = 0
        pdf = self.pdf
        with pdf.group("L"):
            for item in items:
                self.font(size)
                wrapped = self.lines(width - 3.5, item, max_lines)
                if pdf.get_y() + len(wrapped) * line > bottom:
                    break
                y = pdf.get_y()
                with pdf.group("LI"):
                    pdf.set_xy(x, y)
                    with pdf.leaf("Lbl"):
                        pdf.cell(3.5, line, "•")
                    pdf.set_xy(x + 3.5, y)
                    with pdf.leaf("LBody"):
                        pdf.multi_cell(
                            width - 3.5,
                            line,
                            "\n".join(wrapped),
                            align="L",
                            new_x=XPos.LMARGIN,
                            new_y=YPos.NEXT,
                        )
                pdf.set_y(pdf.get_y() + 0.6)
                drawn += 1
        return drawn

    def bullets_height(
        self, width: float, items: list[str], size: float = 7.8, line: float = 3.6, max_lines: int = 2
    ) -> float:
        self.font(size)
        return sum(len(self.lines(width - 3.5, item, max_lines)) * line + 0.6 for item in items)

    def warning(self, x: float, width: float, title: str, text: str) -> None:
        """An orange-edged box for what the reader must know first (an incomplete week)."""
        pdf = self.pdf
        y = pdf.get_y()
        self.font(9)
        lines = self.lines(width - 8, text, 4)
        height = 7.5 + len(lines) * 4 + 1.5
        pdf.set_fill_color(253, 240, 225)
        pdf.rect(x, y, width, height, style="F")
        pdf.set_fill_color(*WARNING_RGB)
        pdf.rect(x, y, 3.2, height, style="F")
        pdf.set_xy(x + 5, y + 1.5)
        self.font(11, "B")
        pdf.cell(width - 8, 5, title)
        pdf.set_xy(x + 5, y + 7)
        self.font(9)
        pdf.multi_cell(width - 8, 4, "\n".join(lines), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(y + height + 3)

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
        with pdf.leaf("P"):
            pdf.cell(width - 8, 5, title)
        pdf.set_xy(x + 5, y + 7)
        self.font(8)
        with pdf.leaf("P"):
            pdf.multi_cell(
                width - 8, 3.6, "\n".join(note_lines), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        pdf.set_y(y + height + 3)

    def image(self, image: Image.Image, x: float, y: float, w: float, h: float, alt: str) -> None:
        """A chart or map; `alt` says what it shows in words and numbers (the counts behind the bars)."""
        with self.pdf.leaf("Figure", alt=alt):
            self.pdf.image(image, x=x, y=y, w=w, h=h)

    # flowing pages ------------------------------------------------------------
    def ensure(self, height: float) -> bool:
        """Start a new page (top margin) when `height` mm no longer fit above the bottom; True if it did."""
        if self.pdf.get_y() + height <= self.bottom:
            return False
        self.pdf.add_page()
        self.pdf.set_y(12)
        return True

    def gap(self, height: float) -> None:
        self.pdf.set_y(self.pdf.get_y() + height)

    def output(self, out: Path) -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        self.pdf.write_to(str(out))
