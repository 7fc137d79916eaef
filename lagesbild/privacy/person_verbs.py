"""What a person does right after a name: the verbs that tell a name from a word where a sentence starts
(`Dardan kom`, `Jintana skriver utkast`, `Sol har`), shared by the name finders (issue 14)."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["ACTS_RE", "ACT_WORDS", "PERSON_AUX", "PERSON_NEXT_RE"]

_BEFORE_VERB: Final = r"(?:[ \t]+och[ \t]+[A-ZÅÄÖ][^\W\d_]+)?[ \t]+"
# What a person does, after the word at a sentence's start (`Dardan kom`, `Leutrim och Arben bråkade`).
_ACTS: Final = (
    r"kom|kommer|sa|sade|säger|ringde|ringer|berättade|berättar|uppgav|uppger|slog|sparkade|hotade|"
    r"kastade|sprang|bråkade|bor|bodde|jobbar|jobbade|arbetar|går|gick|satt|sitter|stod|står|hänger|"
    r"hängde|brukar|verkar|tycker|tyckte|ville|mådde|mår|hörde|såg|träffade|pratade|tog|gjorde|gör|vet|"
    r"visste|fyller|fyllde|lämnade|skrek|grät|åkte|cyklade|knackade|klagade|meddelade|mejlade|sms:ade|"
    r"skrev|anmälde|larmade|tipsade|hälsar|said|says|told|met|found|called|saw|went|came|wants|asked|"
    # stop 21: what a named person in a meeting note or roster does (`Trang bokar`, `Kicki hjälper`)
    r"hjälper|hjälpte|leder|ledde|bokar|bokade|visar|visade|redovisar|redovisade|bakar|bakade|kontaktar|"
    r"kontaktade|följer|undrar|undrade|fixar|fixade|möter|mötte|lovar|lovade|tränar|tränade|öppnar|"
    r"öppnade|stänger|stängde|skickar|skickade|ordnar|ordnade|samlar|samlade|signed|reports|reported|"
    r"leads|led|booked|will|"
    # stop 23: what a named person does in minutes, action lists and work orders (`Jintana skriver
    # utkast`, `Murat deltar inte`, `Berg sågar den`)
    r"föreslår|föreslog|skriver|deltar|deltog|tar|tittar|tittade|kollar|kollade|sätter|satte|pratar|"
    r"sågar|sågade|återkommer|återkom|meddelar|redogjorde|redogör|lyfte|lyfter|mailar|mejlar|hör|"
    r"sköter|ansvarar|samordnar|hämtar|hämtade|informerar|informerade|svarar|svarade|söker|sökte|"
    r"rapporterar|rapporterade|noterade|noterar|kallades|igenkände|känner|kände|beställer|beställde|"
    r"sanerar|sanerade|städar|städade|"
    # stop 24: a log's people lock, arrive and sell (`Hejar låser`, `Dado säljer snus`)
    r"låser|låste|anländer|anlände|säljer|sålde|langar|langade|"
    # stop 26: who called someone something (`Trang Vu kallade personalen …`)
    r"kallade|kallar|"
    # stop 27: what is said of a suspect in a business's notes (`Babu misstänks`, `Dilo nämns igen`)
    r"misstänks|nämns|nämndes|greps|pekas|pekades|"
    # stop 34: what a guard's or a caretaker's log says its people did (`Sten ronderade ensam`, `Sherwan
    # återställde`, `Karl felanmäler`), and who waits, confirms or is quoted in a clipping
    r"ronderade|ronderar|återställde|återställer|felanmäler|felanmälde|väntade|väntar|bekräftar|"
    r"bekräftade|citeras|citerades|avvisades|omhändertogs|tillbaka|"
    # stop 36: who mends it in a park's work list (`Avspärrat. Berg lagar 12/7.`)
    r"lagar|lagade|åtgärdar|åtgärdade|nekade"
)
# Phrases that say the same (`02:30 Fitzgerald på plats`, `Micke med kompisar utanför`), and the last word
# each needs, which gates the scans that look for them (ACT_WORDS).
_ACT_PHRASES: Final = (
    r"på[ \t]+(?:plats|radio|radion)|med[ \t]+(?:kompisar|kompisarna|sina[ \t]+kompisar|vänner|gänget"
    r"|sin[ \t]+bror|sin[ \t]+syster)"
)
_ACT_PHRASE_LAST_WORDS: Final = frozenset(
    "plats radio radion kompisar kompisarna vänner gänget bror syster".split()
)
# Auxiliaries count too, unless a passive follows: `Sten har kastats`, `Bilen var stulen`.
_AUX: Final = (
    r"(?:var|är|har|hade|blev|ska|skulle|kan|kunde|vill|får|fick|was|is|has|had)(?![ \t]+[^\W\d_]+s\b)"
)
# The auxiliaries a person (not a thing) opens a clause with, not before a passive (stop 26).
PERSON_AUX: Final = r"(?:har|hade|vill|ville|ska|skulle|kan|kunde|får|fick)\b(?![ \t]+[^\W\d_]+s\b)"
ACTS_RE: Final = re.compile(rf"{_BEFORE_VERB}(?:{_ACTS}|{_ACT_PHRASES})\b")
# The verbs of ACTS_RE as whole words of a text (`sms:ade` is the words `sms`, `ade`): a text with none of
# them has no match, so a scan that needs one can be skipped (issue 16; each alternative is a plain word:
# tests/test_name_signal_gates.py).
ACT_WORDS: Final = frozenset(verb.split(":")[0] for verb in _ACTS.split("|")) | _ACT_PHRASE_LAST_WORDS
# What a person does or is after a word (`Dardan kom`, `Sol har`): a person's name stands there.
PERSON_NEXT_RE: Final = re.compile(rf"{_BEFORE_VERB}(?:{_ACTS}|{_ACT_PHRASES}|{_AUX})\b")
