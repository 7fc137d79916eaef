"""Places, streets, institutions, organisations and lines of the twenty-fourth blind corpus
(tests/blind24_corpus.py), typed from the writer's own knowledge of the six kommuner (some streets and
property tracts are plausible rather than checked); the plate letters and the words of dates.
"""

from __future__ import annotations

from dataclasses import dataclass


def _w(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.split("/") if n.strip())


@dataclass(frozen=True)
class Region:
    kommun: str
    area_codes: tuple[str, ...]
    domains: tuple[str, ...]
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    tracts: tuple[str, ...]
    places: tuple[str, ...]
    venues: tuple[str, ...]
    associations: tuple[str, ...]
    lines: tuple[str, ...]


_PRIVATE = _w("gmail.com/hotmail.com/outlook.com/live.se/icloud.com/yahoo.se/telia.com/hotmail.se")

REGIONS: dict[str, Region] = {
    "nacka": Region(
        kommun="Nacka kommun",
        area_codes=("08",),
        domains=(*_PRIVATE, "nacka.se", "stenafastigheter.se"),
        streets=_w(
            "Fisksätravägen/Båthöjden/Fiskarhöjden/Getholmsvägen/Ältavägen/Stensövägen/Almvägen"
            "/Lovisedalsvägen/Ältabergsvägen/Oxelvägen/Strandpromenaden/Fisksätra torggata"
        ),
        person_streets=_w("Selma Lagerlöfs väg/Evert Taubes terrass/Gustav Vasas backe"),
        tracts=_w("Sicklaön/Erstavik/Lännersta/Älta/Fisksätra"),
        places=_w(
            "Fisksätra/Älta/Saltsjöbaden/Erstaviksbadet/Ältasjön/Fisksätra centrum/Älta centrum"
            "/Orminge/Sickla/Nackareservatet/Fisksätra torg/Ältabergets topp/gångtunneln vid stationen"
        ),
        venues=_w(
            "Fisksätra skola/Sigfridsborgsskolan/Älta tennishall/Fisksätra fritidsgård/Fisksätra bibliotek"
            "/Ältaskolan/Älta fritidsgård/Fisksätra vårdcentral/Ica Fisksätra/Coop Älta/Fisksätra station"
            "/Nacka gymnasium/Älta bibliotek"
        ),
        associations=_w(
            "Stena Fastigheter/Wallenstam/Älta IF/Fisksätra folkets hus/Nattvandrarna i Fisksätra"
            "/Grannsamverkan Älta/Trygga Fisksätra (fb)/Securitas/Röda Korset/Nacka kommun"
        ),
        lines=_w("buss 401/linje 409/471:an/Saltsjöbanan/buss 444/linje 818/nattbuss 491"),
    ),
    "nykoping": Region(
        kommun="Nyköpings kommun",
        area_codes=("0155",),
        domains=(*_PRIVATE, "nykoping.se", "nykopingshem.se"),
        streets=_w(
            "Brandkärrsvägen/Nyckelbergsvägen/Kråkvilans väg/Stenbro gränd/Ekbackevägen/Hjortsbergsvägen"
            "/Västra Storgatan/Brunnsgatan/Tallbacksvägen/Gjutargatan"
        ),
        person_streets=_w("Nils Dacke gränd/Karin Månsdotters väg/Carl Gustafs gata"),
        tracts=_w("Brandkärr/Spelhagen/Harg/Arnö/Oppeby"),
        places=_w(
            "Brandkärr/Brandkärrs centrum/Arnö/Spelhagen/Harg/Oppeby/Stora torget/Nyköpingsån"
            "/Långbergets pulkabacke/Brandkärrsbadet/Ekensberg/Rosvalla/Hargsängen"
        ),
        venues=_w(
            "Brandkärrsskolan/Långbergsskolan/Mariebergsgården/Nyköpings lasarett/Ica Brandkärr"
            "/Stadsbiblioteket/Nyköpings resecentrum/Brandkärrs vårdcentral/Nyköpings gymnasium"
            "/Rosvalla ishall"
        ),
        associations=_w(
            "Nyköpingshem/HSB/Rikshem/Nattvandrarna Nyköping/Brandkärrs IK/Nyköpings kommun/Avarn"
            "/Grannstöd Brandkärr/Röda Korset"
        ),
        lines=_w("linje 3/buss 5/linje 512/6:an/stadsbuss 2/buss 701"),
    ),
    "orebro": Region(
        kommun="Örebro kommun",
        area_codes=("019",),
        domains=(*_PRIVATE, "orebro.se", "obo.se"),
        streets=_w(
            "Vivallagatan/Baronbackarnas gata/Varbergavägen/Rudbecksgatan/Kristinagatan/Ekersvägen"
            "/Oxhagsgatan/Brickebacksvägen"
        ),
        person_streets=_w("Hjalmar Bergmans väg/Engelbrektsgatan/Olaus Petri gata"),
        tracts=_w("Vivalla/Varberga/Baronbackarna/Oxhagen"),
        places=_w(
            "Vivalla/Baronbackarna/Varberga/Oxhagen/Brickebacken/Stortorget/Stadsparken/Tybble/Markbacken"
        ),
        venues=_w(
            "Vivallaskolan/Vivalla fritidsgård/Universitetssjukhuset/Baronbackarnas fritidsgård/Conventum"
            "/Behrn arena/Varberga vårdcentral/Örebro resecentrum"
        ),
        associations=_w("Örebrobostäder/ÖBO/Vivalla BK/Nattvandrarna Örebro/Örebro kommun/Securitas"),
        lines=_w("linje 11/buss 4/nattbuss 50/linje 3/2:an"),
    ),
    "vasteras": Region(
        kommun="Västerås stad",
        area_codes=("021",),
        domains=(*_PRIVATE, "vasteras.se", "mimer.nu"),
        streets=_w(
            "Bäckbyvägen/Råbyvägen/Friledningsgatan/Vasagatan/Stora gatan/Pettersbergsgatan/Skultunavägen"
        ),
        person_streets=_w("Johannes Rudbeckius väg/Anna Lindhs plats/Karl Staaffs gata"),
        tracts=_w("Bäckby/Råby/Pettersberg/Vallby"),
        places=_w("Bäckby/Råby/Skultuna/Pettersberg/Vallby/Bäckby centrum/Vasaparken/Stora torget/Malmaberg"),
        venues=_w(
            "Bäckbyskolan/Bäckby fritidsgård/Rudbeckianska gymnasiet/Västerås stadsbibliotek"
            "/Västerås lasarett"
            "/Råby fritidsgård/Kokpunkten"
        ),
        associations=_w("Mimer/Västerås stad/Nattvandrarna Bäckby/Bäckby IF/Avarn/Fryshuset"),
        lines=_w("linje 1/buss 14/linje 6/23:an/nattbuss 92"),
    ),
    "jonkoping": Region(
        kommun="Jönköpings kommun",
        area_codes=("036",),
        domains=(*_PRIVATE, "jonkoping.se", "vatterhem.se"),
        streets=_w("Råslättsvägen/Öxnehagavägen/Klostergatan/Östra Storgatan/Barnarpsgatan/Österängsvägen"),
        person_streets=_w("Per Brahes väg/Dag Hammarskjölds väg/Ebba Brahes gata"),
        tracts=_w("Råslätt/Öxnehaga/Österängen/Huskvarna"),
        places=_w(
            "Råslätt/Öxnehaga/Österängen/Huskvarna/Tändsticksområdet/Munksjön/Vättersstranden/Rosenlund"
        ),
        venues=_w(
            "Råslättsskolan/Öxnehagaskolan/Råslätts fritidsgård/Länssjukhuset Ryhov/Jönköpings stadsbibliotek"
            "/Kinnarps arena/Per Brahegymnasiet"
        ),
        associations=_w("Vätterhem/Jönköpings kommun/Nattvandrarna Råslätt/Råslätts SK/Securitas"),
        lines=_w("linje 1/buss 3/linje 27/11:an/nattbuss 101"),
    ),
    "lulea": Region(
        kommun="Luleå kommun",
        area_codes=("0920",),
        domains=(*_PRIVATE, "lulea.se", "lulebo.se"),
        streets=_w("Hertsövägen/Smedjegatan/Storgatan/Kungsgatan/Porsövägen/Örnäsvägen/Skurholmsvägen"),
        person_streets=_w("Lars Levi Laestadius gata/Rådman Hansons väg/Hilda Sjölunds gata"),
        tracts=_w("Hertsön/Porsön/Örnäset/Skurholmen"),
        places=_w(
            "Hertsön/Örnäset/Porsön/Svartöstaden/Gültzauudden/Bergnäset/Skurholmen/Lulsundet/Norra hamn"
        ),
        venues=_w(
            "Hertsöskolan/Hertsö fritidsgård/Sunderby sjukhus/Luleå gymnasieby/Kulturens hus/Coop arena"
            "/Porsöskolan/Smedjan"
        ),
        associations=_w("Lulebo/Luleå kommun/Nattvandrarna Luleå/Luleå Hockey/Securitas/Hertsö IF"),
        lines=_w("linje 4/buss 2/linje 104/5:an/nattbuss 9"),
    ),
}

MONTHS = _w("januari/februari/mars/april/maj/juni/juli/augusti/september/oktober/november/december")
WEEKDAYS = _w(
    "måndag/tisdag/onsdag/torsdag/fredag/lördag/söndag/mån/tis/ons/tors/fre/lör/sön/igår/idag/imorgon/inatt"
    "/ikväll/natten/kvällen/från/till/ca/runt/typ/vid/efter/innan/sen/och/o/eller/på/i/nr"
)
# Plate letters: no I, Q, V, Å, Ä, Ö (as on Swedish plates); the last letter of a 2019 plate not O.
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    {"APA", "BUS", "FAN", "FEL", "FUL", "GAY", "KUK", "LAT", "MAO", "MUS", "NRP", "PMS", "SEX"}
)
