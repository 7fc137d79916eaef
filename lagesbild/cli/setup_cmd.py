"""CLI: the settings listed with their help, and a password hashed for a local account."""

from __future__ import annotations

import argparse
import json
import sys

from lagesbild import settings
from lagesbild.cli.common import EXIT_OK, UserError


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
