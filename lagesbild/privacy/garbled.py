"""A readable view of text whose letters a system garbled, for the finders (issue 14, stop 24).

Text pasted from case systems and old exports arrives garbled in three ways, and every finder keys on
Swedish words (`lägenhet`, `ärende`, `-vägen`) that the garbling breaks:

* **mojibake**: UTF-8 read as Windows-1252, so `ä` is `Ã¤` and `Ä` is `Ã„` (`Ã„rende 2025-4527`);
* **question marks**: a system that could not write å, ä, ö wrote `?` (`L?nnv?gen 37`, `l?genhet 1406`);
* **no marks at all**: a text typed without å, ä, ö (`Arende 2025-5547`, `i lagenhet 1109`).

:func:`readable` returns a view in which the finders can read these, and where each character of the view
came from in the original, so that what is found in the view is replaced in the original (which keeps its
own characters: the view is never stored). Mojibake is decoded with the codecs (each garbled run encoded
as Windows-1252 and decoded as UTF-8, kept only if that succeeds); a `?` is read as the å, ä or ö that makes
the most frequent Swedish word, or inside a word that none makes known as `ä` (the ending of `L?nnv?gen` is
what the finders need); a handful of key words typed without marks get them back — both one character for
one, so the offsets stay.
"""

from __future__ import annotations

import re
from itertools import product
from typing import Final

from lagesbild.privacy.lexicon import zipf
from lagesbild.privacy.name_words import ROLE_WORDS_SET
from lagesbild.privacy.names import FIRST_NAMES, LAST_NAMES

__all__ = ["readable"]

# A lead byte of a two- to four-byte UTF-8 character read as Windows-1252 (Â … ô), then its continuation
# bytes so read: 0x80–0xBF are U+0080–U+00BF except where Windows-1252 puts its own characters.
_CONTINUATION: Final = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE_RE: Final = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")
# A word with question marks in it or at its edges (`Hyresg?st`, `?rende`, `p?`), each read by `_restored`.
_QUESTION_WORD_RE: Final = re.compile(
    r"(?<![\w?/=&])(?:\?[^\W\d_]+(?:\?[^\W\d_]+)*\??|[^\W\d_]+(?:\?[^\W\d_]+)+\??|[^\W\d_]+\?)"
)
# A question mark inside a word, or opening one before lowercase letters: surely a letter (`L?nnv?gen`).
_QUESTION_RE: Final = re.compile(r"(?<=[^\W\d_])\?(?=[a-zåäö])(?![^\W\d_]*=)|(?<![\w?/=&])\?(?=[a-zåäö]{2})")
# Key words typed without marks, each with the same length marked (the finders' words for flats, cases,
# reports and streets); only in a text that has no å, ä or ö at all.
_UNMARKED: Final = {
    "lagenhet": "lägenhet",
    "lagenheten": "lägenheten",
    "lagenhetsnummer": "lägenhetsnummer",
    "lagenhetsnr": "lägenhetsnr",
    "arende": "ärende",
    "arendet": "ärendet",
    "arendenr": "ärendenr",
    "arendenummer": "ärendenummer",
    "arendelogg": "ärendelogg",
    "anmalan": "anmälan",
    "anmalare": "anmälare",
    "hyresgast": "hyresgäst",
}
_UNMARKED_RE: Final = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(_UNMARKED, key=len, reverse=True)) + r")\b|(?<=[a-zåäö])vagen\b"
)
_MARK_RE: Final = re.compile("[åäöÅÄÖ]")


def _byte(char: str) -> bytes:
    # Windows-1252 leaves five bytes undefined; a reader that kept them wrote U+0081 … U+009D
    return bytes([ord(char)]) if ord(char) < 0x100 else char.encode("cp1252")


def _decoded(run: str) -> str | None:
    try:
        out = b"".join(_byte(c) for c in run).decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None
    return out if len(out) == 1 else None


def _restored_in(text: str, m: re.Match[str]) -> str:
    word = m.group()
    if "?" not in word or text[m.end() : m.end() + 1] == "=":
        return word  # no mark, or a link's query (`?id=5`)
    k = m.start()
    while k > 0 and text[k - 1] in " \t":
        k -= 1  # back over the spaces before it only: a copy of all the text before it was quadratic
    return _restored(word, opening=k == 0 or text[k - 1] in ".!?:\n")


def _restored(word: str, opening: bool) -> str:
    """The word with its `?` read as the å, ä or ö that makes the most frequent Swedish word (`p?` → `på`,
    `?r` → `är`, `s?g` → `såg`, `d?rren` → `dörren`), else a role word or a listed name the frequencies do
    not hold (`fastighetssk?tare`, `Wikstr?m`); where none makes a known word, a `?` inside the word is
    read as `ä` (`L?nnv?gen` → `Lännvägen`: the street's ending is what the finders need) and one at its
    edge stays (`Vem?`: a question)."""
    marks = [k for k, c in enumerate(word) if c == "?"]
    if len(marks) > 3:
        return word
    candidates = [_with(word, marks, letters, opening) for letters in product("åäö", repeat=len(marks))]
    best, best_zipf = word, _KNOWN
    for candidate in candidates:
        frequency = zipf(candidate.lower())
        if frequency >= best_zipf:
            best, best_zipf = candidate, frequency
    if best is not word:
        return best
    for candidate in candidates:
        if candidate in FIRST_NAMES or candidate in LAST_NAMES or candidate.lower() in ROLE_WORDS_SET:
            return candidate
    inner = {m.start() for m in _QUESTION_RE.finditer(word)}
    return "".join(("Ä" if k == 0 else "ä") if k in inner else c for k, c in enumerate(word))


def _with(word: str, marks: list[int], letters: tuple[str, ...], opening: bool) -> str:
    chars = list(word)
    for k, letter in zip(marks, letters, strict=True):
        chars[k] = letter.upper() if k == 0 and opening else letter
    return "".join(chars)


_KNOWN: Final = 3.0  # a restored word at least this frequent is the word meant


def _marked(word: str) -> str:
    low = word.lower()
    marked = _UNMARKED.get(low, "vägen" if low == "vagen" else low)
    return marked.capitalize() if word[:1].isupper() else marked


def readable(text: str) -> tuple[str, list[int] | None]:
    """The view and, for each of its characters and its end, the offset in ``text`` it came from; ``None``
    when nothing was garbled (the view is ``text``)."""
    starts: list[int] | None = None
    view = text
    if _MOJIBAKE_RE.search(text):
        parts: list[str] = []
        offsets: list[int] = []
        pos = 0
        for m in _MOJIBAKE_RE.finditer(text):
            char = _decoded(m.group())
            if char is None:
                continue
            parts.append(text[pos : m.start()])
            offsets += range(pos, m.start())
            parts.append(char)
            offsets.append(m.start())
            pos = m.end()
        if parts:
            parts.append(text[pos:])
            offsets += range(pos, len(text))
            view = "".join(parts)
            starts = [*offsets, len(text)]
    if "?" in view:
        view = _QUESTION_WORD_RE.sub(lambda m: _restored_in(view, m), view)
    if not _MARK_RE.search(view) and _UNMARKED_RE.search(view):
        view = _UNMARKED_RE.sub(lambda m: _marked(m.group()), view)
    if view == text:
        return text, None
    return view, starts if starts is not None else list(range(len(text) + 1))
