"""What the commands share: exit codes, the user's error, the engine with its schema checked, the kommun
asked for and the snapshot folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import Engine

from lagesbild import settings
from lagesbild.errors import UserInputError

EXIT_OK = 0
EXIT_USAGE = 2


UserError = UserInputError  # an error the user can fix; printed without a traceback


def open_engine(args: argparse.Namespace) -> Engine:
    """The engine of --db (else the configured database), opened by open_schema: created or checked."""
    from lagesbild.db import make_engine
    from lagesbild.schema_upgrade import open_schema

    engine = make_engine(args.db)
    open_schema(engine)
    return engine


def kommun_code(args: argparse.Namespace) -> str | None:
    """The kommun code that --kommun names, or None when the command was given no kommun."""
    from lagesbild.kommuner import resolve_kommun

    return resolve_kommun(args.kommun) if getattr(args, "kommun", None) else None


def snapshot_dir(args: argparse.Namespace) -> Path:
    """The snapshot folder: --dir, else the snapshot_dir setting."""
    return Path(args.dir or settings.get("snapshot_dir"))
