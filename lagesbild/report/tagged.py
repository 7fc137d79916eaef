"""Tagged PDF (PDF/UA-1) on top of fpdf2.

fpdf2 2.8.9 tags only images (a flat list of /Figure elements) and leaves all text untagged, which
PDF/UA forbids. This module keeps fpdf2 for the layout and adds what it lacks:

- a nested structure tree (Document > H1/H2/P/Table > TR > TH/TD, L > LI > Lbl/LBody, Figure with
  /Alt) in reading order, built while the page is drawn (`TaggedPdf.group` for containers,
  `TaggedPdf.leaf` for content, which wraps it in `/Role <</MCID n>> BDC … EMC`);
- everything drawn outside a leaf (rules, shading, the footer) marked as /Artifact, lazily in `_out`,
  so no content is ever neither tagged nor an artifact;
- /MarkInfo, /Lang, /DisplayDocTitle and XMP metadata with `pdfuaid:part 1` and the title.

It relies on fpdf2 internals (`_out`, `struct_builder`, `OutputProducer`); requirements.txt pins fpdf2,
and tests/test_report_accessible.py checks the result with pdfua, pikepdf and pdfinfo.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from xml.sax.saxutils import escape

from fpdf import FPDF
from fpdf.output import OutputProducer, PDFPage
from fpdf.prefs import ViewerPreferences
from fpdf.structure_tree import StructElem, StructureTreeBuilder

TH_COLUMN = "<</O /Table /Scope /Column>>"


class Elem(StructElem):
    """A structure element that may carry attributes (/A), e.g. the scope of a table header."""

    __slots__ = ("a",)

    def __init__(self, role: str, parent: Any, alt: str | None = None, attributes: str | None = None) -> None:
        super().__init__(struct_type=f"/{role}", parent=parent, kids=[], alt=alt)
        self.a = attributes

    def elements(self) -> Iterator[Elem]:
        for kid in self.k:
            if isinstance(kid, Elem):
                yield kid
                yield from kid.elements()


class _Tree(StructureTreeBuilder):
    """The structure tree: a /Document element whose descendants are `Elem`s in reading order."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[Any] = [self.doc_struct_elem]

    def add(self, role: str, alt: str | None, attributes: str | None, at: tuple[Any, int] | None) -> Elem:
        parent, index = at if at is not None else (self.stack[-1], len(self.stack[-1].k))
        elem = Elem(role, parent, alt, attributes)
        parent.k.insert(index, elem)
        return elem

    def elements(self) -> Iterator[Elem]:
        for kid in self.doc_struct_elem.k:
            yield kid
            yield from kid.elements()

    def prune(self) -> None:
        """Drop containers that received no content (e.g. a table none of whose rows fitted)."""

        def keep(elem: Elem) -> bool:
            elem.k[:] = [k for k in elem.k if not isinstance(k, Elem) or keep(k)]
            return bool(elem.k)

        self.doc_struct_elem.k[:] = [k for k in self.doc_struct_elem.k if keep(k)]

    def empty(self) -> bool:
        return not self.doc_struct_elem.k

    def __iter__(self) -> Iterator[Any]:
        yield self.struct_tree_root
        yield self.doc_struct_elem
        yield self.struct_tree_root.parent_tree
        yield from self.elements()


class _Producer(OutputProducer):
    """fpdf2's output, plus /Pg on every structure element (fpdf2 sets it on top-level ones only)."""

    _page_objs: list[PDFPage]

    def _add_pages(self, _slice: slice = slice(0, None)) -> list[PDFPage]:
        self._page_objs = super()._add_pages(_slice)
        return self._page_objs

    def _add_structure_tree(self) -> Any:
        tree = self.fpdf.struct_builder
        assert isinstance(tree, _Tree)
        tree.prune()
        for elem in tree.elements():
            number = elem.page_number()
            if number is not None:
                elem.pg = self._page_objs[number - 1]  # type: ignore[assignment]  # fpdf2 types it None
        return super()._add_structure_tree()


class TaggedPdf(FPDF):
    """FPDF whose content is all either in the structure tree or an artifact."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.tree = _Tree()
        self.struct_builder = self.tree
        self._marked: str | None = None  # "artifact" or "content" while a sequence is open
        self._mcids: dict[int, int] = {}
        self.viewer_preferences = ViewerPreferences(display_doc_title=True)

    # marked content -----------------------------------------------------------------
    def _out(self, s: str | bytes) -> None:
        if self._marked is None and self.page and not self.buffer:
            super()._out("/Artifact BMC")
            self._marked = "artifact"
        super()._out(s)

    def end_marked(self) -> None:
        if self._marked is not None:
            super()._out("EMC")
            self._marked = None

    @contextmanager
    def artifact(self, properties: str = "") -> Iterator[None]:
        """An explicit artifact, e.g. `<</Type /Pagination /Subtype /Footer>>` for the page footer."""
        self.end_marked()
        super()._out(f"/Artifact {properties} BDC" if properties else "/Artifact BMC")
        self._marked = "artifact"
        yield
        self.end_marked()

    @contextmanager
    def group(
        self, role: str, attributes: str | None = None, at: tuple[Any, int] | None = None
    ) -> Iterator[Elem]:
        """A container element (Table, TR, L, LI, Sect); its children are added inside the block."""
        elem = self.tree.add(role, None, attributes, at)
        self.tree.stack.append(elem)
        try:
            yield elem
        finally:
            self.tree.stack.pop()

    @contextmanager
    def leaf(
        self,
        role: str,
        alt: str | None = None,
        attributes: str | None = None,
        at: tuple[Any, int] | None = None,
    ) -> Iterator[Elem]:
        """An element whose content is what is drawn inside the block, on one page."""
        elem = self.tree.add(role, alt, attributes, at)
        self.end_marked()
        page = self.page
        mcid = self._mcids.get(page, 0)
        self._mcids[page] = mcid + 1
        spid = page - 1
        self.pages[page].struct_parents = spid
        self.tree.struct_tree_root.parent_tree.nums[spid].append(elem)
        elem.k.append(mcid)
        node: Any = elem
        while isinstance(node, Elem) and node.page_number() is None:
            node._page_number = page  # containers: the page they start on
            node = node.p
        super()._out(f"/{role} <</MCID {mcid}>> BDC")
        self._marked = "content"
        yield elem
        if self.page != page:
            raise RuntimeError("A tagged element broke across pages")
        self.end_marked()

    @contextmanager
    def on_page(self, number: int) -> Iterator[None]:
        """Draw on an earlier page (a table of contents filled in at the end), then come back."""
        self.end_marked()
        current, self.page = self.page, number
        self._resync()
        try:
            yield
        finally:
            self.end_marked()
            self.page = current
            self._resync()

    def _resync(self) -> None:
        # fpdf2 writes a colour only when it changes, but the page we switch to may have ended with
        # another one (the cover's dark band made the contents table's header dark on dark).
        with self.artifact():
            if self.fill_color is not None:
                super()._out(self.fill_color.serialize().lower())
            if self.draw_color is not None:
                super()._out(self.draw_color.serialize().upper())
            super()._out(f"{self.line_width * self.k:.2f} w")

    def mark(self) -> tuple[Any, int]:
        """The current position in the tree, to add an element there later (a heading placed after its
        table)."""
        parent = self.tree.stack[-1]
        return parent, len(parent.k)

    # metadata ----------------------------------------------------------------------
    def set_ua_metadata(self, title: str, author: str, lang: str) -> None:
        """Title, author and language in XMP too, and the PDF/UA-1 identification."""
        self.set_xmp_metadata(
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
            ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
            "   <pdfuaid:part>1</pdfuaid:part>\n"
            "   <dc:title><rdf:Alt><rdf:li "
            f'xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>\n'
            f"   <dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>\n"
            f"   <dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>\n"
            "  </rdf:Description>\n"
            " </rdf:RDF>\n"
            "</x:xmpmeta>"
        )

    def write_to(self, path: str) -> None:
        self.end_marked()
        self.output(path, output_producer_class=_Producer)
