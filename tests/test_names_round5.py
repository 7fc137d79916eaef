"""The fifth name round of issue 14 (lagesbild/privacy/name_signals.py): names marked by a role, by
capitals, by a signature, a nickname mark, a family word, a list of people or a lowercase cue, and the
look-alikes each rule must leave. Sentences written for this file, not taken from any corpus."""

from __future__ import annotations

import re

import pytest

from lagesbild.privacy import redact

# (text, name words that must go)
FOUND = [
    # a role before a surname in capitals, a particle surname, a surname that is a place
    ("Lugnt enl. vaktm. OKONKWO på plats.", ["OKONKWO"]),
    ("Städrond: bitr. rektor HALVORSEN gick med.", ["HALVORSEN"]),
    ("Kontakta bovärd von Essen om nycklarna.", ["von", "Essen"]),
    ("Fältass. Lund följde med ut.", ["Lund"]),
    ("Fam. Berg ringde om grannen.", ["Berg"]),
    # lowercase after a telegraphic role
    ("fsk dilnoza karimova hittade sprutor i trapphuset", ["dilnoza", "karimova"]),
    ("Vattenläcka i källaren, kontakt jovana petrić 070-555 12 34.", ["jovana", "petrić"]),
    # names in capitals in a mixed-case text
    ("Hyresgäst TEMESGEN HAILU har inte betalt.", ["TEMESGEN", "HAILU"]),
    ("Ärendet gäller NGOC ANH TRAN, boende på plan 3.", ["NGOC", "ANH", "TRAN"]),
    # a found name grows over a particle and the word beside it
    ("Samtal med Samir al-Khatib om cykeln.", ["Samir", "al-Khatib"]),
    ("Beatrice af Wetterstedt hörde av sig.", ["Beatrice", "Wetterstedt"]),
    # nicknames
    ("Oro för den s.k. Snorken vid skolan.", ["Snorken"]),
    ("Tjabbe (smeknamn) syntes vid kiosken.", ["Tjabbe"]),
    ("Ilir, även kallad Pajen, greps vid stationen.", ["Ilir", "Pajen"]),
    ("Muggen (Eldar Mammadov) greps i går kväll.", ["Muggen", "Eldar", "Mammadov"]),
    # a signature, a person who writes or tells, the subject in a quotation
    ("Tack för i kväll! /Tsegay", ["Tsegay"]),
    ("Lugnt i helgen. Ewurabena skriver att hon följer upp.", ["Ewurabena"]),
    ("Enligt vittnet ”Bror hade en kniv”.", ["Bror"]),
    ("Inga problem, säger Ánte om kvällen.", ["Ánte"]),
    # a genitive before a family or home word
    ("Larm från Tsiones lägenhet på plan 2.", ["Tsiones"]),
    ("Golnar bor hos Jeylans moster.", ["Jeylans"]),
    # a list of people, a surname before a given name
    ("Närvarande: Oyelaran Adeyemi, Kalle Anka, Fisksätra IF", ["Oyelaran", "Adeyemi"]),
    ("Anmälan via Wikström, Ingrid i går.", ["Wikström", "Ingrid"]),
    # what is done to a person, an initial after a word that takes a person
    ("Ingripande mot Dawit Tesfamariam vid torget.", ["Dawit", "Tesfamariam"]),
    ("Bråk mellan Ngozi O. och en annan elev.", ["Ngozi"]),
    ("Möte m Aino Rautio och skolan i morgon.", ["Aino", "Rautio"]),
    ("Xhevat mejlade från skolan om hoten.", ["Xhevat"]),
    # lowercase cues
    ("tack jelena kovač! vi ses på fredag", ["jelena", "kovač"]),
    # whose number it is, a numbered member of a list of people
    ("Här är pnr 030405-1234 på Folasade som du ville ha.", ["Folasade"]),
    ("Har du numret till Yordanos?", ["Yordanos"]),
    ("Gripna: Aziz Rahimi 20010203-1234; Temitope 19990101-2345", ["Temitope"]),
    ("Rut (kurator) och en lärare pratade med eleverna.", ["Rut"]),
    ("Varning till familjen (Wondimu är sonen) efter bråket.", ["Wondimu"]),
    ("Rosa som driver kiosken vid torget larmade.", ["Rosa"]),
    ("Skickar pnr 121212+1212 på Gunvor som du bad om.", ["Gunvor"]),
    ("ang. yohannes: har pratat med mamman", ["yohannes"]),
]

# Look-alikes: the rule's cue is there, the word is no person.
KEPT = [
    ("Förare av personbil misstänks vara berusad.", ["personbil"]),
    ("En förare får böter efter olyckan.", ["får"]),
    ("Förare utan körkort, länsväg 570.", ["utan", "körkort"]),
    ("Vid kontrollen blåste en förare positivt", ["positivt"]),
    ("Väktare får in larm om inbrott.", ["får"]),
    ("Man omhändertagen, Helsingborg C.", ["Helsingborg"]),
    ("Medvetslös man körs till sjukhus.", ["Medvetslös"]),
    ("Skadegörelse på ICA Näras bil i natt.", ["ICA", "Näras"]),
    ("Stor folkfest, den så kallade Rännardagen.", ["Rännardagen"]),
    ("Påkörd person vid Kortdistansgatan / Flatås", ["Flatås"]),
    ("Väktarna lämnade över honom till polis Sigfridsborgs skola.", ["Sigfridsborgs", "skola"]),
    ("Möte m Länstrafiken Sörmland om hållplatsen.", ["Länstrafiken", "Sörmland"]),
    ("Fotbollsturnering, arr. Södertörns brandförsvarsförbund och skolan.", ["Södertörns"]),
    ("Ny kontakt med SL och HSB om belysningen.", ["SL", "HSB"]),
    ("Loppis vid Fisksätra centrum, kontakt Nacka Energi.", ["Fisksätra", "centrum", "Nacka", "Energi"]),
    ("Vägassistans ringer in om en bil på E6.", ["Vägassistans"]),
    ("Polisen skriver att det varit lugnt.", ["Polisen"]),
    ("Bråk kl 22.30 vid Älta tennishall, buss 401 försenad.", ["22.30", "Älta", "tennishall", "401"]),
    ("ang. mötet: flyttas till v12", ["mötet"]),
    ("tack allihop!", ["allihop"]),
    ("Utomhus på Hagängsvägen släckte räddningstjänsten en brand.", ["Utomhus"]),
    ("Personer som bor i området har ringt polisen.", ["Personer"]),
    ("Numret till RMC stänger tidigare i dag.", ["RMC"]),
    ("Tog buss nr 401 till Slussen och sedan tunnelbanan.", ["Slussen"]),
    ("Flera personer på S:t Sigfrids gata: Lugnt efter kl 23.", ["Sigfrids", "Lugnt"]),
]


@pytest.mark.parametrize(("text", "words"), FOUND, ids=[t for t, _ in FOUND])
def test_name_is_removed(text: str, words: list[str]) -> None:
    out = redact(text) or ""
    assert "[namn]" in out
    for w in words:
        assert not re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", out), f"{w!r} left in {out!r}"


@pytest.mark.parametrize(("text", "words"), KEPT, ids=[t for t, _ in KEPT])
def test_lookalike_is_kept(text: str, words: list[str]) -> None:
    out = redact(text) or ""
    assert "[namn]" not in out, out
    for w in words:
        assert w in out, f"{w!r} lost in {out!r}"
