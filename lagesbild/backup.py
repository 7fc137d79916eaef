"""Backup and restore: the SQLite online-backup API, or pg_dump/pg_restore for PostgreSQL."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from lagesbild.errors import ExternalToolError, NotFound


def _pg_command(url: URL, tool: str) -> tuple[list[str], dict[str, str]]:
    path = shutil.which(tool)
    if path is None:
        raise ExternalToolError(f"{tool} saknas: installera PostgreSQL-klienten (Debian: postgresql-client)")
    env = dict(os.environ)
    args = [path, "--no-owner", "--dbname", url.database or ""]
    host = url.host or url.query.get("host")
    if isinstance(host, tuple):
        host = host[0]
    if host:
        args += ["--host", str(host)]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def backup(engine: Engine, out: Path) -> None:
    url = engine.url
    out.parent.mkdir(parents=True, exist_ok=True)
    if url.get_backend_name() == "sqlite":
        # The online-backup API copies a consistent snapshot even while the dashboard reads.
        source = sqlite3.connect(url.database or "")
        target = sqlite3.connect(out)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        return
    args, env = _pg_command(url, "pg_dump")
    subprocess.run([*args, "--format=custom", "--file", str(out)], check=True, env=env, capture_output=True)


def restore(engine: Engine, backup_file: Path) -> None:
    """Replace the database's content with the backup's."""
    if not backup_file.exists():
        raise NotFound(f"Säkerhetskopian finns inte: {backup_file}")
    url = engine.url
    engine.dispose()
    if url.get_backend_name() == "sqlite":
        source = sqlite3.connect(backup_file)
        target = sqlite3.connect(url.database or "")
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        return
    args, env = _pg_command(url, "pg_restore")
    result = subprocess.run(
        [*args, "--clean", "--if-exists", "--single-transaction", str(backup_file)],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise ExternalToolError(f"pg_restore misslyckades: {result.stderr.strip()[:500]}")
