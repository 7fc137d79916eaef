"""The weekly, tertial and annual PDFs are tagged (PDF/UA-1): structure tree, reading order, table
headers, alternative text with the numbers behind each chart, /Lang sv and the title displayed.

Checked three ways: `pdfinfo` (poppler), the `pdfua` checker (pikepdf) with no errors, and pikepdf
walks of our own for what pdfua does not check (every painting operator tagged or an artifact, every
marked-content id reachable through the parent tree, figures' alt text, TH scope, heading order).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pikepdf
import pytest
from pdfua import Severity, validate

from lagesbild.report.period import write_period_report
from lagesbild.report.week import write_weekly_report
from tests.test_report import WEEK, add_status_event_and_measure, populate_known_week
from tests.test_report_period import T3, YEAR

# Operators that put marks on the page: text, paths, images/forms, shadings.
PAINTING = {"Tj", "TJ", "'", '"', "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh"}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One weekly report (known week, SQLite) and the tertial and annual reports of the known year."""
    from lagesbild.db import init_db, make_engine
    from tests.test_report_period import populate_known_year

    folder = tmp_path_factory.mktemp("a11y")
    week_engine = make_engine(f"sqlite:///{folder / 'week.db'}")
    init_db(week_engine)
    populate_known_week(week_engine)
    add_status_event_and_measure(week_engine)
    out = {"week": folder / "week.pdf"}
    write_weekly_report(week_engine, WEEK, out["week"])
    week_engine.dispose()
    year_engine = make_engine(f"sqlite:///{folder / 'year.db'}")
    init_db(year_engine)
    populate_known_year(year_engine)
    for name, (start, end, title) in (("t3", T3), ("year", YEAR)):
        out[name] = folder / f"{name}.pdf"
        write_period_report(year_engine, start, end, title, out[name])
    year_engine.dispose()
    return out


def _walk(node: pikepdf.Dictionary) -> Iterator[pikepdf.Dictionary]:
    kids = node.get("/K")
    if kids is None:
        return
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid
            yield from _walk(kid)


def _elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    return list(_walk(cast(pikepdf.Dictionary, pdf.Root.StructTreeRoot)))


@pytest.mark.parametrize("kind", ["week", "t3", "year"])
def test_pdfinfo_says_tagged_and_pdfua_finds_no_error(pdfs: dict[str, Path], kind: str) -> None:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo saknas (Debian: poppler-utils)")
    info = subprocess.run(["pdfinfo", str(pdfs[kind])], check=True, capture_output=True, text=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M), info
    assert re.search(r"^Title:\s+Lägesbild", info, re.M), info
    report = validate(str(pdfs[kind]))
    problems = [f"{f.rule_id}: {f.message}" for f in report.findings if f.severity >= Severity.WARNING]
    assert problems == []
    # pdfua actually ran its rules (a report with no outcomes would also have no findings)
    assert len(report.outcomes) >= 10


@pytest.mark.parametrize("kind", ["week", "t3", "year"])
def test_catalog_language_title_and_pdfua_identification(pdfs: dict[str, Path], kind: str) -> None:
    with pikepdf.open(pdfs[kind]) as pdf:
        assert str(pdf.Root.Lang) == "sv"
        assert bool(pdf.Root.MarkInfo.Marked) is True
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle) is True
        meta = pdf.open_metadata()
        assert meta["pdfuaid:part"] == "1"
        assert str(meta["dc:title"]).startswith("Lägesbild")
        assert str(pdf.docinfo.Title) == str(meta["dc:title"])


@pytest.mark.parametrize("kind", ["week", "t3", "year"])
def test_all_content_is_tagged_or_an_artifact_and_reachable_from_the_tree(
    pdfs: dict[str, Path], kind: str
) -> None:
    with pikepdf.open(pdfs[kind]) as pdf:
        parent_tree = dict(pikepdf.NumberTree(pdf.Root.StructTreeRoot.ParentTree).items())
        for number, page in enumerate(pdf.pages, start=1):
            depth, mcid, seen = 0, None, []
            for instruction in pikepdf.parse_content_stream(page):
                op, operands = str(instruction.operator), instruction.operands
                if op in ("BMC", "BDC"):
                    depth += 1
                    if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                        mcid = int(operands[1].MCID)
                        seen.append(mcid)
                elif op == "EMC":
                    depth -= 1
                    mcid = None
                elif op in PAINTING:
                    assert depth > 0, f"{kind} sida {number}: {op} utanför märkt innehåll"
            assert depth == 0
            assert seen == list(range(len(seen))), f"{kind} sida {number}: MCID {seen}"
            owners = parent_tree[int(page.obj.StructParents)]
            assert len(owners) == len(seen)
            for k, owner in enumerate(owners):
                kids = owner.K if isinstance(owner.K, pikepdf.Array) else [owner.K]
                assert k in [int(x) for x in kids if isinstance(x, int)]
                assert owner.Pg.objgen == page.obj.objgen


@pytest.mark.parametrize("kind", ["week", "t3", "year"])
def test_figures_have_alt_text_tables_have_column_headers_and_each_page_an_h1(
    pdfs: dict[str, Path], kind: str
) -> None:
    with pikepdf.open(pdfs[kind]) as pdf:
        elements = _elements(pdf)
        figures = [e for e in elements if e.S == "/Figure"]
        images_drawn = sum(
            str(instruction.operator) == "Do"
            for page in pdf.pages
            for instruction in pikepdf.parse_content_stream(page)
        )
        assert len(figures) == images_drawn > 0
        for figure in figures:
            assert len(str(figure.Alt)) > 40, str(figure.Alt)
            assert re.search(r"\d|Inga ", str(figure.Alt)), str(
                figure.Alt
            )  # the numbers, or that there are none
        tables = [e for e in elements if e.S == "/Table"]
        assert tables
        for table in tables:
            rows = list(table.K)
            assert all(r.S == "/TR" for r in rows)
            header = list(rows[0].K)
            assert header and all(c.S == "/TH" and c.A.Scope == "/Column" for c in header)
            assert all(c.S == "/TD" for r in rows[1:] for c in r.K)
        h1_pages = {e.Pg.objgen for e in elements if e.S == "/H1"}
        assert h1_pages == {p.obj.objgen for p in pdf.pages}
        assert elements[0].S == "/Document" and all(e.S != "/Document" for e in elements[1:])
        roles = {str(e.S) for e in elements[1:]}
        assert roles <= {
            "/H1",
            "/H2",
            "/H3",
            "/P",
            "/Table",
            "/TR",
            "/TH",
            "/TD",
            "/L",
            "/LI",
            "/Lbl",
            "/LBody",
            "/Figure",
        }


def test_weekly_alt_text_states_the_counts_behind_the_bars_and_reading_order(pdfs: dict[str, Path]) -> None:
    with pikepdf.open(pdfs["week"]) as pdf:
        elements = _elements(pdf)
        alts = [str(e.Alt) for e in elements if e.S == "/Figure"]
        trends = [
            a for a in alts if a.startswith("Stapeldiagram, totalt antal händelser per vecka under 12 veckor")
        ]
        maps = [a for a in alts if a.startswith("Karta över")]
        assert len(trends) == len(maps) == 3  # one per area
        # Brandkärr: klotter 3 + skadegörelse 2 + the fire counted once = 6 this week; 1 klotter last week.
        assert "vecka 47 (denna vecka): 6." in trends[0], trends[0]
        assert "vecka 46: 1;" in trends[0], trends[0]
        assert "för 6 händelser" in maps[0], maps[0]
        # Älta had nothing this week.
        assert "vecka 47 (denna vecka): 0." in trends[2] and "Inga händelser med plats" in maps[2]
        # Reading order: the notable-incidents heading is drawn after its table (it says how many rows
        # fitted) but comes right before it in the tree. It is the only four-column table on area pages.
        notable = [e for e in elements if e.S == "/Table" and len(list(list(e.K)[0].K)) == 4]
        assert len(notable) == 2  # Älta has nothing to list
        for table in notable:
            siblings = list(table.P.K)
            heading = siblings[[s.objgen for s in siblings].index(table.objgen) - 1]
            assert heading.S == "/H2"
            first_cell = list(list(table.K)[0].K)[0]
            assert int(heading.K[0]) > int(first_cell.K[0])  # drawn later, read first


def test_period_alt_text_states_the_counts(pdfs: dict[str, Path]) -> None:
    with pikepdf.open(pdfs["t3"]) as pdf:
        alts = [str(e.Alt) for e in _elements(pdf) if e.S == "/Figure"]
    assert any(a.startswith("Liggande stapeldiagram, händelser per 1 000 invånare per område.") for a in alts)
    months = [a for a in alts if a.startswith("Stapeldiagram, totalt antal händelser per månad.")]
    assert months and all("september 2025" in a and "december 2025" in a for a in months)
    assert any(a.startswith("Rutnät veckodag × klockslag") for a in alts)
    assert any(a.startswith("Karta över") and "rutor" in a for a in alts)
