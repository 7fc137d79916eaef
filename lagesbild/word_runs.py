"""Names found among a text's words without a regex per name (for geo.PlaceMatcher).

A place name's regex (`geo.inflected`: each whitespace-separated token of the name, an optional
genitive "s" after it, `\\s+` between tokens, no word character just before or after) is compiled and
searched for each candidate name: most of the placing time with ~30,000 gazetteer names. When every
token of the name begins and ends with a word character, a match can only start and end at the edges of
whole words of the text (maximal runs of word characters), so it is found by comparing the text's words:
each of the name's words equal (case aside), a token's last word also with an "s"; between words of one
token ("Älta-Erstavik") exactly the name's characters, between tokens only white space. Case aside means
`str.lower` equality, which is the engine's IGNORECASE for characters in the range `geo._UNSAFE_CHAR`
trusts (its extra case folds, `re._casefix`, all lie outside it); the caller ensures name and text words
lie in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD = re.compile(r"\w+")

# A name as words: its lower-case words, what stands between consecutive words (None: white space,
# else those exact characters), and whether a word may carry a genitive "s" (the last of each token).
NameWords = tuple[tuple[str, ...], tuple[str | None, ...], tuple[bool, ...]]


def words_of_name(name: str) -> NameWords | None:
    """`name` as its words, or None when a token does not begin and end with a word character (then
    only its regex answers exactly)."""
    tokens = name.split()
    words: list[str] = []
    between: list[str | None] = []
    genitive: list[bool] = []
    for t, token in enumerate(tokens):
        runs = list(_WORD.finditer(token))
        if not runs or runs[0].start() != 0 or runs[-1].end() != len(token):
            return None
        for i, run in enumerate(runs):
            words.append(run.group().lower())
            last = i + 1 == len(runs)
            genitive.append(last)
            if not last:
                sep = token[run.end() : runs[i + 1].start()]
                if any(ch.lower() != ch or ch.upper() != ch for ch in sep):
                    return None  # a cased character between words: leave it to the regex
                between.append(sep)
            elif t + 1 < len(tokens):
                between.append(None)
    if not words:
        return None
    return tuple(words), tuple(between), tuple(genitive)


class TextWords:
    """A text's whole words (maximal runs of word characters): their spans and lower-case forms, worked
    out when a name is first looked for (most texts have no candidate name at all)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._at: dict[str, list[int]] | None = None

    def _index(self) -> dict[str, list[int]]:
        if self._at is None:
            self._at = {}  # lower-case word -> its indices in spans
            self.spans: list[tuple[int, int]] = []
            self.lower: list[str] = []
            for k, match in enumerate(_WORD.finditer(self.text)):
                word = match.group().lower()
                self.spans.append(match.span())
                self.lower.append(word)
                self._at.setdefault(word, []).append(k)
        return self._at

    def matches(self, name: NameWords, pos: int = 0) -> Iterator[tuple[int, int]]:
        """The spans of what the name's regex `finditer(text, pos)` yields, in the same order."""
        words, between, genitive = name
        at = self._index()
        starts = at.get(words[0], [])
        if genitive[0] and (plural := at.get(words[0] + "s")):
            starts = sorted(starts + plural) if starts else plural
        n, spans, lower, text = len(words), self.spans, self.lower, self.text
        after = -1  # finditer's matches do not overlap: the next starts after the last one's words
        for i in starts:
            if i <= after or spans[i][0] < pos:
                continue
            if i + n > len(spans):
                break
            for j in range(1, n):
                word = lower[i + j]
                if word != words[j] and not (genitive[j] and word == words[j] + "s"):
                    break
                gap = text[spans[i + j - 1][1] : spans[i + j][0]]
                sep = between[j - 1]
                if not (gap.isspace() if sep is None else gap == sep):
                    break
            else:
                after = i + n - 1
                yield spans[i][0], spans[after][1]
