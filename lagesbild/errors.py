"""The errors a person can act on: `LagesbildError` and its family.

Each carries a Swedish message that names what to fix. The CLI prints it and exits 2, the dashboard
shows it with st.error; anything that is not a LagesbildError is a bug and keeps its traceback.
The input errors also subclass the built-in they refine (ValueError, LookupError, ...) so that code
written against those keeps working.
"""

from __future__ import annotations


class LagesbildError(Exception):
    """An error the user can fix; shown as its Swedish message, without a traceback."""


class UserInputError(LagesbildError, ValueError):
    """A value the user gave is invalid: a week label, a date range, a status, a title."""


class FileFormatError(UserInputError):
    """A whole input file cannot be read (wrong format, missing required column, empty)."""


class ConfigError(LagesbildError, ValueError):
    """A setting or configuration file is invalid."""


class NotFound(LagesbildError, LookupError):
    """Something named does not exist: an area, a backup file, an insats."""


class PermissionDenied(LagesbildError, PermissionError):
    """The acting user may not do this."""


class SchemaOutdated(LagesbildError):
    """The database schema is older than the code (see lagesbild.schema_upgrade)."""


class ExternalToolError(LagesbildError, RuntimeError):
    """A required external program is missing or failed (pg_dump, pg_restore)."""
