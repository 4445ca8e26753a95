"""Finding a claim the same speaker already has that a candidate repeats.

On PostgreSQL the database compares with pg_trgm's ``similarity``; elsewhere
the same measure is computed here (trigrams of each word padded as pg_trgm pads
them, and the share of trigrams the two texts have in common), so both
backends flag the same pairs. Candidates of one document are compared with
each other here on both backends.

Comparing every pair would be quadratic; a prefix filter (the "AllPairs"
method) only compares texts that share one of their rarest trigrams, which two
texts at or above the threshold always do.
"""

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection

from claims.choices import ReviewState
from claims.models import Claim, Speaker

SIMILARITY_THRESHOLD = 0.6
_WORD = re.compile(r"\w+")


def trigrams(text: str) -> frozenset[str]:
    """pg_trgm's trigrams: per lower-cased word, padded with two spaces before, one after."""
    grams = set()
    for word in _WORD.findall(text.lower()):
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(grams)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


@dataclass
class Match:
    """The closest earlier claim (or earlier candidate, by index) and how close it is."""

    score: float
    claim: Claim | None = None
    candidate_index: int | None = None


class _PrefixIndex:
    """Texts indexed by the rarest trigrams that any similar text must share (PPJoin).

    Trigrams are ordered by how rare they are in the document; two texts at or
    above the threshold share one of their first few, and the positions where
    they share them bound how many they can share in all, which prunes most
    pairs before any comparison.
    """

    def __init__(self, threshold: float, frequency: Counter) -> None:
        self.threshold = threshold
        self.frequency = frequency
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.entries: list[tuple[object, frozenset[str]]] = []
        self.sizes: list[int] = []

    def _ordered(self, grams: frozenset[str]) -> list[str]:
        return sorted(grams, key=lambda g: (self.frequency[g], g))

    def _prefix_length(self, size: int) -> int:
        return size - math.ceil(self.threshold * size) + 1

    def _overlaps(self, ordered: list[str]) -> dict[int, int]:
        size = len(ordered)
        factor = self.threshold / (1 + self.threshold)
        sizes = self.sizes
        counts: dict[int, int] = {}
        pruned: set[int] = set()
        for i, gram in enumerate(ordered[: self._prefix_length(size)]):
            left = size - i - 1
            for entry, j in self.postings.get(gram, ()):
                if entry in pruned:
                    continue
                other = sizes[entry]
                count = counts.get(entry, 0)
                if count + 1 + min(left, other - j - 1) < math.ceil(factor * (size + other)):
                    pruned.add(entry)
                    counts.pop(entry, None)
                else:
                    counts[entry] = count + 1
        return counts

    def best(self, grams: frozenset[str]) -> tuple[float, object | None]:
        scored = (
            (similarity(grams, self.entries[e][1]), e)
            for e in sorted(self._overlaps(self._ordered(grams)))
        )
        score, entry = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        if entry is None or score < self.threshold:
            return 0.0, None
        return score, self.entries[entry][0]

    def add(self, ref: object, grams: frozenset[str]) -> None:
        if not grams:
            return
        ordered = self._ordered(grams)
        self.entries.append((ref, grams))
        self.sizes.append(len(grams))
        for position, gram in enumerate(ordered[: self._prefix_length(len(ordered))]):
            self.postings[gram].append((len(self.entries) - 1, position))


class DuplicateFinder:
    """Compares candidates with a speaker's claims in the database and with each other."""

    def __init__(self, quotes: Iterable[str], threshold: float = SIMILARITY_THRESHOLD) -> None:
        self.threshold = threshold
        self.frequency: Counter = Counter()
        for quote in quotes:
            self.frequency.update(trigrams(quote))
        self.indexes: dict[object, _PrefixIndex] = {}

    def _index(self, speaker: Speaker | None, speaker_key: object) -> _PrefixIndex:
        if speaker_key not in self.indexes:
            index = _PrefixIndex(self.threshold, self.frequency)
            if speaker is not None and connection.vendor != "postgresql":
                for claim in _comparable(speaker):
                    index.add(claim, trigrams(claim.quote))
            self.indexes[speaker_key] = index
        return self.indexes[speaker_key]

    def find(self, *, speaker: Speaker | None, speaker_key: object, quote: str, index: int):
        """The best match above the threshold, then remember this candidate for later ones."""
        grams = trigrams(quote)
        prefix_index = self._index(speaker, speaker_key)
        score, ref = prefix_index.best(grams)
        best = None
        if ref is not None:
            best = Match(score, claim=ref) if isinstance(ref, Claim) else Match(score, None, ref)
        if speaker is not None and connection.vendor == "postgresql":
            stored = self._in_postgres(speaker, quote)
            if stored is not None and (best is None or stored.score >= best.score):
                best = stored
        prefix_index.add(index, grams)
        return best

    def _in_postgres(self, speaker: Speaker, quote: str) -> Match | None:
        claim = (
            _comparable(speaker)
            .annotate(similarity=TrigramSimilarity("quote", quote))
            .filter(similarity__gte=self.threshold)
            .order_by("-similarity", "pk")
            .first()
        )
        return Match(claim.similarity, claim=claim) if claim else None


def _comparable(speaker: Speaker):
    """A speaker's claims a new one could repeat: rejected drafts do not count."""
    return Claim.objects.filter(speaker=speaker).exclude(review_state=ReviewState.REJECTED)
