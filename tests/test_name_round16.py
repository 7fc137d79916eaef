"""The sixteenth name round (issue 14, stop 25): what each rule finds and what it leaves.

The rules: a young person's nickname by size (`Lill-X`, `Stora X`) and a name typed in lowercase as a
genitive before family or friends (privacy/name_youth.py); the person a numbered or bulleted item opens
with (privacy/name_groups.py); attendance and contact lists as headings; role words (`befäl`, `psykolog`);
more verbs of a person's own doing after a given name that is a word. What must stay: places named `Lill-`
or `Stora`, a genitive of a known word, an area's status in a list. The sentences are written for these
tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.name_checks import gone as _gone
from tests.name_checks import kept as _kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ca tjugo pers vid torget, Lill-Sami o hans polare", ["Lill-Sami"]),
        ("Hon tror att det är Lill-Ebba från Backa som skrev.", ["Lill-Ebba"]),
        ("Vi kände igen Stora Jonas vid kiosken.", ["Jonas"]),
        ("lugnt ikväll, rojins lillebror var här med två polare", ["rojin"]),
        ("bråk om en mobil, delans mamma hämtade henne", ["delan"]),
        ("Sammanfattning:\n1. Ali (15) – frånvaro\n2. Berhane – ny i gruppen", ["Berhane"]),
        ("Frågor:\n– Jovana: när öppnar hallen?\n– Sabri (13): kan vi få nät?", ["Jovana", "Sabri"]),
        ("Närvarolista:\n- Qadiri, Mansur\n- Eva Lund", ["Qadiri", "Mansur"]),
        ("Övriga: Teuta Gashi (kyrkan)", ["Teuta Gashi"]),
        ("Behandlare: psykolog Wennberg, 070-123 45 67", ["Wennberg"]),
        ("Kontakt: inre befäl Sandvik, 070-123 45 67", ["Sandvik"]),
        ("Många boende kom. Sanna höll med om belysningen.", ["Sanna"]),
    ],
)
def test_found(text: str, names: list[str]) -> None:
    _gone(text, *names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Vi gick genom Lill-Jansskogen och vidare.", ["Lill-Jansskogen"]),
        ("Kollision på E22 i höjd med Stora Uppåkra.", ["Stora Uppåkra"]),
        ("Samling vid Stora torget kl 18.", ["Stora torget"]),
        ("killens mamma kom, hans bror också, grannens kompis", ["killens mamma", "hans bror", "grannens"]),
        ("Status per område:\n- Tynnered: grön\n- Andersberg: gul", ["Tynnered", "Andersberg"]),
        ("Vakthavande befäl svarar.", ["Vakthavande befäl"]),
    ],
)
def test_kept(text: str, words: list[str]) -> None:
    _kept(text, *words)
