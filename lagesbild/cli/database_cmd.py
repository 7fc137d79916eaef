"""CLI: db init/upgrade, backup and restore, and the demo (the sample data loaded and a week published)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import Engine

from lagesbild import audit, data_range
from lagesbild.cli.common import EXIT_OK, open_engine, snapshot_dir
from lagesbild.db import database_url, display_url


def cmd_db_init(args: argparse.Namespace) -> int:
    from lagesbild.db import init_db, make_engine

    engine = make_engine(args.db)
    init_db(engine)
    print(f"Databasen är klar: {display_url(database_url(args.db))}")
    return EXIT_OK


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from lagesbild.db import make_engine
    from lagesbild.schema_upgrade import upgrade_db

    engine = make_engine(args.db)
    added = upgrade_db(engine)
    url = display_url(database_url(args.db))
    if added.added_lines():
        print(f"Databasen {url} är uppgraderad:")
        for line in added.added_lines():
            print(f"  {line}")
    else:
        print(f"Databasen {url} har redan den här versionens schema.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from lagesbild.cli.demo import load_demo

    engine = open_engine(args)
    totals = load_demo(engine, Path(args.sample_dir), progress=True)
    print(
        f"Exempeldata inläst: {totals['files']} filer, {totals['loaded']} nya rader, "
        f"{totals['duplicates']} dubbletter, {totals['ignored']} ignorerade, {totals['rejected']} avvisade."
    )
    _publish_latest(engine, snapshot_dir(args))
    return EXIT_OK


def _publish_latest(engine: Engine, root: Path) -> None:
    """The newest complete week with data, published so that `make run` has a shared picture to show."""
    from lagesbild.report.snapshot import publish_snapshot
    from lagesbild.weeks import last_complete_week

    complete = [w for w in data_range.weeks_present(engine) if w <= last_complete_week()]
    if complete:
        page = publish_snapshot(engine, complete[-1], root)
        print(f"Lägesbilden för {complete[-1]} publicerad: {page}")


def cmd_backup(args: argparse.Namespace) -> int:
    from lagesbild.backup import backup

    backup(open_engine(args), Path(args.out))
    print(f"Säkerhetskopia skriven till {args.out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from lagesbild.backup import restore
    from lagesbild.db import make_engine

    engine = make_engine(args.db)
    restore(engine, Path(args.file))
    audit.record_now(engine, audit.cli_actor(), "restore", file=args.file)
    print(f"Databasen återställd från {args.file}")
    return EXIT_OK
