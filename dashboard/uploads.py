"""Uploads: which files Importera may hand to the readers (type by name and by content, size)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

from dashboard.markup import escape_markdown

UPLOAD_TYPES = ("csv", "xlsx", "json")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def upload_problem(name: str, content: bytes, max_mb: int) -> str | None:
    """Why an uploaded file must not be read (in Swedish), or None. Checks the type by name and by
    content (an .xlsx is a zip file; CSV and JSON are text) and the size."""
    shown = escape_markdown(name)
    suffix = Path(name).suffix.lower().lstrip(".")
    if suffix not in UPLOAD_TYPES or "\x00" in name:
        return (
            f"{shown} kan inte läsas in: bara CSV-, XLSX- och JSON-filer går att läsa in "
            f"(den här filen är {'.' + escape_markdown(suffix) if suffix else 'utan filändelse'})."
        )
    if not content:
        return f"{shown} är tom."
    if len(content) > max_mb * 1024 * 1024:
        return f"{shown} är större än {max_mb} MB och kan inte läsas in. Dela upp filen."
    if suffix == "xlsx" and not content.startswith(b"PK\x03\x04"):
        return f"{shown} är ingen riktig Excel-fil (XLSX). Öppna den i Excel och spara som .xlsx."
    if suffix in {"csv", "json"} and (
        content.startswith((b"PK\x03\x04", b"%PDF", b"MZ", b"\x7fELF"))
        or (b"\x00" in content[:65536] and not content.startswith(_UTF16_BOMS))
    ):
        return f"{shown} är ingen textfil och kan inte läsas in som {suffix.upper()}."
    return None


def allowed_uploads(files: Any) -> list[Any]:
    """The uploaded files (st.file_uploader's value: None, one file or a list) that may be read;
    shows a Swedish error for each of the others."""
    if files is None:
        return []
    uploads: list[Any] = list(files) if isinstance(files, list | tuple) else [files]
    max_mb = int(st.get_option("server.maxUploadSize"))
    kept = []
    for upload in uploads:
        problem = upload_problem(str(upload.name), upload.getvalue(), max_mb)
        if problem:
            st.error(problem)
        else:
            kept.append(upload)
    return kept
