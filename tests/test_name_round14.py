"""The fourteenth name round (issue 14, stop 25): what each rule finds and what it leaves.

The rules: who acts for a board or an office (`genom`), testifies (`Jag X Y intygar`), is shortened to two
initials, has an Irish surname, is addressed by a handle, wrote or asked (`Skrivelse från`), stands for an
organisation in brackets, or ends a calendar's subject after a dash (privacy/name_acting.py); a `//`
signature; a person from a unit or a workplace (`från lokalvården`); role words of schools, rosters and
Norwegian staff; a `?` read as the letter that makes a role word or a listed name; calendar headings.
What must stay: a listed organisation found as a name, a form's field name after another field's value,
a street before `och` and a name, the yard (`på gården`), an organisation at a line's end after a dash.
The sentences are written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from lagesbild.privacy.garbled import readable
from tests.name_checks import gone as _gone
from tests.name_checks import kept as _kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # who acts for a board or an office
        ("Föreningsstyrelsen genom Kiran Bhullar meddelar att lokalen är stängd.", ["Kiran Bhullar"]),
        ("Beslut: socialförvaltningen genom Dimitra Anagnostou, återkoppling v.12.", ["Dimitra Anagnostou"]),
        # who testifies in the first person
        ("Jag Ashur Danho bekräftar att dörren var öppen.", ["Ashur Danho"]),
        # two initials joined by a hyphen, and an Irish surname
        ("Nyckeln lämnades ut av B-M Sjödahl i receptionen.", ["Sjödahl"]),
        ("Rapporten signerad /K-G Wennerholm", ["Wennerholm"]),
        ("Överlämnat till T. O'Sullivan på plats.", ["O'Sullivan"]),
        # a handle in a ticket's comment
        ("Bilder bifogade. @ruvimbo kan du ta kontakt med fastighetsskötaren?", ["ruvimbo"]),
        # who wrote, asked or called
        ("Mejl från Ahmadzai Farhad om mopeder på gångvägen.", ["Ahmadzai Farhad"]),
        ("Klagomål från Björk i huset bredvid om ljud på natten.", ["Björk"]),
        # who stands for an organisation, in brackets after it
        ("Närvarande vid mötet: Owen Gallagher (Uppsala kommun) och polisen.", ["Owen Gallagher"]),
        # a full name at a line's end after a dash
        ("Svar: Godkänt: Trygghetsvandring v.20 – Pornthip Saetang\nVi ses där.", ["Pornthip Saetang"]),
        # a `//` signature
        ("Tack för veckan.\n//Drita Berisha, områdespolis", ["Drita Berisha"]),
        # a person from a unit or a workplace
        ("Soporna låg kvar, Rajesh från lokalvården tog hand om dem.", ["Rajesh"]),
        ("Jag går tidigt i kväll. Jocke från ungdomsgården tar över.", ["Jocke"]),
        # role words
        ("Vakthavande Tesfamariam tog emot larmet.", ["Tesfamariam"]),
        ("Ersättare Alla Ohlin på samma gata.", ["Alla Ohlin"]),
        ("Rapport: Ersättare Sol på Lönngatan.", ["Sol"]),
        ("Politibetjent Haugland var med på runden.", ["Haugland"]),
        ("Rastvakt Nuengruthai Boonmee: bråk vid gungorna.", ["Nuengruthai Boonmee"]),
        # calendar headings
        ("Avböjt: Ingegerd Sandström. Accepterat: Mats Hedlund", ["Ingegerd Sandström", "Mats Hedlund"]),
    ],
)
def test_found(text: str, names: list[str]) -> None:
    _gone(text, *names)


def test_a_question_mark_read_as_the_letter_of_a_role_word_or_a_listed_name() -> None:
    assert readable("?tg?rdat av fastighetssk?tare Eriksson.")[0] == "Åtgärdat av fastighetsskötare Eriksson."
    assert readable("Kontakta Sj?berg.")[0] == "Kontakta Sjöberg."
    # a street's ending is read as before: no role word or name is made by it
    assert readable("L?nnv?gen 3")[0] == "Lännvägen 3"
    _gone("Hyresg?sten klagar. ?tg?rdat av fastighetssk?tare Mahmoud.", "Mahmoud")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a listed organisation is no name, in a list or in brackets after a person
        ("Tack till Clas Ohlson och Hemköp för gott samarbete.", ["Clas Ohlson"]),
        ("Närvarande: Eva Lund, Per Ek (Riksbyggen), Sara Holm (Vattenfall)", ["Riksbyggen", "Vattenfall"]),
        ("Kommentar från Nora Lind (Nattvandrarna): lugnt", ["Nattvandrarna"]),
        ("Deltagare: Ali Hassan, Brottsofferjouren, Eva Berg", ["Brottsofferjouren"]),
        # a form's field name after another field's value
        ("Anmälare: Eva Lund, Handläggare: Nilsson, Per, Status: Pågående", ["Status", "Pågående"]),
        # a street before `och` and a name
        ("De hängde i cykelrummet på Ekbacksvägen och Sara Lind pratade med dem.", ["Ekbacksvägen"]),
        # the yard
        ("Nedskräpat på gården.", ["Nedskräpat", "gården"]),
        ("Glas på gården igen.", ["Glas", "gården"]),
        # an organisation, a place or a word after a dash at a line's end
        ("Ny belysning vid torget – Länstrafiken Sörmland", ["Länstrafiken Sörmland"]),
        ("Klotter på skolan – Gamla Stan", ["Gamla Stan"]),
        # after a message word, an authority or a place
        ("Svar från Nacka kommun om belysningen.", ["Nacka kommun"]),
        ("Brev från Skatteverket i dag.", ["Skatteverket"]),
        # a handle to a group, and an e-mail address's local part is the address finder's
        ("@alla glöm inte mötet på torsdag", ["alla"]),
        # a role word before a lowercase word, and `genom` before a place
        ("Vakthavande befäl svarar i telefon.", ["Vakthavande befäl"]),
        ("Vi gick genom Fisksätra centrum.", ["Fisksätra centrum"]),
        # `Jag` before a place
        ("Jag Stockholm bor inte.", ["Stockholm"]),
    ],
)
def test_kept(text: str, words: list[str]) -> None:
    _kept(text, *words)


def test_a_given_name_that_is_also_an_organisations_word_stays_a_name() -> None:
    # `Mentor` is an organisation's name and a given name: alone it is left, with a surname it goes
    _gone("Vi såg Mentor Gashi vid fritidsgården.", "Gashi")
    _gone("Tack till Sensus och Arjeta Hoxha för hjälpen.", "Arjeta Hoxha")
    _kept("Tack till Sensus och Arjeta Hoxha för hjälpen.", "Sensus")


def test_a_spreadsheet_function_is_no_handle() -> None:
    _kept("@SUM(A1) i en cell", "@SUM(A1)")
