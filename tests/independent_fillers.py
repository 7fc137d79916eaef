"""Value generators of the independent redaction corpus: one per frame slot (see independent_frames.py).

Each returns the text to put in the slot with the planted items or look-alikes it contains.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

from stdnum import luhn

from tests import independent_vocab as V
from tests.independent_labels import Fill, LookAlike, Planted, Probe, name_item, name_probes


def _origin(rng: random.Random) -> str:
    origins = list(V.FIRST_NAMES)
    return rng.choices(origins, weights=[4 if o == "svenska" else 1 for o in origins])[0]


def _first(rng: random.Random) -> tuple[str, str]:
    origin = _origin(rng)
    return rng.choice(V.FIRST_NAMES[origin]), origin


def _full(rng: random.Random) -> tuple[str, str]:
    first, origin = _first(rng)
    surname_origin = origin if rng.random() < 0.85 else _origin(rng)
    return f"{first} {rng.choice(V.SURNAMES[surname_origin])}", origin


def fill_full(rng: random.Random) -> Fill:
    name, origin = _full(rng)
    return Fill(name, [name_item("full_name", name, origin)])


def fill_first(rng: random.Random) -> Fill:
    name, origin = _first(rng)
    surface = f"{name} {rng.choice('ABDEHKLMNRST')}." if rng.random() < 0.25 else name
    return Fill(surface, [name_item("first_name", surface, origin, name)])


def fill_lowercase(rng: random.Random) -> Fill:
    name, origin = _full(rng) if rng.random() < 0.5 else _first(rng)
    return Fill(name.lower(), [name_item("lowercase_name", name.lower(), origin)])


def fill_word_name(rng: random.Random) -> Fill:
    name = rng.choice(V.WORD_FIRST_NAMES)
    if rng.random() < 0.25:
        name = f"{name} {rng.choice(V.WORD_SURNAMES)}"
    return Fill(name, [name_item("word_name", name, "ord")])


def fill_speaker(rng: random.Random) -> Fill:
    return fill_word_name(rng) if rng.random() < 0.45 else fill_first(rng)


def fill_word_after_role(rng: random.Random) -> Fill:
    name = rng.choice(V.WORD_FIRST_NAMES + V.WORD_SURNAMES)
    return Fill(name, [name_item("word_name", name, "ord")])


_NICK_PHRASES = (
    '{full} (kallad "{nick}")', "{full} som kallas {nick}", "{first} som kallar sig {nick}",
    'en kille som kallar sig "{nick}"', "{full} alias {nick}", '{full} alias "{nick}"',
    "{first} med smeknamnet {nick}", 'en tjej med smeknamnet "{nick}"', "{first} aka {nick}",
    "{first} a.k.a. {nick}", 'killen "{nick}"', 'tjejen "{nick}"', '"{nick}" ({full})', "{nick} ({first})",
    "({nick}) {full}", "{full} ({nick})", '{first} "{nick}" {last}', "han som kallas {nick}",
    "{first}, kallad {nick}", "en kille som kompisarna kallar {nick}", "{full}, kallas {nick} i området",
)  # fmt: skip


def fill_nickname(rng: random.Random) -> Fill:
    phrase = rng.choice(_NICK_PHRASES)
    nick = rng.choice(V.NICKNAMES)
    full, origin = _full(rng)
    first, last = full.split(" ", 1)
    surface = phrase.format(full=full, first=first, last=last, nick=nick)
    planted = [Planted("nickname", nick, name_probes(nick), "smeknamn")]
    if "{full}" in phrase or "{last}" in phrase:
        planted.append(name_item("full_name", full, origin))
    elif "{first}" in phrase:
        planted.append(name_item("first_name", first, origin))
    return Fill(surface, planted)


def fill_person(rng: random.Random) -> Fill:
    makers = (fill_full, fill_first, fill_nickname, fill_word_name, fill_lowercase)
    return rng.choices(makers, weights=(29, 18, 24, 15, 14))[0](rng)


def fill_genitive(rng: random.Random) -> Fill:
    fill = rng.choice((fill_full, fill_first, fill_lowercase))(rng)
    end = "'" if fill.surface[-1] in "sxz" else "s"
    return Fill(fill.surface + end, fill.planted)


def _role_fill(roles: tuple[str, ...]) -> Callable[[random.Random], Fill]:
    def fill(rng: random.Random) -> Fill:
        role = rng.choice(roles)
        if rng.random() < 0.3:
            surname = rng.choice(V.WORD_SURNAMES)
            return Fill(f"{role} {surname}", [name_item("word_name", surname, "ord")])
        origin = _origin(rng)
        surname = rng.choice(V.SURNAMES[origin])
        return Fill(f"{role} {surname}", [name_item("surname_after_role", surname, origin)])

    return fill


def fill_pnr(rng: random.Random) -> Fill:
    samordning = rng.random() < 0.4
    style = rng.choice(("12dash", "10dash", "10plain", "12plain", "plus"))
    year = rng.randint(1918, 1924) if style == "plus" else rng.randint(1950, 2012)
    day = rng.randint(1, 28) + (60 if samordning else 0)
    yymmdd = f"{year % 100:02d}{rng.randint(1, 12):02d}{day:02d}"
    serial = f"{rng.randint(1, 999):03d}"
    last4 = serial + luhn.calc_check_digit(yymmdd + serial)
    century = str(year // 100)
    surface = {
        "12dash": f"{century}{yymmdd}-{last4}", "10dash": f"{yymmdd}-{last4}", "10plain": f"{yymmdd}{last4}",
        "12plain": f"{century}{yymmdd}{last4}", "plus": f"{yymmdd}+{last4}",
    }[style]  # fmt: skip
    kind = "samordningsnummer" if samordning else "personnummer"
    return Fill(surface, [Planted(kind, surface, (Probe("digits", last4), Probe("digits", yymmdd)))])


def _groups(digits: str, rng: random.Random) -> str:
    """A subscriber number written the way people do: 123 45 67, 1234567, 12 34 567."""
    if rng.random() < 0.35 or len(digits) < 5:
        return digits
    if len(digits) == 7:
        return (
            f"{digits[:3]} {digits[3:5]} {digits[5:]}"
            if rng.random() < 0.7
            else f"{digits[:2]} {digits[2:4]} {digits[4:]}"
        )
    if len(digits) == 6:
        return f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    return f"{digits[:3]} {digits[3:]}"


def fill_phone(rng: random.Random) -> Fill:
    if rng.random() < 0.6:
        kind, area = "mobile", "7" + rng.choice("02369")
        sub = "".join(rng.choice("0123456789") for _ in range(7))
    else:
        kind, area = "landline", rng.choice(("8", "155", "16", "152", "31", "18", "8"))
        length = 7 if area == "8" else 6 if len(area) == 2 else rng.choice((5, 6))
        sub = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(length - 1))
    style = rng.random()
    grouped = _groups(sub, rng)
    if style < 0.45:
        surface = f"0{area}-{grouped}"
    elif style < 0.6:
        surface = f"0{area} {grouped}"
    elif style < 0.7:
        surface = f"0{area}{sub}"
    elif style < 0.85:
        surface = f"+46 {area} {grouped}"
    elif style < 0.92:
        surface = f"+46{area}{sub}"
    else:
        surface = f"+46 (0){area}-{grouped}"
    return Fill(surface, [Planted(kind, surface, (Probe("digits", sub[-4:]),))])


def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("ı", "i").replace("Ł", "L")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def fill_mail(rng: random.Random) -> Fill:
    full, _ = _full(rng)
    first, last = (_ascii(p).lower().replace("-", "") for p in full.split(" ", 1))
    year = rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(1, 12)
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first}{last}{year}",
            f"{first[0]}.{last}",
            f"{first}_{year:02d}",
            f"{last}.{first}",
        )
    )
    surface = f"{local}@{rng.choice(V.MAIL_DOMAINS)}"
    return Fill(surface, [Planted("email", surface, (Probe("text", local),))])


_PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"


def fill_plate(rng: random.Random) -> Fill:
    letters = "".join(rng.choice(_PLATE_LETTERS) for _ in range(3))
    digits = f"{rng.randint(1, 99) if rng.random() < 0.5 else rng.randint(100, 999):03d}"
    if rng.random() < 0.5:
        kind, tail = "plate", digits
        probes = (Probe("letters", letters), Probe("number", digits))
    else:
        kind, tail = "plate_new", digits[:2] + rng.choice(_PLATE_LETTERS)
        probes = (Probe("letters", letters), Probe("tail", tail))
    surface = f"{letters} {tail}" if rng.random() < 0.5 else f"{letters}{tail}"
    return Fill(surface, [Planted(kind, surface, probes)])


def fill_address(rng: random.Random) -> Fill:
    street = rng.choice(V.STREETS)
    number = str(rng.randint(1, 60) if rng.random() < 0.8 else rng.randint(61, 140))
    suffix = rng.choice(("", "", "", " B", "B", " A", "C", " uppgång D", "b", ", 3 tr"))
    surface = f"{street} {number}{suffix}"
    if rng.random() < 0.1:
        surface = surface.lower()
    return Fill(surface, [Planted("address", surface, (Probe("number", number),))])


def fill_apartment(rng: random.Random) -> Fill:
    number = f"{rng.randint(9, 16):02d}{rng.randint(1, 8):02d}"
    surface = rng.choice(("lgh {}", "lgh {}", "lägenhet {}", "lgh nr {}", "lgh.nr {}", "lägenhetsnummer {}"))
    surface = surface.format(number)
    return Fill(surface, [Planted("apartment", surface, (Probe("digits", number),))])


def fill_property(rng: random.Random) -> Fill:
    block = rng.choice(
        ("Nacka Fisksätra", "Fisksätra", "Nacka Älta", "Älta", "Brandkärr", "Nyköping Brandkärr")
    )
    designation = f"{rng.randint(1, 40)}:{rng.randint(1, 450)}"
    surface = f"{block} {designation}"
    return Fill(surface, [Planted("property", surface, (Probe("digits", designation.replace(":", "")),))])


def fill_case(rng: random.Random) -> Fill:
    serial = str(rng.randint(10_000, 9_999_999))
    district = rng.choice(("5000", "0201", "4000", "5000", "0800"))
    year = rng.randint(22, 26)
    surface = rng.choice(("{d}-K{s}-{y}", "{d}-K{s}-{y}", "K{s}-{y}", "{d}-K{s}-20{y}"))
    surface = surface.format(d=district, s=serial, y=year)
    return Fill(
        surface,
        [Planted("case_number", surface, (Probe("digits", serial[-4:]), Probe("text", f"K{serial}")))],
    )


def _look(kind: str, surface: str, text: str | None = None) -> Fill:
    return Fill(surface, lookalikes=[LookAlike(kind, text or surface)])


def fill_time(rng: random.Random) -> Fill:
    hour = rng.choice((0, 1, 2, 3, 14, 15, 16, 17, 18, 19, 20, 21, 21, 22, 22, 23, 23))
    minute = rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    core = rng.choice((f"{hour:02d}.{minute:02d}", f"{hour:02d}:{minute:02d}", f"{hour}.{minute:02d}"))
    if rng.random() < 0.12:
        core = f"{hour}-tiden"
    return _look("time", rng.choice(("kl {}", "kl. {}", "ca {}", "{}", "runt {}")).format(core), core)


def fill_date(rng: random.Random) -> Fill:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    core = rng.choice(
        (
            f"2025-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {V.MONTHS[month - 1]}",
            f"{day}.{month}.2025", f"{rng.choice(V.WEEKDAYS)} {day}/{month}",
        )
    )  # fmt: skip
    return _look("date", rng.choice(("{}", "den {}")).format(core), core)


def fill_amount(rng: random.Random) -> Fill:
    value = rng.choice((350, 800, 1500, 2300, 4500, 8000, 12000, 25000, 640))
    number = f"{value:,}".replace(",", " ") if rng.random() < 0.7 else str(value)
    core = rng.choice((f"{number} kr", f"{number} kronor", f"{number}:-", f"{number} kr"))
    return _look("amount", rng.choice(("{}", "ca {}")).format(core), core)


def fill_week(rng: random.Random) -> Fill:
    n = rng.randint(1, 52)
    return _look("week", rng.choice((f"v. {n}", f"v {n}", f"vecka {n}", f"v.{n}", f"V{n}")))


def fill_bus(rng: random.Random) -> Fill:
    line = rng.choice(("414", "443", "471", "497", "401", "409", "417", "5", "2", "701"))
    return _look(
        "bus_line", rng.choice((f"buss {line}", f"linje {line}", f"nattbuss {line}", f"bussen {line}"))
    )


def _pick(kind: str, values: tuple[str, ...]) -> Callable[[random.Random], Fill]:
    return lambda rng: _look(kind, rng.choice(values))


FILLERS: dict[str, Callable[[random.Random], Fill]] = {
    "P": fill_person, "PG": fill_genitive, "FULL": fill_full, "F": fill_first, "N": fill_nickname,
    "Q": fill_speaker, "W": fill_word_after_role, "LC": fill_lowercase,
    "RV": _role_fill(V.ROLES_HOUSING), "RP": _role_fill(V.ROLES_POLICE), "RK": _role_fill(V.ROLES_KOMMUN),
    "PNR": fill_pnr, "TEL": fill_phone, "MAIL": fill_mail, "REG": fill_plate, "ADR": fill_address,
    "LGH": fill_apartment, "FBET": fill_property, "DNR": fill_case,
    "PLATS": _pick("place", V.PLACES), "INST": _pick("institution", V.INSTITUTIONS),
    "GATA": _pick("street", V.STREETS), "PGATA": _pick("person_street", V.PERSON_STREETS),
    "ORG": _pick("organisation", V.ORGANISATIONS), "TID": fill_time, "DAT": fill_date,
    "BELOPP": fill_amount, "VECKA": fill_week, "BUSS": fill_bus,
}  # fmt: skip
