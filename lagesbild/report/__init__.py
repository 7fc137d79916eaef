"""Shared outputs as files: the weekly PDF (``week``), the tertial and annual report (``period``) and
the exports (``export``). Layout primitives are in ``layout``, figures in ``charts``/``period_charts``,
the data each report shows is collected by ``week_data``/``period_data`` through the privacy gate.

The public API is imported lazily (PEP 562): fpdf, matplotlib and openpyxl load only when a file is
actually built, so a page that merely offers a download stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lagesbild.report.export import FORMATS, export_shared
    from lagesbild.report.period import write_period_report
    from lagesbild.report.week import write_weekly_report

_PUBLIC = {
    "write_weekly_report": "lagesbild.report.week",
    "write_period_report": "lagesbild.report.period",
    "export_shared": "lagesbild.report.export",
    "FORMATS": "lagesbild.report.export",
}

__all__ = ["FORMATS", "export_shared", "write_period_report", "write_weekly_report"]


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'lagesbild.report' has no attribute {name!r}")
