"""The fifteenth name round (issue 14, stop 25): what each rule finds and what it leaves.

The rules: who we are in brackets after `Vi`, who sits on a board, who a case stays open or closes for, a
roster's line with `+`, who stands in for whom, a family by its particle surname, a register's `SURNAME,
Given`, a given name before an Irish or an Arabic surname (privacy/name_groups.py); `leds av`, role words
(`vicevärd`, `bitr.`, `materialare`, `domaren`, `sammankallande`, plural roles before names in brackets);
a listed name that is a function word too, capitalised in brackets after a role. What must stay: a word
in plural before `i gruppen`, a role or an organisation in capitals before a comma, a letter before a
bracket. The sentences are written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.name_checks import gone as _gone
from tests.name_checks import kept as _kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # who we are, in brackets after `Vi`
        ("Vi (Dilnaz och Teodor) pratar med föräldrarna på fredag.", ["Dilnaz", "Teodor"]),
        ("Vi (Sten och Rosa) pratar med föräldrarna på fredag.", ["Sten", "Rosa"]),
        # who sits on a board or in a group, opening a sentence
        ("Kodlåset byts i maj. Gulistan i styrelsen har koden.", ["Gulistan"]),
        ("Kodlåset byts i maj. Bo i styrelsen har koden.", ["Bo"]),
        # who a case stays open or closes for
        ("Avslutat för Nebiyu, pågående för Lorik. Nytt möte i juni.", ["Nebiyu", "Lorik"]),
        ("Avslutat för Dag, pågående för Stig. Nytt möte i juni.", ["Dag", "Stig"]),
        # a roster's line
        ("Tsegay på Gamla torget + Vera Holmén", ["Tsegay", "Vera Holmén"]),
        ("Ek på Gamla torget + Vera Holmén", ["Ek", "Vera Holmén"]),
        # who stands in for whom
        ("Fältgruppen (vikarierar för Gentiana under juli)", ["Gentiana"]),
        ("Nattvandrarna har ny samordnare som ersätter Burak i höst.", ["Burak"]),
        # a family by its particle surname
        ("Familjen van der Meulen har fått erbjudande om stöd.", ["Meulen"]),
        # a register's `SURNAME, Given`
        ("Kontaktperson hos regionen: LUNDSTRÖM, Ylva. Polisen: okänt.", ["LUNDSTRÖM", "Ylva"]),
        ("KHALILI, Omid (Fritid Centrum) / Eva Berg", ["KHALILI", "Omid"]),
        ("Kontaktperson hos regionen: STRAND, Ylva. Polisen: okänt.", ["STRAND", "Ylva"]),
        # a given name before an Irish or an Arabic surname, an initial before one
        ("Trygghetsvandring med Aoife O'Sullivan och polisen.", ["Aoife", "O'Sullivan"]),
        ("Kan du ta passet? R. Al-Hakim är sjuk.", ["Al-Hakim"]),
        # `leds av`, role words
        ("Nästa möte leds av Bergkvist.", ["Bergkvist"]),
        ("Områdespolis Anna Berg, bitr. Nowicki", ["Nowicki"]),
        ("Frågor till vicevärd Tesfalem, 08-123 456.", ["Tesfalem"]),
        ("Ledare: Eva Lund (tränare), Kebede (materialare)", ["Kebede"]),
        ("Föräldern bad domaren Lidia Morozova om ursäkt.", ["Lidia Morozova"]),
        # plural roles before names in brackets; a listed name that is a function word too
        ("Chaufförerna (Sol, Dina) säger att det blivit lugnare.", ["Sol", "Dina"]),
    ],
)
def test_found(text: str, names: list[str]) -> None:
    _gone(text, *names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mammorna i gruppen ordnar fika på lördag.", ["Mammorna"]),
        ("Vi i styrelsen har nyckel.", ["Vi i styrelsen"]),
        ("Kontakt med Kommunen i styrelsefrågan.", ["Kommunen"]),
        ("TESFAY ASMEROM, VÄKTARE, Max Hamburgare – rapport", ["VÄKTARE", "Max Hamburgare"]),
        ("Kontakt: NACKA, Anna", ["NACKA"]),
        ("Mvh EVA LUND, Max", ["Max"]),
        ("Samverkan: SSPF, Eva Lund och polisen.", ["SSPF"]),
        ("Klart för Sommaren. Pågående för Fisksätra.", ["Sommaren", "Fisksätra"]),
        ("Den nya lampan ersätter Belysningen vid torget.", ["Belysningen"]),
        ("Lönngatan 3, trapphus B (kontakt: vicevärd Saar, 070-123 45 67)", ["trapphus B"]),
    ],
)
def test_kept(text: str, words: list[str]) -> None:
    _kept(text, *words)
