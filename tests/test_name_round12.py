"""The twelfth name round (issue 14, stop 24): what each rule finds and what it leaves.

The rules: a surname in capitals before a given name (`SURNAME, Given`, privacy/name_inverted.py and
name_neighbours.py); `Surname, Given` after a signature or a sender; an initial before a listed surname,
also after `mot`, and its gate (privacy/finder_gates.py); a log line's time opens the line; a listed
surname before what a person does; `-sen` surnames (privacy/name_unknown.py); the registers of a report's
cells — a role in brackets after a name, a patrol, an action list's last words, `handläggs av`, whose key
or team, a mail's sign-off, who tells at an organisation, a line opening with `Surname, Given`
(privacy/name_registers.py); a found name's word wherever it stands again (privacy/redaction.py); a given
name before a surname found alone (privacy/name_neighbours.py); `Till X Y!`, `resp.`, `Närvaro:`
(privacy/name_lines.py, name_heads.py); a role in brackets is no nickname (privacy/nicknames.py). The
sentences are written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from lagesbild.privacy.name_inverted import shouted_surname
from lagesbild.privacy.name_unknown_word import noun_like
from lagesbild.privacy.name_words import ROLE_WORDS_SET
from lagesbild.privacy.names import NOT_NAMES
from tests.name_checks import gone as _gone
from tests.name_checks import kept as _kept
from tests.name_checks import redacted as redact


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a surname in capitals before a given name, found or not
        ("Omhändertagen enligt LOB: LUNDQVIST, Mirja, född 1988.", ("LUNDQVIST", "Mirja")),
        ("Intyg attesterat av OKONKWO, Chidera.", ("OKONKWO", "Chidera")),
        ("Från: BERHANE, Saron\nTill: Trygghetssamordnare", ("BERHANE", "Saron")),
        ("Kund: MWANGI, Wanjiru\nÄrende: trasigt lås", ("MWANGI", "Wanjiru")),
        # `Surname, Given` after a signature or a sender
        ("Rondering klar, inga avvikelser.\nSign. Tesfaye, Rahwa", ("Tesfaye", "Rahwa")),
        ("Synpunkt från Oyelaran, Bolaji: lamporna vid stigen är släckta.", ("Oyelaran", "Bolaji")),
        # an initial before a surname, also after `mot`, also listed
        ("Tillträdesförbud utfärdat mot J. Okafor i köpcentret.", ("Okafor",)),
        ("Tack för hjälpen.\nMvh\nT. Karlsson", ("Karlsson",)),
        # a log line's time opens the line; `på plats`
        ("21:40 Larm skolan\n21:55 Ekwueme på plats\n22:30 Avslutat", ("Ekwueme",)),
        ("03.10–03.40 Jørgensen på plats vid porten", ("Jørgensen",)),
        # a listed surname before what a person does
        ("Larmet gick. Karlsson kom efter tio minuter.", ("Karlsson",)),
    ],
)
def test_surnames_first_initials_and_logs(text: str, names: tuple[str, ...]) -> None:
    _gone(text, *names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Möte på skolan. Deltog: Sara, Olabode (fritidsledare), Lena.", ("Olabode",)),
        ("Tomasz Wiśniak (Gäst) 19:02: jag är ny här", ("Tomasz", "Wiśniak")),
        ("Patrull Ndlovu/Kaczmarek kontrollerade mopeden.", ("Ndlovu", "Kaczmarek")),
        (
            "Åtgärder:\n1. Byt lampor vid stigen – Oluwaseun\n2. Ring bolaget – Anna, v 12",
            ("Oluwaseun", "Anna"),
        ),
        ("Ärendet handläggs av Mbeki.", ("Mbeki",)),
        ("Fönstret kvitterat av Sara Lindahl.", ("Sara", "Lindahl")),
        ("Dörren låst kl 22. Chidis nyckel fungerar inte.", ("Chidi",)),
        ("Hej,\nkan ni höra av er?\n\nVänliga hälsningar\nNkechi Obi\nFritidsgården", ("Nkechi", "Obi")),
        ("Enligt Lind på HSB har förråden brutits upp.", ("Lind",)),
        ("Thandiwe från Svenska kyrkan bjöd på fika vid torget.", ("Thandiwe",)),
        ("Städningen är klar. Ifeoma på Lidl har ringt om glaset.", ("Ifeoma",)),
        ("Oguntoye, Femi (Fryshuset)", ("Oguntoye", "Femi")),
        ("Närvarande: Adebayo Okonjo (samordnare). Ordf. Adebayo, sekr. Lena.", ("Adebayo", "Okonjo")),
        ("Tack till Zinhle Dube! Vi ses på mötet.\nTill Zinhle Dube! Välkommen.", ("Zinhle", "Dube")),
        ("Kontakt: Anna Berg resp. Temitope Adeyemi", ("Temitope", "Adeyemi")),
        ("Närvaro: Kofi Mensah (skola), Ama Owusu (polis).", ("Kofi", "Mensah", "Ama", "Owusu")),
        ("vid torget: Obinna kontaktar bolaget om lampan.", ("Obinna",)),
        ("Insats klar. Deltog Chukwuemeka Eze och Lena.", ("Chukwuemeka", "Eze")),
    ],
)
def test_names_in_registers(text: str, names: tuple[str, ...]) -> None:
    _gone(text, *names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the police's titles and roads
        ("RV15, Örkened, personbil i singelolycka.", ("RV15", "Örkened")),
        ("Livlös man anträffad vid badplatsen.", ("Livlös",)),
        ("Personrån på Storgatan.", ("Personrån",)),
        ("Personrån, Mobilia", ("Personrån", "Mobilia")),
        ("E4, mellan Tpl Väla och Tpl Kropp. Två bilar i kollision.", ("Tpl",)),
        (
            "Lokalpolisområdeschef Ann-Christine Rehnström tillgänglig för intervjuer.",
            ("Lokalpolisområdeschef",),
        ),
        # capitals that are no surname before a given name: acronyms, words, places
        ("Status: LVU, Ali flyttad. OBS, Sara ringer.", ("LVU", "OBS")),
        ("NACKA, Anna ringde om lampan.", ("NACKA",)),
        # a role in brackets beside a name stays
        ("Närvarande: Sara Lind (samordnare), Ali Haddad (kommunpolis).", ("samordnare", "kommunpolis")),
        ("Hej Alla Grannar!", ("Alla", "Grannar")),
        ("Kontaktlista\n1. Klotter vid torget – Klart", ("Klart",)),
        ("Trygghetsvandring – Fisksätra\n2. Lampor – Pågår", ("Fisksätra", "Pågår")),
        ("Trafikolycka i L. Mellby, två bilar.", ("L. Mellby",)),
    ],
)
def test_titles_roles_and_acronyms_stay(text: str, words: tuple[str, ...]) -> None:
    _kept(text, *words)


@pytest.mark.parametrize(
    ("word", "surname"),
    [
        ("LUNDQVIST", True),
        ("OKONKWO", True),
        ("AL-HASSAN", True),
        ("LVU", False),
        ("OBS", False),
        ("HSB", False),
        ("NACKA", False),
        ("RV15", False),
        ("POLISEN", False),
    ],
)
def test_a_shouted_surname(word: str, surname: bool) -> None:
    assert shouted_surname(word, NOT_NAMES, ROLE_WORDS_SET) is surname


@pytest.mark.parametrize(
    ("word", "noun"),
    [("Kristensen", False), ("Jørgensen", False), ("Mopedkillarna", True), ("Inringaren", True)],
)
def test_sen_surnames_are_no_nouns(word: str, noun: bool) -> None:
    assert noun_like(word) is noun


@pytest.mark.slow
@pytest.mark.parametrize("unit", ['Kalle "Kex" ', "Kalle (Kex) ", "Bb (Gäst) ", "Aa (ov) ", "AAAA, Bb "])
def test_names_beside_quotes_and_brackets_cost_linear_time(unit: str) -> None:
    # each quote or bracket asked every name found before it: 16 s at 20,000 units, 60 s at 40,000 (stop 24);
    # a ratio within one run, so a slow machine does not fail it
    import time

    redact("Hej Anna!")
    costs = []
    for n in (4_000, 8_000):
        start = time.process_time()
        redact(unit * n)
        costs.append(time.process_time() - start)
    assert costs[1] < 3.0 * costs[0] + 0.05, costs
