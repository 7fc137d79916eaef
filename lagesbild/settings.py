"""The one registry of settings: each has an environment variable, a default and a help text.

`python -m lagesbild settings` lists them; the dashboard and the CLI read values only through `get`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from lagesbild.errors import ConfigError


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity: a container's or taskset's), else all of them."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


# More redaction workers than this gain little on a larger machine (the parent's own work per row is a
# third of the ingest) and each holds its own copy of the name lists.
MAX_REDACTION_WORKERS = 4


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting(
            "db",
            "LAGESBILD_DB",
            "sqlite:///data/lagesbild.db",
            "Databasens URL. Inbäddad standard: SQLite-fil. Produktion: "
            "postgresql+psycopg://användare@värd/db (PostGIS).",
        ),
        Setting(
            "kommun",
            "LAGESBILD_KOMMUN",
            "Nacka och Nyköping",
            "Kommunens namn som står på lägesbildens framsida.",
        ),
        Setting(
            "polis_api_url",
            "LAGESBILD_POLIS_API_URL",
            "https://polisen.se/api/events",
            "Adressen till polisens öppna händelse-API som `polis fetch` frågar (per ort med locationname).",
        ),
        Setting(
            "polis_api_interval_s",
            "LAGESBILD_POLIS_API_INTERVAL_S",
            "10",
            "Sekunder mellan två anrop till polisens API (artighet; omförsök väntar längre).",
        ),
        Setting(
            "grid_m",
            "LAGESBILD_GRID_M",
            "250",
            "Rutstorlek i meter för generaliserade platser i delade utdata (karta, PDF, export).",
        ),
        Setting(
            "min_cell_count",
            "LAGESBILD_MIN_CELL_COUNT",
            "3",
            "Minsta antal i en cell (område × kategori × vecka) i exporterade aggregat; färre visas som "
            "'<3'.",
        ),
        Setting(
            "auto_approve_sources",
            "LAGESBILD_AUTO_APPROVE",
            "",
            "Källor vars rapporter räknas som granskade direkt (kommaseparerat: kommun,polis,bostadsbolag).",
        ),
        Setting(
            "tile_url",
            "LAGESBILD_TILE_URL",
            "",
            "Adress till kartbakgrund, {z}/{x}/{y} (t.ex. kommunens egen tileserver, se docs/maps.md). "
            "Tom = ingen bakgrund och inga externa anrop.",
        ),
        Setting(
            "tile_attribution",
            "LAGESBILD_TILE_ATTRIBUTION",
            "",
            "Upphovsrättstext för kartbakgrunden.",
        ),
        Setting(
            "snapshot_dir",
            "LAGESBILD_SNAPSHOT_DIR",
            "data/snapshots",
            "Mapp för publicerade lägesbilder (statisk HTML, PDF, CSV, GeoJSON per vecka) som en vanlig "
            "webbserver kan dela ut till hur många läsare som helst.",
        ),
        Setting(
            "snapshot_url",
            "LAGESBILD_SNAPSHOT_URL",
            "",
            "Adress där webbservern delar ut de publicerade lägesbilderna (visas för läsare). Tom = visas "
            "inte.",
        ),
        Setting(
            "complete_grace_days",
            "LAGESBILD_COMPLETE_GRACE_DAYS",
            "7",
            "Dagar efter veckans slut som en vecka räknas som komplett även om en ordinarie rapportör "
            "inte har rapporterat. Innan dess är standardveckan den senaste kompletta veckan.",
        ),
        Setting(
            "trend_top_categories",
            "LAGESBILD_TREND_TOP_CATEGORIES",
            "5",
            "Antal kategorier som Trender visar var för sig när kurvan delas upp efter kategori; resten "
            "slås ihop till ”Övriga”.",
        ),
        Setting(
            "duplicate_distance_m",
            "LAGESBILD_DUPLICATE_DISTANCE_M",
            "250",
            "Största avstånd i meter mellan två rapporter från olika källor som räknas som samma händelse.",
        ),
        Setting(
            "duplicate_hours",
            "LAGESBILD_DUPLICATE_HOURS",
            "3",
            "Största tidsskillnad i timmar mellan två rapporter från olika källor som räknas som samma "
            "händelse.",
        ),
        Setting(
            "category_config",
            "LAGESBILD_CATEGORY_CONFIG",
            "",
            "Sökväg till kommunens egen kategorifil (TOML, som lagesbild/config/categories.toml). Tom = "
            "standard.",
        ),
        Setting(
            "raw_retention_days",
            "LAGESBILD_RAW_RETENTION_DAYS",
            "90",
            "Antal dagar som ursprunglig fritext (med möjliga personuppgifter) sparas innan den raderas.",
        ),
        Setting(
            "auth",
            "LAGESBILD_AUTH",
            "auto",
            "Inloggning: on = krävs (produktion), off = avstängd, alla är samordnare (bara lokal demo), "
            "auto = on så snart inloggning är konfigurerad i .streamlit/secrets.toml, annars off.",
        ),
        Setting(
            "anonymous",
            "LAGESBILD_ANONYMOUS",
            "none",
            "Vad den som inte är inloggad ser när inloggning krävs: none = bara inloggningen, "
            "shared = den delade lägesbilden (som rollen läsare).",
        ),
        Setting(
            "session_idle_minutes",
            "LAGESBILD_SESSION_IDLE_MINUTES",
            "60",
            "Minuter utan aktivitet innan en inloggning med lokalt konto upphör (även efter omladdning av "
            "sidan).",
        ),
        Setting(
            "session_max_hours",
            "LAGESBILD_SESSION_MAX_HOURS",
            "12",
            "Timmar som en inloggning med lokalt konto längst gäller, aktiv eller inte; sedan krävs "
            "lösenordet igen.",
        ),
        Setting(
            "max_input_mb",
            "LAGESBILD_MAX_INPUT_MB",
            "500",
            "Största storlek i MB för en fil som läses in, räknat uppackad (en XLSX-fil är en zip, en "
            ".gz-fil packas upp). Större filer avvisas innan de tolkas.",
        ),
        Setting(
            "max_compression_ratio",
            "LAGESBILD_MAX_COMPRESSION_RATIO",
            "200",
            "Största tillåtna packningsgrad för en del av en Excel-fil (uppackad storlek / packad). "
            "Vanliga filer ligger under 30; en dekomprimeringsbomb långt över.",
        ),
        Setting(
            "max_rows",
            "LAGESBILD_MAX_ROWS",
            "2000000",
            "Största antal rader i en fil. Större filer avvisas med ett meddelande innan någon rad läses in; "
            "dela upp dem.",
        ),
        Setting(
            "max_columns",
            "LAGESBILD_MAX_COLUMNS",
            "500",
            "Största antal celler på en rad (kolumner). En arbetsbok med fler avvisas innan den tolkas.",
        ),
        Setting(
            "max_cell_kb",
            "LAGESBILD_MAX_CELL_KB",
            "128",
            "Största storlek i kB för en cell; en rad med en större cell avvisas (raden, inte filen).",
        ),
        Setting(
            "max_json_mb",
            "LAGESBILD_MAX_JSON_MB",
            "64",
            "Största storlek i MB för en JSON-fil från polisens API, räknat uppackad (hela filen tolkas i "
            "minnet).",
        ),
        Setting(
            "earliest_year",
            "LAGESBILD_EARLIEST_YEAR",
            "2000",
            "Tidigaste år för en händelse; rader daterade tidigare avvisas som felskrivna.",
        ),
        Setting(
            "max_cost_sek",
            "LAGESBILD_MAX_COST_SEK",
            "100000000",
            "Största kostnad i kronor för en händelse; en rad med högre kostnad avvisas som felskriven.",
        ),
        Setting(
            "redaction_workers",
            "LAGESBILD_REDACTION_WORKERS",
            str(min(usable_cpus(), MAX_REDACTION_WORKERS)),
            "Antal processer som maskerar personuppgifter i fritext medan en stor fil läses in (medan "
            "huvudprocessen placerar och sparar raderna). 0 eller 1 = i samma process. Standard: antalet "
            f"processorkärnor som får användas, högst {MAX_REDACTION_WORKERS}.",
        ),
    ]
}


# Per-run values that win over the environment, e.g. the kommun's name while one dashboard session
# builds its PDF (a server serves several kommuner at once: os.environ is shared by every session).
_OVERRIDES: ContextVar[dict[str, str] | None] = ContextVar("lagesbild_settings", default=None)


@contextmanager
def overriding(**values: str) -> Iterator[None]:
    """Within the block (this thread/context only), `get(name)` returns the given values."""
    token = _OVERRIDES.set({**(_OVERRIDES.get() or {}), **values})
    try:
        yield
    finally:
        _OVERRIDES.reset(token)


def get(name: str) -> str:
    """The value of a setting: an `overriding` value, else its environment variable, else the default."""
    setting = SETTINGS[name]
    override = (_OVERRIDES.get() or {}).get(name)
    return override if override is not None else os.environ.get(setting.env, setting.default)


def get_int(name: str) -> int:
    value = get(name)
    try:
        return int(value)
    except ValueError:
        raise ConfigError(
            f"Inställningen {SETTINGS[name].env} måste vara ett heltal, inte {value!r}"
        ) from None


def get_list(name: str) -> list[str]:
    return [part.strip() for part in get(name).split(",") if part.strip()]
