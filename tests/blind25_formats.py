"""How the systems of the twenty-fifth blind corpus write dates, times, stamps, amounts and weeks (its
look-alikes), and the codes of their own that carry no label (tests/blind25_fill.py)."""

from __future__ import annotations

import random

from tests.blind25_vocab_places import MONTHS
from tests.independent_labels import LookAlike


def _date(rng: random.Random) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    name, dd, mm = MONTHS[month - 1], f"{day:02d}", f"{month:02d}"
    forms = [f"2026-{mm}-{dd}", f"{day}/{month}", f"{day} {name}", f"{day}.{month}.2026", f"{dd}.{mm}.2026"]
    forms += [f"{day} {name[:3]}", f"26{mm}{dd}", f"{dd}/{mm}/2026"]
    return rng.choice(forms)


def _stamp(rng: random.Random) -> str:
    """A date with its time, as an export writes it."""
    month, day, h, m = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
    sec = rng.randint(0, 59)
    iso, hm = f"2026-{month:02d}-{day:02d}", f"{h:02d}:{m:02d}"
    forms = [
        f"{iso} {hm}",
        f"{iso} {hm}:{sec:02d}",
        f"{iso}T{hm}:{sec:02d}",
        f"{day}/{month}/2026 {h}:{m:02d}",
    ]
    forms += [f"{day:02d}.{month:02d}.2026 {h:02d}.{m:02d}", f"2026{month:02d}{day:02d} {h:02d}{m:02d}"]
    return rng.choice(forms)


def _time(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        [f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}:{m % 7:02d}", f"{h}.{m:02d}"]
    )


def _amount(rng: random.Random) -> str:
    n = rng.choice([350, 800, 1250, 2400, 3900, 4500, 6800, 12500, 18000, 32000, 47500])
    spaced = f"{n:,}".replace(",", " ")
    return rng.choice(
        [f"{spaced} kr", f"{n}:-", f"{spaced},00 kr", f"{n} SEK", f"{spaced} kronor", f"{n},50 kr"]
    )


def _week(rng: random.Random) -> str:
    n = rng.randint(1, 52)
    return rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"V{n:02d}", f"2026-W{n:02d}", f"Vecka {n}"])


def lookalike(rng: random.Random, kind: str) -> LookAlike:
    """A time, date, stamp (a date with its time, labelled a date), amount or week."""
    draw = {"time": _time, "date": _date, "stamp": _stamp, "amount": _amount, "week": _week}[kind]
    return LookAlike("date" if kind == "stamp" else kind, draw(rng), True)


def plain(rng: random.Random, kind: str, dnr: tuple[str, ...]) -> str | None:
    """A plain slot's text (no label), or None when the kind is no plain one."""
    if kind == "ung":
        return str(rng.randint(13, 19))
    if kind == "vuxen":
        return str(rng.randint(20, 68))
    if kind == "antal":
        return str(rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20]))
    if kind == "nr":  # a system's own case number
        return rng.choice(["", "", "AE-", "FA", "2026-"]) + str(rng.randint(10000, 999999))
    if kind == "obj":  # an alarm object id
        number = rng.randint(1000, 9999)
        return rng.choice([f"{number}-{rng.randint(1, 40):02d}", f"OBJ{number}"])
    if kind == "kort":  # an access card's number
        return f"{rng.randint(100000, 9999999):08d}"
    if kind == "dnr":  # the kommun's diarienummer
        return f"{rng.choice(dnr)} 2026/{rng.randint(12, 1400)}"
    if kind == "sign":  # a user code
        letters = "".join(rng.choice("ABDEFGHJKLMNPRST") for _ in range(2))
        return letters + (str(rng.randint(10, 99)) if rng.random() < 0.6 else "")
    return None
