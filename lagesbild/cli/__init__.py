"""``python -m lagesbild``: the command line. It sits outside the core's import path: the CLI may use
ingest (``data_ingest``), the core never imports the CLI (tests/test_import_rules.py)."""

from lagesbild.cli.app import main

__all__ = ["main"]
