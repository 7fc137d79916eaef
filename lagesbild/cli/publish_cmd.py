"""CLI: what is shared out of the database: the report PDF (week, tertial, year), the export and the
published snapshot; a report or export limited to one kommun with --kommun."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

from lagesbild import audit, settings
from lagesbild.cli.common import EXIT_OK, UserError, kommun_code, open_engine, snapshot_dir


def kommun_scoped(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Run a read command for one kommun: every query limited to it, the kommun's name on the output."""

    def run(args: argparse.Namespace) -> int:
        code = kommun_code(args)
        if code is None:
            return func(args)
        from sqlalchemy import select

        from lagesbild import db
        from lagesbild.queries import kommun_scope

        with open_engine(args).connect() as conn:
            name = conn.execute(select(db.kommuner.c.name).where(db.kommuner.c.code == code)).scalar()
        if name is None:
            raise UserError(f"Kommunen {code} finns inte i databasen: python -m lagesbild kommun add {code}")
        os.environ[settings.SETTINGS["kommun"].env] = name  # the cover and footers (one-shot process)
        with kommun_scope(code):
            return func(args)

    return run


def cmd_report(args: argparse.Namespace) -> int:
    """The weekly lägesbild (--week), a tertial (--period 2025-T3) or a whole year (--year 2025)."""
    given = [
        flag
        for flag, value in (("--week", args.week), ("--period", args.period), ("--year", args.year))
        if value is not None
    ]
    if len(given) != 1:
        said = f" (du angav {' och '.join(given)})" if given else ""
        raise UserError(
            f"Ange exakt en av --week (t.ex. 2025-W16), --period (tertial, t.ex. 2025-T3) och --year "
            f"(t.ex. 2025){said}"
        )
    out = Path(args.out)
    if args.week is not None:
        from lagesbild.report.week import write_weekly_report
        from lagesbild.weeks import parse_week

        parse_week(args.week)
        engine = open_engine(args)
        written = write_weekly_report(engine, args.week, out, areas=args.area or None)
        audit.record_now(
            engine,
            audit.cli_actor(),
            "report",
            week=args.week,
            areas=args.area,
            kommun=args.kommun,
            file=str(out),
        )
        print(f"Lägesbild för {args.week} skriven till {out}")
        if written.basis is not None and written.basis.note():
            print(f"Observera: {written.basis.note()}")
        return EXIT_OK
    from lagesbild.report.period import write_period_report
    from lagesbild.report.period_dates import date_span, full_year, tertial

    if args.period is not None:
        start, end, title = tertial(args.period)
    elif not args.year.strip().isdigit():
        raise UserError(f"Ogiltigt år {args.year!r}: skriv t.ex. 2025")
    else:
        start, end, title = full_year(int(args.year))
    engine = open_engine(args)
    write_period_report(engine, start, end, title, out, areas=args.area or None)
    audit.record_now(
        engine,
        audit.cli_actor(),
        "report",
        period=title,
        start=start,
        end=end,
        areas=args.area,
        file=str(out),
    )
    print(f"Lägesbild för {title} ({date_span(start, end)}) skriven till {out}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from lagesbild.report.export import clamp_period, export_shared

    try:
        start = dt.date.fromisoformat(args.date_from)
        end = dt.date.fromisoformat(args.date_to)
    except ValueError as exc:
        raise UserError(f"Datum skrivs ÅÅÅÅ-MM-DD: {exc}") from None
    if end < start:
        raise UserError("--to ligger före --from")
    engine = open_engine(args)
    asked = (start, end)
    start, end = clamp_period(engine, start, end)
    if (start, end) != asked:
        print(f"Perioden begränsades till data som finns: {start} – {end}", file=sys.stderr)
    count = export_shared(engine, start, end, args.format, Path(args.out))
    audit.record_now(
        engine,
        audit.cli_actor(),
        "export",
        start=start,
        end=end,
        format=args.format,
        kommun=args.kommun,
        rows=count,
    )
    print(f"{count} händelser exporterade till {args.out}")
    return EXIT_OK


def cmd_snapshot_publish(args: argparse.Namespace) -> int:
    from lagesbild.report.snapshot import publish_snapshot
    from lagesbild.weeks import last_complete_week, parse_week

    week = args.week or last_complete_week()
    try:
        parse_week(week)
    except ValueError:
        raise UserError(f"Ogiltig vecka {week!r}: skriv t.ex. 2025-W16") from None
    engine = open_engine(args)
    page = publish_snapshot(engine, week, snapshot_dir(args), args.area)
    audit.record_now(engine, audit.cli_actor(), "snapshot", week=week, path=str(page))
    print(f"Lägesbilden för {week} publicerad: {page}")
    return EXIT_OK


def cmd_snapshot_serve(args: argparse.Namespace) -> int:
    from lagesbild.report.serve import make_server

    root = snapshot_dir(args)
    server = make_server(root, args.bind, args.port)
    print(f"Delar ut {root} på http://{args.bind}:{server.server_address[1]}/ (avsluta med Ctrl+C)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK
