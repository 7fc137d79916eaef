"""CLI: kommun add, areas import/list/edit/layer, reference load (a kommun's first hour,
docs/first_hour.md)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lagesbild import audit
from lagesbild.cli.common import open_engine
from lagesbild.errors import UserInputError

if TYPE_CHECKING:  # geopandas loads only for the commands that need it
    from lagesbild.areas import AreaChange

Adder = Callable[[argparse.ArgumentParser], argparse.ArgumentParser]


def _change_lines(change: AreaChange) -> list[str]:
    lines = [
        f"{change.kommun_name} ({change.kommun_code}), lager {change.layer!r}: "
        f"{len(change.added)} nya områden, {len(change.updated)} uppdaterade"
    ]
    if change.active_layer != change.layer:
        lines.append(
            f"  Aktivt lager är {change.active_layer!r}: de här områdena används inte för placering förrän "
            f"du kör: python -m lagesbild areas layer --kommun {change.kommun_code} {change.layer}"
        )
    if change.repaired:
        lines.append(f"  Lagade ogiltiga geometrier (make_valid): {', '.join(change.repaired)}")
    if change.replaced_incidents:
        lines.append(
            f"  {change.replaced_incidents} händelser med koordinater placerades om i de nya områdena"
        )
    return lines


def cmd_kommun_add(args: argparse.Namespace) -> int:
    from lagesbild.areas import add_kommun
    from lagesbild.kommuner import ATTRIBUTION, resolve_kommun

    code = resolve_kommun(args.kommun)
    change = add_kommun(open_engine(args), code, audit.cli_actor(), name=args.namn)
    for line in _change_lines(change):
        print(line)
    print(f"({ATTRIBUTION})")
    return 0


def cmd_kommun_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from lagesbild import db

    with open_engine(args).connect() as conn:
        rows = conn.execute(select(db.kommuner).order_by(db.kommuner.c.code)).mappings().all()
    if args.json:
        print(
            json.dumps([{k: r[k] for k in ("code", "name", "area_layer")} for r in rows], ensure_ascii=False)
        )
    elif not rows:
        print("Inga kommuner ännu: python -m lagesbild kommun add KOD")
    for r in [] if args.json else rows:
        print(f"{r['code']}  {r['name']}  (aktivt lager: {r['area_layer']})")
    return 0


def cmd_areas_import(args: argparse.Namespace) -> int:
    from lagesbild.areas import import_areas, read_area_file
    from lagesbild.kommuner import resolve_kommun

    code = resolve_kommun(args.kommun)
    if not Path(args.file).is_file():
        raise UserInputError(f"Filen finns inte: {args.file}")
    areas, repaired = read_area_file(args.file, args.name_field, args.population_field)
    change = import_areas(
        open_engine(args), areas, code, audit.cli_actor(), layer=args.layer, activate=not args.inactive
    )
    change.repaired = repaired
    for line in _change_lines(change):
        print(line)
    return 0


def cmd_areas_list(args: argparse.Namespace) -> int:
    from lagesbild.areas import list_areas
    from lagesbild.kommuner import resolve_kommun

    code = resolve_kommun(args.kommun) if args.kommun else None
    frame = list_areas(open_engine(args), code, everything=args.all)
    if args.json:
        records = [
            {k: (None if v != v else v) for k, v in record.items()}  # NaN -> null
            for record in frame.astype(object).to_dict("records")
        ]
        print(json.dumps(records, ensure_ascii=False, indent=2, default=str))
        return 0
    if frame.empty:
        print("Inga områden: python -m lagesbild kommun add KOD eller areas import FIL --kommun KOD")
    for r in frame.itertuples():
        population = f"{int(r.population)} inv." if r.population == r.population and r.population else "—"
        aliases = f"  (även: {r.aliases.replace('|', ', ')})" if isinstance(r.aliases, str) else ""
        inactive = "" if r.active else "  [inaktivt lager]"
        print(f"{r.kommun}  {r.name}  {r.layer}  {r.area_km2} km²  {population}{aliases}{inactive}")
    return 0


def cmd_areas_edit(args: argparse.Namespace) -> int:
    from lagesbild.areas import edit_area
    from lagesbild.kommuner import resolve_kommun

    code = resolve_kommun(args.kommun) if args.kommun else None
    aliases = [a for a in args.aliases.split("|")] if args.aliases is not None else None
    name = edit_area(
        open_engine(args),
        args.area,
        audit.cli_actor(),
        kommun=code,
        new_name=args.rename,
        aliases=aliases,
        population=args.population,
        clear_population=args.no_population,
    )
    print(f"Området {name!r} är uppdaterat")
    return 0


def cmd_areas_layer(args: argparse.Namespace) -> int:
    from lagesbild.areas import use_layer
    from lagesbild.kommuner import resolve_kommun

    change = use_layer(open_engine(args), resolve_kommun(args.kommun), args.layer, audit.cli_actor())
    print(f"{change.kommun_name}: aktivt lager är nu {args.layer!r}")
    for line in _change_lines(change)[1:]:
        print(line)
    return 0


def cmd_reference_load(args: argparse.Namespace) -> int:
    from lagesbild.areas import load_reference_folder
    from lagesbild.kommuner import resolve_kommun

    code = resolve_kommun(args.kommun) if args.kommun else None
    result = load_reference_folder(open_engine(args), Path(args.folder), audit.cli_actor(), kommun=code)
    for change in result.areas:
        for line in _change_lines(change):
            print(line)
    print(f"{result.places} platser och {result.addresses} adresser inlästa")
    if result.population_rows:
        print(f"Befolkning för {result.population_rows} områden")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], with_db: Adder) -> None:
    kommun = sub.add_parser("kommun", help="kommuner i databasen")
    kommun_sub = kommun.add_subparsers(dest="kommun_command", required=True)
    add = with_db(kommun_sub.add_parser("add", help="lägg till en kommun med dess RegSO-områden (SCB)"))
    add.add_argument("kommun", metavar="KOD|NAMN", help="kommunkod (0182) eller namn (Nacka)")
    add.add_argument("--namn", help="kommunens namn om det inte är 'X kommun' (t.ex. 'Solna stad')")
    add.set_defaults(func=cmd_kommun_add)
    listing = with_db(kommun_sub.add_parser("list", help="lista kommunerna"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_kommun_list)

    areas = sub.add_parser("areas", help="områden: importera, lista, byt namn, alias, befolkning")
    areas_sub = areas.add_subparsers(dest="areas_command", required=True)
    imp = with_db(
        areas_sub.add_parser("import", help="kommunens egna områden (GeoPackage, GeoJSON, zip-Shapefile)")
    )
    imp.add_argument("file", metavar="FIL")
    imp.add_argument("--kommun", required=True, help="kommunkod eller namn")
    imp.add_argument("--name-field", required=True, help="fältet med områdets namn")
    imp.add_argument("--population-field", help="fältet med antal invånare (valfritt)")
    imp.add_argument("--layer", default="egen", help="lagrets namn (standard: egen)")
    imp.add_argument("--inactive", action="store_true", help="spara lagret utan att göra det aktivt")
    imp.set_defaults(func=cmd_areas_import)
    lst = with_db(areas_sub.add_parser("list", help="lista områdena"))
    lst.add_argument("--kommun", help="bara den här kommunen")
    lst.add_argument("--json", action="store_true", help="JSON: en lista med name, kommun (kod), …")
    lst.add_argument("--all", action="store_true", help="även områden i inaktiva lager")
    lst.set_defaults(func=cmd_areas_list)
    edit = with_db(areas_sub.add_parser("edit", help="byt namn, sätt alias eller befolkning"))
    edit.add_argument("area", metavar="OMRÅDE")
    edit.add_argument("--kommun", help="kommunkod eller namn")
    edit.add_argument("--rename", metavar="NYTT_NAMN", help="nytt namn (det gamla blir ett alias)")
    edit.add_argument("--aliases", help="alias, |-separerade (ersätter de tidigare); '' tar bort alla")
    edit.add_argument("--population", type=int, help="antal invånare")
    edit.add_argument("--no-population", action="store_true", help="ta bort befolkningen")
    edit.set_defaults(func=cmd_areas_edit)
    layer = with_db(areas_sub.add_parser("layer", help="välj kommunens aktiva områdeslager"))
    layer.add_argument("--kommun", required=True)
    layer.add_argument("layer", metavar="LAGER", help="regso, egen eller ett namn från areas import --layer")
    layer.set_defaults(func=cmd_areas_layer)

    reference = sub.add_parser("reference", help="referensdata")
    reference_sub = reference.add_subparsers(dest="reference_command", required=True)
    load = with_db(
        reference_sub.add_parser("load", help="läs in en mapp som sample_data/ (områden, platser, adresser)")
    )
    load.add_argument("folder", metavar="MAPP")
    load.add_argument("--kommun", help="kommunkod för områden utan kommun_code")
    load.set_defaults(func=cmd_reference_load)
    add_polis_parser(sub, with_db)


def cmd_polis_fetch(args: argparse.Namespace) -> int:
    """Fetch the kommun's events from the police API and ingest them (idempotent: known ids are
    duplicates)."""
    import datetime as dt
    import io

    from sqlalchemy import select

    from data_ingest.pipeline import ingest_file
    from data_ingest.polis_fetch import FetchError, fetch_events
    from lagesbild import db, settings
    from lagesbild.kommuner import resolve_kommun

    code = resolve_kommun(args.kommun)
    engine = open_engine(args)
    with engine.connect() as conn:
        short = conn.execute(select(db.kommuner.c.short_name).where(db.kommuner.c.code == code)).scalar()
    if short is None:
        raise UserInputError(
            f"Kommunen {code} finns inte i databasen: kör python -m lagesbild kommun add {code}"
        )
    base_url = args.url or settings.get("polis_api_url")
    try:
        events = fetch_events(base_url, [short], interval_s=float(settings.get("polis_api_interval_s")))
    except FetchError as exc:
        raise UserInputError(str(exc)) from None
    if not events:
        print(f"Polisens API listar inga händelser för {short} just nu.")
        return 0
    name = f"polisen_api_{code}_{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}.json"
    payload = json.dumps(events, ensure_ascii=False).encode("utf-8")
    summary = ingest_file(
        engine, io.BytesIO(payload), name, source="polis", imported_by=audit.cli_actor(), kommun=code
    )
    print(
        f"{short}: {len(events)} händelser från polisens API: {summary.loaded} nya, "
        f"{summary.duplicates} redan inlästa, {summary.ignored} ignorerade (utanför EST), "
        f"{summary.rejected} avvisade"
    )
    for error in summary.errors:
        print(f"  avvisad: {error['reason']}")
    return 0


def add_polis_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], with_db: Adder) -> None:
    polis = sub.add_parser("polis", help="polisens öppna händelse-API")
    polis_sub = polis.add_subparsers(dest="polis_command", required=True)
    fetch = with_db(polis_sub.add_parser("fetch", help="hämta och läs in kommunens händelser (kör dagligen)"))
    fetch.add_argument("--kommun", required=True, help="kommunkod eller namn")
    fetch.add_argument("--url", help="API:ets adress (annars LAGESBILD_POLIS_API_URL)")
    fetch.set_defaults(func=cmd_polis_fetch)
