"""python -m lagesbild …: a thin layer that turns exceptions into clear Swedish messages."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import InterfaceError, OperationalError

from lagesbild import audit, settings
from lagesbild.db import database_url, display_url
from lagesbild.errors import LagesbildError, UserInputError
from lagesbild.vocabulary import Source

EXIT_OK = 0
EXIT_USAGE = 2
SAMPLE_DIR = Path(__file__).resolve().parents[2] / "sample_data"


UserError = UserInputError  # an error the user can fix; printed without a traceback


def _engine(args: argparse.Namespace) -> Engine:
    from lagesbild.db import make_engine
    from lagesbild.schema_upgrade import open_schema

    engine = make_engine(args.db)
    open_schema(engine)
    return engine


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


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from data_ingest.pipeline import ingest_file
    from data_ingest.readers.base import FileFormatError

    engine = _engine(args)
    kommun = _kommun_code(args)
    summaries = []
    failed = False
    files = [Path(f) for f in args.files]
    quiet = args.json or not sys.stderr.isatty()
    for path in files:
        try:
            with (
                path.open("rb") as fh,
                tqdm(desc=path.name, unit=" rader", disable=quiet, file=sys.stderr) as bar,
            ):

                def advance(done: int, bar: tqdm = bar) -> None:
                    bar.update(done - bar.n)

                said: list[int] = []

                def waiting(seconds: float, name: str = path.name, said: list[int] = said) -> None:
                    minute = int(seconds // 60)
                    if minute not in said:  # once at the start, then once a minute
                        said.append(minute)
                        print(
                            f"{name}: väntar på att en annan inläsning blir klar (en i taget); "
                            f"har väntat {int(seconds)} s",
                            file=sys.stderr,
                        )

                summary = ingest_file(
                    engine,
                    fh,
                    path.name,
                    source=args.source,
                    imported_by=audit.cli_actor(),
                    progress=advance,
                    waiting=waiting,
                    kommun=kommun,
                )
        except FileNotFoundError:
            failed = True
            print(f"Filen finns inte: {path}", file=sys.stderr)
            continue
        except FileFormatError as exc:
            failed = True
            print(f"Kan inte läsa {path.name}: {exc}", file=sys.stderr)
            continue
        summaries.append(summary)
        if not args.json:
            print(
                f"{path.name}: {summary.source}, {summary.rows} rader: {summary.loaded} inlästa "
                f"({summary.updated} uppdaterade), {summary.duplicates} dubbletter, "
                f"{summary.ignored} ignorerade, {summary.rejected} avvisade"
            )
            for error in summary.errors:
                print(f"  avvisad: {error['reason']}")
            for warning in summary.warnings:
                print(f"  varning: {warning}")
    if args.json:
        print(json.dumps({"files": [s.as_json() for s in summaries]}, ensure_ascii=False, indent=2))
    return EXIT_USAGE if failed else EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from lagesbild.cli.demo import load_demo

    engine = _engine(args)
    totals = load_demo(engine, Path(args.sample_dir), progress=True)
    print(
        f"Exempeldata inläst: {totals['files']} filer, {totals['loaded']} nya rader, "
        f"{totals['duplicates']} dubbletter, {totals['ignored']} ignorerade, {totals['rejected']} avvisade."
    )
    _publish_latest(engine, _snapshot_dir(args))
    return EXIT_OK


def _publish_latest(engine: Engine, root: Path) -> None:
    """The newest complete week with data, published so that `make run` has a shared picture to show."""
    from lagesbild import queries
    from lagesbild.report.snapshot import publish_snapshot
    from lagesbild.weeks import last_complete_week

    complete = [w for w in queries.weeks_present(engine) if w <= last_complete_week()]
    if complete:
        page = publish_snapshot(engine, complete[-1], root)
        print(f"Lägesbilden för {complete[-1]} publicerad: {page}")


def _kommun_code(args: argparse.Namespace) -> str | None:
    from lagesbild.kommuner import resolve_kommun

    return resolve_kommun(args.kommun) if getattr(args, "kommun", None) else None


def _kommun_scoped(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Run a read command for one kommun: every query limited to it, the kommun's name on the output."""

    def run(args: argparse.Namespace) -> int:
        code = _kommun_code(args)
        if code is None:
            return func(args)
        from sqlalchemy import select

        from lagesbild import db
        from lagesbild.queries import kommun_scope

        with _engine(args).connect() as conn:
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
        engine = _engine(args)
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
    engine = _engine(args)
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
    engine = _engine(args)
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


def _snapshot_dir(args: argparse.Namespace) -> Path:
    return Path(args.dir or settings.get("snapshot_dir"))


def cmd_snapshot_publish(args: argparse.Namespace) -> int:
    from lagesbild.report.snapshot import publish_snapshot
    from lagesbild.weeks import last_complete_week, parse_week

    week = args.week or last_complete_week()
    try:
        parse_week(week)
    except ValueError:
        raise UserError(f"Ogiltig vecka {week!r}: skriv t.ex. 2025-W16") from None
    engine = _engine(args)
    page = publish_snapshot(engine, week, _snapshot_dir(args), args.area)
    audit.record_now(engine, audit.cli_actor(), "snapshot", week=week, path=str(page))
    print(f"Lägesbilden för {week} publicerad: {page}")
    return EXIT_OK


def cmd_snapshot_serve(args: argparse.Namespace) -> int:
    from lagesbild.report.serve import make_server

    root = _snapshot_dir(args)
    server = make_server(root, args.bind, args.port)
    print(f"Delar ut {root} på http://{args.bind}:{server.server_address[1]}/ (avsluta med Ctrl+C)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from lagesbild.backup import backup

    backup(_engine(args), Path(args.out))
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


def cmd_settings(args: argparse.Namespace) -> int:
    for s in settings.SETTINGS.values():
        print(f"{s.env}={settings.get(s.name)!r}\n    {s.help} (standard: {s.default!r})")
    return EXIT_OK


def cmd_hash_password(args: argparse.Namespace) -> int:
    """Ask for a password twice (or read one line from a pipe) and print its Argon2id hash."""
    import getpass

    from lagesbild.access import hash_password, normalise_role

    role = normalise_role(args.role) if args.role else None
    if args.role and role is None:
        raise UserError(f"Okänd roll {args.role!r}: välj samordnare, analytiker, läsare eller rapportör")
    if sys.stdin.isatty():
        password = getpass.getpass("Lösenord: ")
        if getpass.getpass("Samma lösenord igen: ") != password:
            raise UserError("Lösenorden är inte lika")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    digest = hash_password(password)
    if args.user:
        import re

        key = args.user if re.fullmatch(r"[A-Za-z0-9_-]+", args.user) else json.dumps(args.user)
        print(f'[lagesbild.users.{key}]\nrole = "{role or "läsare"}"\npassword_hash = "{digest}"')
    else:
        print(digest)
    print("Klistra in i .streamlit/secrets.toml (se docs/security.md).", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m lagesbild", description="Lägesbild: EST-lägesbild per vecka."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--db",
            help=(
                f"databasens URL (annars {settings.SETTINGS['db'].env}, "
                f"standard {settings.SETTINGS['db'].default})"
            ),
        )
        return p

    db = sub.add_parser("db", help="databasen")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    with_db(db_sub.add_parser("init", help="skapa tabellerna (SQLite eller PostGIS)")).set_defaults(
        func=cmd_db_init
    )
    with_db(
        db_sub.add_parser(
            "upgrade", help="lägg till tabeller, kolumner och index som en äldre version inte hade"
        )
    ).set_defaults(func=cmd_db_upgrade)

    ingest = with_db(sub.add_parser("ingest", help="läs in veckorapporter (CSV, XLSX, polisens JSON)"))
    ingest.add_argument("--source", choices=[s.value for s in Source], help="källa (annars känns den igen)")
    ingest.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    ingest.add_argument("--kommun", help="filen är den här kommunens: placeras bara i dess områden")
    ingest.add_argument("files", nargs="+", metavar="FILE")
    ingest.set_defaults(func=cmd_ingest)

    demo = with_db(sub.add_parser("demo", help="läs in exempeldata från sample_data/"))
    demo.add_argument(
        "--dir", help=f"mapp för den publicerade lägesbilden (annars {settings.SETTINGS['snapshot_dir'].env})"
    )
    demo.add_argument("--sample-dir", default=str(SAMPLE_DIR), help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)

    report = with_db(
        sub.add_parser("report", help="lägesbild som PDF utan personuppgifter: vecka, tertial eller helår")
    )
    report.add_argument("--week", help="ISO-vecka, t.ex. 2025-W16 (veckans lägesbild)")
    report.add_argument("--period", help="tertial, t.ex. 2025-T3 (1 = jan–apr, 2 = maj–aug, 3 = sep–dec)")
    report.add_argument("--year", help="helår, t.ex. 2025")
    report.add_argument("--area", action="append", help="område (kan anges flera gånger; standard alla)")
    report.add_argument("--out", required=True, help="PDF-fil att skriva")
    report.add_argument("--kommun", help="bara den här kommunen (kod eller namn)")
    report.set_defaults(func=_kommun_scoped(cmd_report))

    export = with_db(sub.add_parser("export", help="exportera den delade, anonymiserade händelselistan"))
    export.add_argument("--from", dest="date_from", required=True, help="första dag, ÅÅÅÅ-MM-DD")
    export.add_argument("--to", dest="date_to", required=True, help="sista dag, ÅÅÅÅ-MM-DD")
    export.add_argument("--format", choices=["csv", "geojson", "gpkg", "xlsx"], required=True)
    export.add_argument("--out", required=True)
    export.add_argument("--kommun", help="bara den här kommunen (kod eller namn)")
    export.set_defaults(func=_kommun_scoped(cmd_export))

    snapshot = sub.add_parser("snapshot", help="publicerad lägesbild som statiska filer för många läsare")
    snap_sub = snapshot.add_subparsers(dest="snapshot_command", required=True)
    publish = with_db(snap_sub.add_parser("publish", help="publicera en veckas lägesbild (HTML, PDF, CSV)"))
    publish.add_argument("--week", help="ISO-vecka, t.ex. 2025-W16 (standard: senaste hela veckan)")
    publish.add_argument("--area", action="append", help="område (kan anges flera gånger; standard alla)")
    publish.add_argument("--dir", help=f"mapp (annars {settings.SETTINGS['snapshot_dir'].env})")
    publish.set_defaults(func=cmd_snapshot_publish)
    serve = snap_sub.add_parser("serve", help="dela ut de publicerade lägesbilderna över HTTP")
    serve.add_argument("--dir", help=f"mapp (annars {settings.SETTINGS['snapshot_dir'].env})")
    serve.add_argument("--bind", default="127.0.0.1", help="adress att lyssna på (standard 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8502, help="port (standard 8502)")
    serve.set_defaults(func=cmd_snapshot_serve)

    backup = with_db(sub.add_parser("backup", help="säkerhetskopiera databasen (SQLite-kopia eller pg_dump)"))
    backup.add_argument("--out", required=True, help="fil att skriva")
    backup.set_defaults(func=cmd_backup)
    restore = with_db(sub.add_parser("restore", help="återställ databasen från en säkerhetskopia"))
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(func=cmd_restore)

    from lagesbild.cli import areas_cmd, registry_cmd

    areas_cmd.add_parsers(sub, with_db)
    registry_cmd.add_parsers(sub, with_db)

    sub.add_parser("settings", help="lista inställningarna med förklaring").set_defaults(func=cmd_settings)
    hash_pw = sub.add_parser("hash-password", help="hasha ett lösenord för ett lokalt konto (secrets.toml)")
    hash_pw.add_argument("--user", help="skriv ett helt [lagesbild.users.NAMN]-block för den här användaren")
    hash_pw.add_argument("--role", help="roll i blocket: samordnare, analytiker, läsare eller rapportör")
    hash_pw.set_defaults(func=cmd_hash_password)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # psycopg logs an English line of its own when the server drops a connection; the Swedish message
    # below says what happened, so only psycopg's errors that nothing else reports stay visible.
    logging.getLogger("psycopg").setLevel(logging.CRITICAL)
    try:
        return int(args.func(args))
    except LagesbildError as exc:  # everything else is a bug and keeps its traceback
        print(f"Fel: {exc}", file=sys.stderr)
    except (OperationalError, InterfaceError) as exc:  # the database is unreachable or went away
        url = display_url(database_url(getattr(args, "db", None)))
        print(f"Kan inte använda databasen ({url}): {exc.orig}", file=sys.stderr)
    return EXIT_USAGE
