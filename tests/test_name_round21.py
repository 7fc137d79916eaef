"""The twenty-first name round (issue 14, stop 26), from blind 21's misses: what each rule finds and what it
leaves.

The rules (privacy/name_cases.py, name_words.py, person_verbs.py): a pupil by a school class's code (`Esra i
7D`, `Biret från 7B`, `Axel (7D)`, `sean i 6A`); a list's line that opens with a person and a dash (`Ahmed –
hämtas av mormor`); whom a memorial tag names (`RIP Dardan`); a signature after `//` at a text's end; a listed
given name in lowercase after a participle and `av` (`mobbad av hassan`); the last cell of a report row with
no header; the titles of interpreters, safety representatives, assistants and swimming teachers; `kallade`
as what a person does. What must stay: a heading before a dash (`Seriekrock - en skadad`), a thing after
`av` (`träffad av sten`), a row whose last cell is a status or an organisation, a bus line's code. Marked
`# before`: left in whole or in part by the rules before this round. The sentences are written for these
tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.name_checks import gone, kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Biret från 7B på skolan tappade sin mobil.", ["Biret"]),  # before
        ("Esra i 7D vill byta skola efter hot.", ["Esra"]),  # before
        ("EHT-möte:\n* Axel (7D) – hög frånvaro sedan mars.", ["Axel"]),  # before
        ("på rasten idag sa sean i 6A att han var rädd", ["sean"]),  # before
        ("Hämtningslista:\nAhmed – hämtas av mormor, INTE av pappa", ["Ahmed"]),
        ("Graffiti längs Albyvägen: 'RIP Dardan'. Sanering beställd.", ["Dardan"]),
        ("Passar bra. Jag tar med tolk.\n// Soran", ["Soran"]),  # before
        ("min son blir mobbad av hassan och hans bror", ["hassan"]),
        ("8 oktober;08:50;Eriksbo;Inbrott i förråd;Polisanmälan;Biret Pavval", ["Biret", "Pavval"]),  # before
        ("Tolkbokning för mötet. Tolk: Jack Brown", ["Jack", "Brown"]),  # before
        ("Skyddsombud Keita deltar i samtalet.", ["Keita"]),  # before
        ("Assistenten Vide körde bort dem.", ["Vide"]),  # before
    ],
)
def test_found(text: str, names: list[str]) -> None:
    gone(text, *names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Seriekrock - en skadad", ["Seriekrock"]),
        ("Kökrock - två fordon drabbade", ["Kökrock"]),
        ("Buss träffad av sten, Älmhult.", ["sten"]),
        ("Person skadad av tillhygge i Flen.", ["tillhygge"]),
        ("2026-03-01;Fisksätra;Inbrott;Polisanmält;Klart", ["Klart"]),
        ("2026-03-01;Fisksätra;Inbrott;Anmält;Polisen", ["Polisen"]),
        ("Fisksätra – lugnt i veckan", ["Fisksätra"]),
        ("Linje 7C går inte i helgen.", ["7C"]),
    ],
)
def test_kept(text: str, words: list[str]) -> None:
    kept(text, *words)


def test_case_frames_gate() -> None:
    """The gate asked once before the case frames (issue 16) lets through every text any frame finds a name
    in: checked on the texts of blind 18-22 (written by others) and the sentences above."""
    from lagesbild.privacy.name_cases import _case_names, _might_name
    from lagesbild.privacy.name_words import ROLE_WORDS_SET
    from lagesbild.privacy.names import NOT_NAMES
    from tests import blind18_corpus, blind19_corpus, blind20_corpus, blind21_corpus, blind22_corpus

    texts = [
        s.text
        for m in (blind18_corpus, blind19_corpus, blind20_corpus, blind21_corpus, blind22_corpus)
        for s in m.build()
    ]
    found = [t for t in texts if _case_names(t, NOT_NAMES, ROLE_WORDS_SET)]
    assert len(found) > 500
    assert all(_might_name(t) for t in found)
