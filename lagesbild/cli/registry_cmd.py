"""CLI: the reporters register and the unknown source labels (reporters add/list, labels list/map)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from lagesbild import audit
from lagesbild.cli.common import open_engine

Adder = Callable[[argparse.ArgumentParser], argparse.ArgumentParser]


def cmd_reporters_add(args: argparse.Namespace) -> int:
    from lagesbild.kommuner import resolve_kommun
    from lagesbild.reporters import add_reporter

    code = resolve_kommun(args.kommun)
    new = add_reporter(
        open_engine(args), code, args.name, args.source, not args.not_weekly, audit.cli_actor()
    )
    weekly = "varje vecka" if not args.not_weekly else "vid behov (räknas inte som saknad)"
    print(
        f"{'Registrerad' if new else 'Uppdaterad'}: {args.name.strip()} ({args.source}, {code}), "
        f"rapporterar {weekly}"
    )
    return 0


def cmd_reporters_list(args: argparse.Namespace) -> int:
    from lagesbild.kommuner import resolve_kommun
    from lagesbild.reporters import reporters

    frame = reporters(open_engine(args), resolve_kommun(args.kommun) if args.kommun else None)
    if args.json:
        records = frame.astype(object).to_dict("records")
        print(json.dumps(records, ensure_ascii=False, indent=2, default=bool))
        return 0
    if frame.empty:
        print(
            "Inga registrerade rapportörer: python -m lagesbild reporters add --kommun KOD --name "
            "NAMN --source kommun"
        )
    for r in frame.itertuples():
        print(f"{r.kommun}  {r.name}  {r.source}  {'varje vecka' if r.expected_weekly else 'vid behov'}")
    return 0


def cmd_labels_list(args: argparse.Namespace) -> int:
    from lagesbild.reporters import unknown_labels

    frame = unknown_labels(open_engine(args), unmapped_only=not args.all)
    if frame.empty:
        print("Inga okända etiketter.")
    for r in frame.itertuples():
        mapped = f" -> {r.category}" if isinstance(r.category, str) else ""
        print(f"{r.source}  {r.label!r}  {r.rows} rader  senast {r.last_seen:%Y-%m-%d}{mapped}")
    return 0


def cmd_labels_map(args: argparse.Namespace) -> int:
    from lagesbild.reporters import map_label

    changed = map_label(open_engine(args), args.source, args.label, args.category, audit.cli_actor())
    print(
        f"{args.label!r} ({args.source}) räknas nu som {args.category}: {changed} rapporter omkategoriserade"
    )
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], with_db: Adder) -> None:
    reporters = sub.add_parser("reporters", help="kommunens register över rapportörer")
    reporters_sub = reporters.add_subparsers(dest="reporters_command", required=True)
    add = with_db(reporters_sub.add_parser("add", help="registrera en rapportör (eller ändra den)"))
    add.add_argument("--kommun", required=True)
    add.add_argument("--name", required=True, help="namnet som rapporterna anger (Rapportör/organisation)")
    add.add_argument("--source", required=True, choices=["kommun", "polis", "bostadsbolag"])
    add.add_argument("--not-weekly", action="store_true", help="rapporterar bara vid behov")
    add.set_defaults(func=cmd_reporters_add)
    lst = with_db(reporters_sub.add_parser("list", help="lista rapportörerna"))
    lst.add_argument("--kommun")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_reporters_list)

    labels = sub.add_parser("labels", help="okända kategorietiketter från inläsningen")
    labels_sub = labels.add_subparsers(dest="labels_command", required=True)
    ll = with_db(labels_sub.add_parser("list", help="lista etiketter som ännu inte är mappade"))
    ll.add_argument("--all", action="store_true", help="även de mappade")
    ll.set_defaults(func=cmd_labels_list)
    lm = with_db(labels_sub.add_parser("map", help="mappa en etikett till en EST-kategori (omkategoriserar)"))
    lm.add_argument("label", metavar="ETIKETT")
    lm.add_argument(
        "category", metavar="KATEGORIKOD", help="t.ex. skadegorelse (se lagesbild/config/categories.toml)"
    )
    lm.add_argument("--source", default="kommun", choices=["kommun", "polis", "bostadsbolag"])
    lm.set_defaults(func=cmd_labels_map)
