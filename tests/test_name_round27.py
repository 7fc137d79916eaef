"""The twenty-seventh round (issue 14, stop 33), from blind 27's misses (what reaches the weekly picture from
social media, chats and the kommun's web forms): handles made of names, a given name joined to a surname as a
speaker, names in hashtags, who wrote a quoted comment, a quoted name after `användaren`, names romanised
with an apostrophe, an initial before a surname, lowercase speakers of a comment thread, `X vs Y`, a form's
sender or moderator; and what someone said in a comment thread is no nickname. Sentences written for this
test, none copied from the corpus; every name case fails on the commit before the round (23b9b17) but the
last two, which guard the nickname rule the last change narrowed.
"""

from __future__ import annotations

import pytest

from lagesbild.privacy.name_social import find_social_names
from tests.name_checks import gone, kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # handles: shaped as one with a listed name in them, or after a word that says account (every name
        # part of a handle gone)
        ("Kontot mira_lindqvist hotar eleven i en video.", ("mira", "lindqvist")),
        ("hot via Instagram från jonna.berg2008 efter matchen", ("jonna", "berg")),
        ("[21.40] hamid.rasuli77: vem kommer ikväll", ("hamid", "rasuli")),
        ("kontot qorsho77 postar bilder", ("qorsho",)),
        ("19.05 ebba07: hans bror heter Kalle", ("ebba07",)),
        ("Källa: TikTok qorsho", ("qorsho",)),
        ("en story från elinmattsson: han ljuger", ("elinmattsson",)),
        # a given name joined to a surname as a chat's speaker
        ("tovalindqvist: här är hans nummer", ("tovalindqvist",)),
        # a listed given name in a hashtag or channel
        ("skrev i #ronja-fans att han bor där", ("ronja",)),
        # who wrote a quoted comment; a quoted name after `användaren`
        ('Kommentarer: "Äntligen kameror #orminge" (Lamia), "Bra" (Wahid).', ("Lamia", "Wahid")),
        ('i forumet påstår användaren "Zlatte" att han vet', ("Zlatte",)),
        # names romanised with an apostrophe, one in capitals with its surname
        ("Fråga Mu'min i porten om kvällen.", ("Mu'min",)),
        ("enligt MU'TAZ HADI på klubben", ("MU'TAZ", "HADI")),
        # an initial before a surname
        ("rapporten har kvar T. Sandvall, telefon", ("Sandvall",)),
        # a comment thread's lowercase speaker
        ("Mest relevanta\nVera Ek: har ni sett\nOlle: äntligen\namela: trasiga\nJonas: nej", ("amela",)),
        # `X vs Y`; a form's sender and moderator
        ('texten säger "Zlatte vs Anna Lind"', ("Zlatte",)),
        ("Avsändare: Afram", ("Afram",)),
        # a quote attributed to a speaker is still a nickname when it could be one
        ('Alla vet att "Myran" (Tove Ek) flyttat', ("Myran", "Tove Ek")),
        ('"Ziggy fick smaka" (Nabil)', ("Ziggy", "Nabil")),
        ("Moderator: Gunnhild", ("Gunnhild",)),
    ],
)
def test_the_name_is_gone(text: str, names: tuple[str, ...]) -> None:
    gone(text, *names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Läs mer på nacka.se och polisen.se", ("nacka.se", "polisen.se")),
        ("Bifogar bild_2.jpg och rapport.pdf", ("bild_2.jpg", "rapport.pdf")),
        ("bl.a. klotter, t.o.m. bränder", ("bl.a.", "t.o.m.")),
        (
            "buss_4 och fisksätra2026 och #trygghet #brandkärr",
            ("buss_4", "fisksätra2026", "#trygghet", "#brandkärr"),
        ),
        ("kontot är stängt sedan i går", ("kontot är stängt",)),
        ("En timmerbil har vält i Bråne", ("timmerbil",)),
        ("Det är Lisa's bil och don't worry", ("don't",)),
        ("Klotter på S. Persgatan i natt", ("S. Persgatan",)),
        ("E4, Rastplats Sjöboda S. Lastbil i diket", ("S. Lastbil",)),
        ("spår i snön vid V. Vram", ("V. Vram",)),
        ('Mötet och "Stoppa våldet" (Polisen)', ("(Polisen)",)),
        ("AIK vs Djurgården i kväll", ("AIK vs Djurgården",)),
        ("Från: Kontaktcenter Nyköpings kommun", ("Kontaktcenter Nyköpings kommun",)),
        ("Till: alla boende", ("alla boende",)),
        # what someone said, attributed after it or after a speaker's colon, is no nickname
        ('Reaktioner: "Sjukt" – Märta Hedin', ('"Sjukt"',)),
        ('Svar: "Grymt jobbat" (Viktor Eklund)', ("Grymt jobbat",)),
        ('„Bra med kameror" — Agnes Lind\n„överdriv inte" — Lars Berg', ("överdriv inte", "Bra med kameror")),
    ],
)
def test_the_look_alike_stays(text: str, words: tuple[str, ...]) -> None:
    kept(text, *words)


def test_a_handle_is_found_whole() -> None:
    text = "kontot sara_lind93 hotar"
    assert [text[s:e] for s, e in find_social_names(text)] == ["sara_lind93"]
