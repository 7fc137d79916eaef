"""Long paragraphs cut to a few lines: wrapping only a prefix gives the lines of the whole text."""

from __future__ import annotations

import random

import pytest

from lagesbild.report.layout import Writer


def _writer() -> Writer:
    writer = Writer(title="Test", author="Test", footer="Test")
    writer.pdf.add_page()
    return writer


def _texts() -> list[str]:
    rng = random.Random(7)
    words = ["Underlag:", "Polisen", "Securitas", "fastighetsägare", "Rinkeby-Kista", "a", "ÅÄÖ", "x" * 60]
    texts = []
    for n in (10, 300, 1_500):
        parts = [rng.choice(words) + ("," if rng.random() < 0.3 else "") for _ in range(n)]
        texts.append(" ".join(parts))
    texts.append("Kort text.")
    texts.append("rad ett\nrad två\n" + "ord " * 1_000)
    texts.append("y" * 3_000)  # one word longer than many lines: broken by character
    return texts


@pytest.mark.parametrize("max_lines", [1, 3, None])
@pytest.mark.parametrize("width, size", [(178.0, 8.0), (60.0, 10.5)])
def test_lines_are_those_of_the_whole_text_cut(max_lines: int | None, width: float, size: float) -> None:
    writer = _writer()
    writer.font(size)
    for text in _texts():
        whole = writer._wrapped(width, text)
        expected = whole
        if max_lines is not None and len(whole) > max_lines:
            expected = whole[:max_lines]
            last = expected[-1].rstrip()
            while last and writer.pdf.get_string_width(last + " …") > width - 2 * writer.pdf.c_margin:
                last = last[:-1].rstrip()
            expected[-1] = last + " …"
        assert writer.lines(width, text, max_lines) == expected
