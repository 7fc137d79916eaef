"""python -m lagesbild …: a thin layer that turns exceptions into clear Swedish messages.

The parser and `main` are here, with `ingest`; the other commands are grouped by job:
`database_cmd` (db, backup, restore, demo), `publish_cmd` (report, export, snapshot), `setup_cmd`
(settings, hash-password), `areas_cmd` and `registry_cmd`; `common` holds what they share.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import InterfaceError, OperationalError

from lagesbild import audit, settings
from lagesbild.cli.common import EXIT_OK, EXIT_USAGE, kommun_code, open_engine
from lagesbild.cli.database_cmd import cmd_backup, cmd_db_init, cmd_db_upgrade, cmd_demo, cmd_restore
from lagesbild.cli.publish_cmd import (
    cmd_export,
    cmd_report,
    cmd_snapshot_publish,
    cmd_snapshot_serve,
    kommun_scoped,
)
from lagesbild.cli.setup_cmd import cmd_hash_password, cmd_settings
from lagesbild.db import database_url, display_url
from lagesbild.errors import LagesbildError
from lagesbild.vocabulary import Source

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "sample_data"


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from data_ingest.pipeline import ingest_file
    from data_ingest.readers.base import FileFormatError

    engine = open_engine(args)
    kommun = kommun_code(args)
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
    report.set_defaults(func=kommun_scoped(cmd_report))

    export = with_db(sub.add_parser("export", help="exportera den delade, anonymiserade händelselistan"))
    export.add_argument("--from", dest="date_from", required=True, help="första dag, ÅÅÅÅ-MM-DD")
    export.add_argument("--to", dest="date_to", required=True, help="sista dag, ÅÅÅÅ-MM-DD")
    export.add_argument("--format", choices=["csv", "geojson", "gpkg", "xlsx"], required=True)
    export.add_argument("--out", required=True)
    export.add_argument("--kommun", help="bara den här kommunen (kod eller namn)")
    export.set_defaults(func=kommun_scoped(cmd_export))

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
