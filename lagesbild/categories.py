"""The EST category taxonomy and the mapping of each source's own labels onto it."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import pandas as pd

from lagesbild import settings
from lagesbild.errors import ConfigError
from lagesbild.privacy.sensitive import is_sensitive_label, label_category
from lagesbild.vocabulary import Source

DEFAULT_CONFIG = Path(__file__).parent / "config" / "categories.toml"
FALLBACK = "ovrigt"


@dataclass(frozen=True)
class Category:
    code: str
    label: str
    sensitive: bool
    sort_order: int


@dataclass(frozen=True)
class CategoryConfig:
    categories: tuple[Category, ...]
    # normalised label or alias -> code, for kommun reports (and as fallback for the other sources)
    labels: dict[str, str]
    # per source: normalised own label -> code, and labels that are not EST matters
    source_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    source_ignored: dict[str, frozenset[str]] = field(default_factory=dict)

    def label(self, code: str) -> str:
        return next((c.label for c in self.categories if c.code == code), code)

    @property
    def sensitive_codes(self) -> frozenset[str]:
        return frozenset(c.code for c in self.categories if c.sensitive)


@dataclass(frozen=True)
class Taxonomy:
    """The categories one database holds, in their sort order: their labels and which are sensitive.

    Reports, exports and the dashboard take both from the database's categories table (seeded from the
    config by `db init`), so every shared output treats the same categories as sensitive.
    """

    categories: tuple[Category, ...]

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> Taxonomy:
        """From a frame with code, label and sensitive, in sort order."""
        rows = zip(frame["code"], frame["label"], frame["sensitive"], strict=True)
        return cls(
            tuple(
                Category(str(code), str(label), bool(sens), k) for k, (code, label, sens) in enumerate(rows)
            )
        )

    @property
    def codes(self) -> list[str]:
        return [c.code for c in self.categories]

    @property
    def label_of(self) -> dict[str, str]:
        return {c.code: c.label for c in self.categories}

    @property
    def order(self) -> dict[str, int]:
        return {c.code: c.sort_order for c in self.categories}

    @property
    def sensitive_codes(self) -> frozenset[str]:
        return frozenset(c.code for c in self.categories if c.sensitive)

    @property
    def sensitive_labels(self) -> list[str]:
        return [c.label for c in self.categories if c.sensitive]

    @property
    def open_codes(self) -> list[str]:
        """The codes that may be shown with a place and in lists (not sensitive)."""
        return [c.code for c in self.categories if not c.sensitive]

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "code": self.codes,
                "label": [c.label for c in self.categories],
                "sensitive": [c.sensitive for c in self.categories],
            }
        )


def normalise_label(label: object) -> str:
    """Case-, whitespace- and punctuation-tolerant form of a label."""
    text = str(label).casefold().replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip(" .:;-")
    return text


@lru_cache(maxsize=4)
def load_config(path: str | None = None) -> CategoryConfig:
    path = path or settings.get("category_config") or str(DEFAULT_CONFIG)
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    categories = tuple(
        Category(c["code"], c["label"], bool(c.get("sensitive", False)), i)
        for i, c in enumerate(raw["category"])
    )
    codes = {c.code for c in categories}
    labels: dict[str, str] = {}
    for entry in raw["category"]:
        for name in [entry["label"], entry["code"], *entry.get("aliases", [])]:
            labels[normalise_label(name)] = entry["code"]
    source_labels: dict[str, dict[str, str]] = {}
    source_ignored: dict[str, frozenset[str]] = {}
    for source in (Source.POLIS, Source.BOSTADSBOLAG):
        mapping = {normalise_label(k): v for k, v in raw.get(source, {}).items()}
        unknown_codes = set(mapping.values()) - codes
        if unknown_codes:
            raise ConfigError(f"{path}: okända kategorikoder under [{source}]: {sorted(unknown_codes)}")
        source_labels[source] = mapping
        ignored = raw.get(f"{source}_ignore", {}).get("types", [])
        source_ignored[source] = frozenset(normalise_label(t) for t in ignored)
    return CategoryConfig(categories, labels, source_labels, source_ignored)


def _match_kommun_label(label: str, labels: dict[str, str]) -> str | None:
    if label in labels:
        return labels[label]
    # "anlagd brand - container", "otrygghetsskapande samling av personer (trapphus)"
    for known in sorted(labels, key=len, reverse=True):
        if label.startswith(known) and not label[len(known) : len(known) + 1].isalnum():
            return labels[known]
    return None


def map_labels(
    labels: pd.Series,
    source: str,
    config: CategoryConfig,
    unknown: Literal["ovrigt", "ignore"] = "ovrigt",
) -> pd.DataFrame:
    """Map source labels to EST codes.

    Returns a frame aligned with `labels`: `category` (code, or None when ignored) and `outcome`:
    `mapped`, `unknown` (mapped to övrigt, to be listed in a warning; shared outputs treat it as
    sensitive until it is mapped) or `ignored` (not an EST matter).

    Fail closed: a label that names a sensitive matter ("Misshandel i nära relation") goes to its
    sensitive category before the source mapping or any alias can claim it ("misshandel" -> Våld och hot).
    """
    own = config.source_labels.get(source, {})
    ignored = config.source_ignored.get(source, frozenset())
    sensitive = config.sensitive_codes
    results: dict[str, tuple[str | None, str]] = {}
    for raw in labels.dropna().unique():
        norm = normalise_label(raw)
        named = label_category(norm)
        if norm in ignored:
            results[raw] = (None, "ignored")
        elif named is not None and named in sensitive:
            results[raw] = (named, "mapped")
        elif is_sensitive_label(norm):
            # A sensitive word this kommun has no sensitive category for: never a non-sensitive one.
            results[raw] = (None, "ignored") if unknown == "ignore" else (FALLBACK, "unknown")
        elif norm in own:
            results[raw] = (own[norm], "mapped")
        elif (code := _match_kommun_label(norm, config.labels)) is not None:
            results[raw] = (code, "mapped")
        elif unknown == "ignore":
            results[raw] = (None, "ignored")
        else:
            results[raw] = (FALLBACK, "unknown")
    category = labels.map(lambda v: results.get(v, (None, "unknown"))[0])
    outcome = labels.map(lambda v: results.get(v, (None, "unknown"))[1])
    return pd.DataFrame({"category": category, "outcome": outcome}, index=labels.index)
