"""Renders the simulated incidents into each source's weekly files, in that source's own format and words."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import Any

import sample_text as T
from sample_geo import AREA_BY_NAME, Street, to_wgs84
from sample_io import DataFile, Row, comma, date_text, polis_datetime, polis_name, polis_url, time_text
from sample_model import BOLAG_AREAS, BOLAG_STREETS_EXCLUDED, SKOLAVSLUTNING, TZ, Incident, iso_week, pick


class Renderer:
    def __init__(self, rng: random.Random, weeks: list[tuple[str, dt.date]], streets: list[Street]) -> None:
        self.rng = rng
        self.weeks = weeks
        self.week_labels = {label for label, _ in weeks}
        self.streets = streets
        self.files: dict[str, DataFile] = {}
        labels = [label for label, _ in weeks]
        self.nacka_xlsx = set(rng.sample(labels, 10))
        self.nacka_plain_utf8 = set(
            rng.sample([w for w in labels if int(w[-2:]) % 2 == 0 and w not in self.nacka_xlsx], 5)
        )
        self.nykoping_csv = sorted(rng.sample(labels, 12))
        self.nykopingshem_csv = set(rng.sample(labels, 10))
        self.kp_text_latlong = {k: set(rng.sample(labels, 20)) for k in ("Nacka", "Nyköping")}
        self.kp_time_cells = {k: set(rng.sample(labels, 15)) for k in ("Nacka", "Nyköping")}
        self.absent: dict[str, set[str]] = {}
        for r in T.RAPPORTORER:
            key = f"{r[0]} ({r[1]})"
            self.absent[key] = {
                w for w in labels if rng.random() > r[5] or int(w[-2:]) in T.CLOSED.get(r[0], ())
            }
        self.fastighet = self._fastigheter()
        self.used_case_numbers: set[str] = set()
        self._paths: dict[tuple[str, str, str], str] = {}
        self.planted = 0

    # --- files --------------------------------------------------------------------------------------

    def _file(self, source: str, org: str, week: str, key: str) -> DataFile | None:
        if week not in self.week_labels or week in T.MISSING.get((source, key), set()):
            return None
        if (source, key, week) not in self._paths:
            f = self._new_file(source, org, week, key)
            self.files[f.path] = f
            self._paths[(source, key, week)] = f.path
        return self.files[self._paths[(source, key, week)]]

    def _new_file(self, source: str, org: str, week: str, key: str) -> DataFile:
        n = int(week[-2:])
        if source == "kommun" and key == "Nacka":
            cols = T.NACKA_A if week < "2026" else T.NACKA_B
            if week in self.nacka_xlsx:
                f = DataFile(
                    f"kommun/nacka_est_{week}.xlsx",
                    source,
                    "incidents",
                    org,
                    week,
                    "xlsx",
                    cols,
                    sheet="EST-rapport",
                )
            else:
                enc = "utf-8" if week in self.nacka_plain_utf8 else "cp1252" if n % 2 else "utf-8-sig"
                f = DataFile(
                    f"kommun/nacka_est_{week}.csv", source, "incidents", org, week, "csv", cols, encoding=enc
                )
        elif source == "kommun":
            cols = T.NYKOPING_A if week < "2025-W35" else T.NYKOPING_B
            if week in self.nykoping_csv:
                enc = "utf-8-sig" if self.nykoping_csv.index(week) in (3, 8) else "cp1252"
                f = DataFile(
                    f"kommun/nykoping_est_{week}.csv",
                    source,
                    "incidents",
                    org,
                    week,
                    "csv",
                    cols,
                    encoding=enc,
                )
            else:
                f = DataFile(
                    f"kommun/nykoping_est_{week}.xlsx",
                    source,
                    "incidents",
                    org,
                    week,
                    "xlsx",
                    cols,
                    sheet="Blad1",
                )
        elif source == "kommunpolis":
            path = f"polis/kommunpolis_{T.KOMMUN_SLUG[key]}_{week}.xlsx"
            f = DataFile(path, "polis", "incidents", org, week, "xlsx", T.KOMMUNPOLIS, sheet="Händelser")
        elif source == "polis":
            f = DataFile(f"polis/handelser_{week}.json", "polis", "incidents", "Polisen", week, "json", [])
        elif key == "Stena Fastigheter":
            path = f"bostadsbolag/stena_fisksatra_{week}.xlsx"
            f = DataFile(path, "bostadsbolag", "incidents", org, week, "xlsx", T.STENA, sheet="Ärenden")
        elif week in self.nykopingshem_csv:
            path = f"bostadsbolag/nykopingshem_{week}.csv"
            f = DataFile(
                path, "bostadsbolag", "incidents", org, week, "csv", T.NYKOPINGSHEM, encoding="cp1252"
            )
        else:
            path = f"bostadsbolag/nykopingshem_{week}.xlsx"
            f = DataFile(path, "bostadsbolag", "incidents", org, week, "xlsx", T.NYKOPINGSHEM, sheet="Export")
        return f

    def ensure_all_files(self) -> None:
        """Every expected weekly file exists even when a week had nothing to report."""
        for week, _ in self.weeks:
            for kommun in ("Nacka", "Nyköping"):
                self._file("kommun", T.KOMMUN_ORG[kommun], week, kommun)
                self._file("kommunpolis", f"Kommunpolisen {kommun}", week, kommun)
            self._file("polis", "Polisen", week, "api")
            for bolag in BOLAG_AREAS.values():
                self._file("bostadsbolag", bolag, week, bolag)

    # --- personal data -------------------------------------------------------------------------------

    def _fastigheter(self) -> dict[tuple[str, int], str]:
        out: dict[tuple[str, int], str] = {}
        for street in self.streets:
            if street.area not in BOLAG_AREAS or not street.inside or street.name in BOLAG_STREETS_EXCLUDED:
                continue
            major = self.rng.randint(2, 6) if street.area == "Brandkärr" else self.rng.randint(1, 2)
            minor = self.rng.randint(1, 30 if street.area == "Brandkärr" else 60)
            for number in street.numbers:
                if (number - 1) % 6 == 0:
                    minor += self.rng.randint(1, 4)
                out[(street.name, number)] = f"{street.area} {major}:{minor}"
        return out

    def case_number(self, kommun: str, at: dt.datetime) -> str:
        prefix, per_day = T.POLIS_PREFIX[kommun]
        day = at.timetuple().tm_yday - 1
        number = 1000 + day * per_day + int((at.hour * 60 + at.minute) / 1440 * per_day)
        while (value := f"{prefix}{number}-{at.year % 100:02d}") in self.used_case_numbers:
            number += 1
        self.used_case_numbers.add(value)
        return value

    def plant(self, inc: Incident) -> tuple[str, list[tuple[str, str]]]:
        rng = self.rng
        # the first rounds go through every template so each kind of personal data is planted a few times
        self.planted += 1
        template = (
            T.PD_TEMPLATES[self.planted % len(T.PD_TEMPLATES)][0]
            if self.planted <= 36
            else pick(rng, T.PD_TEMPLATES)
        )
        area = inc.area or "Fisksätra"
        values: dict[str, str] = {}
        person = T.name(rng)
        for key in (
            "namn",
            "telefon",
            "regnr",
            "epost",
            "personnummer",
            "samordningsnummer",
            "adress",
            "diarienr",
            "fastighet",
        ):
            if "{" + key + "}" not in template:
                continue
            if key == "namn":
                values[key] = person
            elif key == "telefon":
                values[key] = T.phone(rng)
            elif key == "regnr":
                values[key] = T.plate(rng)
            elif key == "epost":
                values[key] = T.email(rng, person)
            elif key in ("personnummer", "samordningsnummer"):
                values[key] = T.personnummer(rng, coordination=key == "samordningsnummer")
            elif key == "adress":
                street = rng.choice([s for s in self.streets if s.area == area and s.inside])
                values[key] = f"{street.name} {rng.choice(list(street.numbers))}"
            elif key == "diarienr":
                values[key] = self.case_number(inc.kommun, inc.at - dt.timedelta(minutes=rng.randint(1, 300)))
            else:
                choices = sorted({v for v in self.fastighet.values() if v.startswith(area)})
                values[key] = (
                    rng.choice(choices) if choices else f"{area} {rng.randint(10, 40)}:{rng.randint(1, 200)}"
                )
        return template.format(**values), list(values.items())

    # --- kommun ---------------------------------------------------------------------------------------

    def _rapportor(self, inc: Incident, when: dt.datetime, force: bool) -> tuple | None:
        week = iso_week(when.date())
        options = []
        for r in T.RAPPORTORER:
            if r[1] != inc.kommun or inc.area not in r[2] or week in self.absent[f"{r[0]} ({r[1]})"]:
                continue
            at_school = inc.place is not None and inc.place.name == r[0]
            if r[0].endswith("skolan") and not (at_school or inc.category == "ryktesspridning"):
                continue  # a school reports what happens at the school
            hour = when.hour if when.hour >= 6 else when.hour + 24
            fit = 1.0 if r[4][0] <= hour < r[4][1] else 0.12
            options.append((r, r[3].get(inc.category, 1.0) * fit))
        if not options:
            if not force:
                return None
            return next(r for r in T.RAPPORTORER if r[1] == inc.kommun and r[0].startswith("Trygghetsvärdar"))
        return self.rng.choices([o[0] for o in options], weights=[o[1] for o in options])[0]

    def _plats(self, inc: Incident) -> tuple[str, list[tuple[str, str]]]:
        rng = self.rng
        if inc.place is not None:
            p = inc.place
            name = rng.choice([p.name, p.name, *p.aliases])
            return pick(
                rng, [(name, 5), (f"vid {name}", 2), (f"utanför {name}", 1), (f"{name}, entrén", 1)]
            ), []
        assert inc.street is not None
        street = inc.street.name
        spot = T.ADDRESS_SPOTS.get(inc.fire or inc.category, T.ADDRESS_SPOTS["default"])
        if inc.number is not None and (rng.random() < 0.015 or (inc.duplicate and rng.random() < 0.15)):
            address = f"{street} {inc.number}"
            return pick(rng, [(f"{rng.choice(spot)} {address}", 3), (address, 2)]), [("adress", address)]
        if inc.number is not None:
            return f"{rng.choice(spot)} {street}", []
        return pick(rng, [(f"gångvägen längs {street}", 3), (f"lekplatsen vid {street}", 2), (street, 2),
                          (f"busskuren {street}", 1)]), []  # fmt: skip

    def kommun(self, inc: Incident) -> None:
        rng = self.rng
        when = inc.at
        if inc.duplicate:
            when = inc.at + dt.timedelta(minutes=5 * rng.randint(-12, 12))
        r = self._rapportor(inc, when, force=inc.duplicate)
        if r is None:
            return
        name, kommun, _, _, _, _, date_style, time_styles = r
        time_style = pick(rng, time_styles)
        if (
            name.startswith("Fastighet")
            and not inc.duplicate
            and inc.category in ("klotter", "skadegorelse", "nedskrapning")
        ):
            if when.hour >= 17 or when.hour < 6:  # found on the next morning round
                when = (when + dt.timedelta(hours=12)).replace(
                    hour=rng.randint(6, 9), minute=rng.randrange(60)
                )
        if inc.duplicate and time_style in ("daypart", ""):
            time_style = "colon"
        f = self._file("kommun", T.KOMMUN_ORG[kommun], iso_week(when.date()), kommun)
        if f is None:
            return
        label, unknown = pick(rng, T.KOMMUN_LABELS[inc.category]), None
        if inc.fire:
            label = T.FIRE[inc.fire][0] if rng.random() < 0.6 else label
            text = T.FIRE[inc.fire][1]
        else:
            text = rng.choice(T.KOMMUN_TEXT[inc.category])
        d = inc.at.date()
        fireworks = (d.month == 12 and d.day >= 27) or (d.month == 1 and d.day <= 5)
        if fireworks and inc.category in T.UNKNOWN_LABELS and not inc.duplicate and rng.random() < 0.5:
            label = unknown = T.UNKNOWN_LABELS[inc.category]
            text = rng.choice(T.KOMMUN_TEXT["fyrverkerier"])
        elif inc.special == "halloween" and inc.category == "skadegorelse" and rng.random() < 0.5:
            label, text = (unknown := "Äggkastning"), rng.choice(T.KOMMUN_TEXT["halloween"])
        assert inc.area is not None
        plats, in_plats = self._plats(inc)
        personal = [(t, v, "Plats") for t, v in in_plats]
        if rng.random() < 0.014:
            extra, items = self.plant(inc)
            text = f"{text} {extra}"
            personal += [(t, v, "Beskrivning") for t, v in items]
        area_text = pick(
            rng,
            [(inc.area, 17), (inc.area.lower(), 1), (inc.area + " ", 1), ("" if inc.place else inc.area, 1)],
        )
        xlsx = f.fmt == "xlsx"
        values: dict[str, Any] = {
            "Område": area_text,
            "Plats": plats,
            "Kategori": label,
            "Beskrivning": text,
            "Rapportör": name,
        }
        if xlsx and rng.random() < 0.85:
            values["Datum"] = when.date()
        else:
            values["Datum"] = date_text(when.date(), date_style)
        values["Tid"] = time_text(when, time_style)
        if xlsx and kommun == "Nyköping" and time_style in ("colon", "dot") and rng.random() < 0.3:
            values["Tid"] = dt.time(when.hour, when.minute)
        coord_share = {"Trygghetsvärdar": 0.45, "Väktare": 0.3, "Fastighet": 0.25, "Fältassistenter": 0.3}
        if rng.random() < coord_share.get(name.split()[0].split("/")[0], 0.0):
            e, n = inc.east + rng.uniform(-3, 3), inc.north + rng.uniform(-3, 3)
            if kommun == "Nacka":
                values["N"], values["E"] = (round(n, 1), round(e, 1)) if xlsx else (comma(n, 1), comma(e, 1))
            else:
                lat, lon = to_wgs84(e, n)
                if xlsx and rng.random() < 0.7:
                    values["Lat"], values["Lon"] = round(lat, 6), round(lon, 6)
                else:
                    values["Lat"], values["Lon"] = comma(lat, 6), comma(lon, 6)
        if kommun == "Nyköping":
            values["Åtgärd"] = pick(
                rng,
                [
                    ("", 4),
                    ("Sanerat", 1),
                    ("Anmält till polis", 1),
                    ("Felanmält", 1),
                    ("Pratat med ungdomarna", 1),
                    ("Vidarebefordrat till fastighetsägaren", 1),
                ],
            )
        key = (name, when) if kommun == "Nyköping" else (when, name)
        canon = {c.casefold(): c for c in f.columns}
        spelled = [(t, v, canon[c.casefold()]) for t, v, c in personal]
        row = Row(self._columns(f, values), inc.id, spelled, unknown_label=unknown, sort_key=key)
        f.rows.append(row)
        inc.rows.append((f, row))

    @staticmethod
    def _columns(f: DataFile, values: dict[str, Any]) -> dict[str, Any]:
        """Map canonical names onto the file's own header spelling (datum, TID, OMRÅDE...)."""
        canon = {c.casefold(): c for c in f.columns}
        return {canon[k.casefold()]: v for k, v in values.items() if k.casefold() in canon}

    # --- police ---------------------------------------------------------------------------------------

    def polis(self, inc: Incident) -> None:
        rng = self.rng
        typ = inc.polis_type or pick(rng, T.POLIS_TYPES[inc.category])
        if inc.publish_delay is not None:
            delay = inc.publish_delay
        elif typ == "Sammanfattning natt":
            delay = dt.timedelta(minutes=rng.randint(10, 40), seconds=rng.randrange(60))
        else:
            minutes = pick(rng, [("a", 6), ("b", 3), ("c", 1)])
            span = {"a": (12, 90), "b": (90, 240), "c": (240, 359)}[minutes]
            delay = dt.timedelta(minutes=rng.randint(*span), seconds=rng.randrange(60))
        published = (inc.at + delay).astimezone(TZ)
        created = (inc.at + delay * rng.uniform(0.3, 0.95)).astimezone(TZ)
        f = self._file("polis", "Polisen", iso_week(published.date()), "api")
        if f is None:
            return
        where = inc.kommun
        lan, lan_gps = T.LAN[inc.kommun]
        location = {"name": inc.kommun, "gps": T.KOMMUN_GPS[inc.kommun]}
        if typ == "Sammanfattning natt":
            where, location = lan, {"name": lan, "gps": lan_gps}
            summary = rng.choice(T.SUMMARY_NIGHT)
        elif inc.category == "non_est":
            district = rng.choice(T.ELSEWHERE[inc.kommun])
            summary = rng.choice(T.NON_EST[typ]).format(
                road=rng.choice(T.ROADS[inc.kommun]), district=district
            )
        else:
            summary = self._summary(inc, typ)
        if typ != "Sammanfattning natt" and rng.random() < 0.05:
            location = {"name": lan, "gps": lan_gps}
        values = {
            "id": 0,
            "datetime": polis_datetime(published),
            "name": polis_name(inc.at, typ, where),
            "summary": summary,
            "url": polis_url(created, inc.at, typ, where),
            "type": typ,
            "location": location,
        }
        row = Row(values, inc.id, sort_key=(published, created))
        f.rows.append(row)
        inc.rows.append((f, row))

    def _summary(self, inc: Incident, typ: str) -> str:
        rng = self.rng
        if inc.area is None:
            if rng.random() < 0.65:
                return rng.choice(T.POLIS_SUMMARY[typ]).format(loc=f"i {inc.district}", area=inc.district)
            return rng.choice(T.POLIS_UNPLACED[typ])
        templates = T.FIRE[inc.fire][2] if inc.fire and typ == "Brand" else T.POLIS_SUMMARY[typ]
        if not inc.duplicate and rng.random() < 0.2:
            if inc.fire and typ == "Brand":
                return T.FIRE[inc.fire][2][0].replace(" {loc}", "").replace(", {area}", "")
            return rng.choice(T.POLIS_UNPLACED[typ])
        loc = pick(rng, [(f"i {inc.area}", 4), (f"i centrala {inc.area}", 1)])
        if inc.place is not None and rng.random() < 0.5:
            name = inc.place.name
            if name.startswith(inc.area + " ") and rng.random() < 0.5:
                name = inc.area + "s " + name[len(inc.area) + 1 :]  # "Fisksätras centrum"
            loc = f"vid {name}"
        return rng.choice(templates).format(loc=loc, area=inc.area)

    def assign_polis_ids(self) -> None:
        """Ids grow with creation time at the real API's pace (~157 a day), offset by 1 000 000."""
        rows = sorted(
            (r for f in self.files.values() if f.fmt == "json" for r in f.rows), key=lambda r: r.sort_key[1]
        )
        start = dt.datetime(2025, 4, 14, tzinfo=TZ)
        last = 0
        for row in rows:
            days = (row.sort_key[1] - start).total_seconds() / 86400
            last = max(last + 1, 1_578_772 + int(days * 157) + self.rng.randint(0, 40))
            row.values["id"] = last

    # --- kommunpolis ----------------------------------------------------------------------------------

    def kommunpolis(self, inc: Incident) -> None:
        rng = self.rng
        week = iso_week(inc.at.date())
        f = self._file("kommunpolis", f"Kommunpolisen {inc.kommun}", week, inc.kommun)
        if f is None:
            return
        typ = inc.polis_type if inc.area is None else pick(rng, T.KOMMUNPOLIS_TYPES[inc.category])
        if inc.fire:
            typ = "Bilbrand" if inc.fire == "bil" else "Brand"
        personal: list[tuple[str, str, str]] = []
        if inc.place is not None:
            plats = rng.choice([inc.place.name, inc.place.name, *inc.place.aliases])
        else:
            assert inc.street is not None
            plats = inc.street.name
            if inc.number is not None and rng.random() < (0.04 if inc.area else 0.3):
                plats = f"{inc.street.name} {inc.number}"
                personal.append(("adress", plats, "Plats"))
        omrade = (
            inc.district if inc.area is None else pick(rng, [(inc.area, 18), ("", 1), (inc.area.lower(), 1)])
        )
        lat, lon = to_wgs84(inc.east + rng.uniform(-15, 15), inc.north + rng.uniform(-15, 15))
        text = week in self.kp_text_latlong[inc.kommun]
        number = self.case_number(inc.kommun, inc.at)
        personal.append(("diarienr", number, "Händelsenr"))
        values = {
            "Händelsenr": number,
            "Datum": inc.at.date(),
            "Klockslag": dt.time(inc.at.hour, inc.at.minute)
            if week in self.kp_time_cells[inc.kommun]
            else f"{inc.at:%H:%M}",
            "Brottstyp": typ,
            "Plats": plats,
            "Område": omrade,
            "Lat": comma(lat, 4) if text else round(lat, 6),
            "Long": comma(lon, 4) if text else round(lon, 6),
        }
        row = Row(values, inc.id, personal, sort_key=(inc.at, number))
        f.rows.append(row)
        inc.rows.append((f, row))

    # --- bostadsbolag ---------------------------------------------------------------------------------

    def bostadsbolag(self, inc: Incident) -> None:
        rng = self.rng
        assert inc.area is not None and inc.street is not None and inc.number is not None
        bolag = BOLAG_AREAS[inc.area]
        at = inc.at
        if inc.duplicate:
            registered = at + dt.timedelta(minutes=rng.randint(30, 150))
        elif inc.category in ("anlagd_brand", "incident_anstalld") or inc.category == "non_est":
            registered = at + dt.timedelta(minutes=rng.randint(20, 180))
        elif 7 <= at.hour < 16 and at.weekday() < 5:
            registered = at + dt.timedelta(minutes=rng.randint(15, 120))
        else:  # logged by customer service on the next working-day morning
            day = at.date() + dt.timedelta(days=1 if at.hour >= 7 else 0)
            while day.weekday() >= 5:
                day += dt.timedelta(days=1)
            registered = dt.datetime.combine(day, dt.time(rng.randint(7, 9), rng.randrange(60))).replace(
                tzinfo=TZ
            )
        registered = registered.replace(second=0, microsecond=0)
        f = self._file("bostadsbolag", bolag, iso_week(registered.date()), bolag)
        if f is None:
            return
        typ = inc.polis_type or "" if inc.category == "non_est" else T.BOLAG_TYPES[inc.category]
        text = T.FIRE[inc.fire][3] if inc.fire else rng.choice(T.BOLAG_TEXT[typ])
        address = f"{inc.street.name} {inc.number}"
        fastighet = self.fastighet[(inc.street.name, inc.number)]
        personal = [("adress", address, "Adress"), ("fastighet", fastighet, "Fastighet")]
        if rng.random() < 0.025:
            extra, items = self.plant(inc)
            text = f"{text} {extra}"
            personal += [(t, v, "Beskrivning") for t, v in items]
        cost_range = {
            "Brand/brandrök": (5, 60),
            "Vattenskada": (5, 80),
            "Hissfel": (2, 12),
            "Skadegörelse": (1, 15),
            "Klotter": (2, 9),
            "Inbrott förråd": (1, 8),
            "Nedskräpning/grovsopor": (1, 4),
            "Belysning ur funktion": (1, 3),
            "Olovligt boende": (1, 3),
        }.get(typ)
        cost: Any = ""
        if cost_range and rng.random() < 0.85:
            a, b = rng.randint(*cost_range), rng.choice([0, 250, 500, 750, 200, 800])
            cost = rng.choice(T.COSTS).format(a=a, b=b)
            if f.fmt == "xlsx" and rng.random() < 0.3:
                cost = a * 1000 + b
        values = {
            "Ärendenr": None,
            "Registrerad": registered.replace(tzinfo=None)
            if f.fmt == "xlsx"
            else f"{registered:%Y-%m-%d %H:%M}",
            "Fastighet": fastighet,
            "Adress": address,
            "Ärendetyp": typ,
            "Beskrivning": text,
            "Kostnad": cost,
            "Bolag": bolag,
        }
        row = Row(values, inc.id, personal, sort_key=registered)
        f.rows.append(row)
        inc.rows.append((f, row))

    def assign_case_ids(self) -> None:
        counters: dict[tuple[str, int], int] = defaultdict(lambda: 0)
        for f in sorted((f for f in self.files.values() if f.source == "bostadsbolag"), key=lambda f: f.week):
            for row in f.rows:
                year = row.sort_key.year
                key = (f.organisation, year)
                if f.organisation == "Stena Fastigheter":
                    counters[key] = counters[key] or (400 if year == 2025 else 0)
                    counters[key] += self.rng.randint(3, 40)
                    row.values["Ärendenr"] = f"SF-{year}-{counters[key]:05d}"
                else:
                    key = (f.organisation, 0)  # one running series across years
                    counters[key] = counters[key] or 204518
                    counters[key] += self.rng.randint(5, 60)
                    row.values["Ärendenr"] = counters[key]
        # Ärendenr are unique per company: Nyköpingshem's integers keep running across the new year
        nh = [
            r.values["Ärendenr"]
            for f in self.files.values()
            if f.organisation == "Nyköpingshem"
            for r in f.rows
        ]
        assert len(nh) == len(set(nh))

    # --- kommande händelser ---------------------------------------------------------------------------

    def kommande(self) -> None:
        for i, (week, monday) in enumerate(self.weeks):
            for kommun, offset, fmt in (("Nacka", 0, "csv"), ("Nyköping", 2, "xlsx")):
                if i % 4 != offset:
                    continue
                slug = T.KOMMUN_SLUG[kommun]
                f = DataFile(
                    f"kommun/{slug}_kommande_{week}.{fmt}",
                    "kommun",
                    "events",
                    T.KOMMUN_ORG[kommun],
                    week,
                    fmt,
                    T.KOMMANDE,
                    encoding="utf-8-sig" if fmt == "csv" else None,
                    sheet="Kommande",
                )
                areas = [a for a, obj in AREA_BY_NAME.items() if obj.kommun == kommun]
                start, end = monday + dt.timedelta(days=7), monday + dt.timedelta(days=35)
                events = self._calendar(kommun, areas, start, end)
                for day, area, title, text in sorted(events):
                    who = (
                        "Trygghetssamordnare " + kommun
                        if "match" not in title
                        else "Föreningsservice " + kommun
                    )
                    values = {
                        "Datum": day if fmt == "xlsx" else day.isoformat(),
                        "Område": area,
                        "Händelse": title,
                        "Beskrivning": text,
                        "Rapportör": who,
                    }
                    f.rows.append(Row(values, sort_key=day))
                self.files[f.path] = f

    def _calendar(self, kommun: str, areas: list[str], start: dt.date, end: dt.date) -> list[tuple]:
        rng, out = self.rng, []
        day = start
        while day < end:
            for month, dom, title, text in T.FIXED_EVENTS:
                if (day.month, day.day) == (month, dom):
                    out += [(day, area, title, text) for area in areas]
            if day == SKOLAVSLUTNING.get((kommun, day.year)):
                out += [
                    (day, a, "Skolavslutning", "Skolavslutning, ungdomar firar kvällstid.") for a in areas
                ]
            if day.weekday() == 5 and 4 <= day.month <= 10 and rng.random() < 0.35:
                area = rng.choice(areas)
                title, text = T.AREA_EVENTS[area][1]
                out.append((day, area, title, text))
            if day.weekday() == 5 and (day.month, day.day // 7) in ((8, 4), (5, 1), (10, 0)):
                area = rng.choice(areas)
                title, text = T.AREA_EVENTS[area][0]
                out.append((day, area, title, text))
            day += dt.timedelta(days=1)
        if not out:
            out.append(
                (start + dt.timedelta(days=4), areas[0], "Kvällsöppet på fritidsgården", "Extra kvällsöppet.")
            )
        return out
