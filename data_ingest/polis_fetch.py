"""Fetch the police's public events API (polisen.se/api/events) for a kommun, politely.

The API is queried by `locationname` (the kommun's name, as the police write it); the JSON list it
answers is ingested like a downloaded file (data_ingest.readers.polis_api). Requests are spaced by a
polite interval, retried on timeouts, 429 and 5xx with a growing pause, and a missing network gives a
Swedish message instead of a traceback. docs/ingest.md: running it daily.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import httpx

USER_AGENT = "Lagesbild/0.1 (EST-lagesbild for kommuner) python-httpx"


class FetchError(Exception):
    """The API could not be reached or answered nonsense; the message is Swedish and says what to do."""


def fetch_events(
    base_url: str,
    location_names: list[str],
    *,
    interval_s: float = 10.0,
    retries: int = 3,
    timeout_s: float = 30.0,
    sleep: Callable[[float], None] = time.sleep,
) -> list[dict[str, object]]:
    """Every event the API lists for these location names (one request per name, `interval_s` apart).

    Events listed under two names are kept once (by id)."""
    events: dict[object, dict[str, object]] = {}
    with httpx.Client(timeout=timeout_s, headers={"User-Agent": USER_AGENT}, follow_redirects=True) as client:
        for k, name in enumerate(location_names):
            if k:
                sleep(interval_s)
            for event in _get(client, base_url, name, retries, interval_s, sleep):
                events.setdefault(event.get("id"), event)
    return list(events.values())


def _get(
    client: httpx.Client,
    base_url: str,
    name: str,
    retries: int,
    interval_s: float,
    sleep: Callable[[float], None],
) -> list[dict[str, object]]:
    last = ""
    for attempt in range(retries + 1):
        if attempt:
            sleep(interval_s * 2**attempt)  # a growing pause: the service may be busy
        try:
            response = client.get(base_url, params={"locationname": name})
        except httpx.ConnectError as exc:
            last = f"kan inte ansluta ({exc}); är datorn ansluten till internet?"
            continue
        except httpx.TimeoutException:
            last = "inget svar inom tidsgränsen"
            continue
        except httpx.HTTPError as exc:
            last = str(exc)
            continue
        if response.status_code == 429 or response.status_code >= 500:
            last = f"tjänsten svarade {response.status_code}"
            continue
        if response.status_code != 200:
            raise FetchError(
                f"Polisens API ({base_url}) svarade {response.status_code} för {name!r}: "
                "kontrollera adressen "
                "(inställningen LAGESBILD_POLIS_API_URL)"
            )
        try:
            data = response.json()
        except json.JSONDecodeError:
            raise FetchError(f"Polisens API ({base_url}) svarade inte med JSON för {name!r}") from None
        if not isinstance(data, list):
            raise FetchError(f"Polisens API ({base_url}) svarade inte med en lista av händelser för {name!r}")
        return [e for e in data if isinstance(e, dict)]
    raise FetchError(
        f"Kunde inte hämta polisens händelser för {name!r} från {base_url} efter {retries + 1} "
        f"försök: {last}. "
        "Inget har lästs in; försök igen senare."
    )
