"""Finding a claim the same speaker already has that a candidate repeats.

On PostgreSQL the database compares with pg_trgm's ``similarity``; elsewhere
the same measure is computed here (trigrams of each word padded as pg_trgm pads
them, and the share of trigrams the two texts have in common), so both
backends flag the same pairs. Candidates of one document are compared with
each other here on both backends. A similar pair that differs in negation, in a
figure or in a name is not a duplicate (``claims.importing.opposites``).

Comparing every pair one by one would be quadratic in Python. The index keeps,
per trigram, the set of texts that have it as the bits of one integer; adding
those integers bit-sliced counts the shared trigrams of every earlier text at
once (a few integer operations per trigram), and only the texts that share
enough are compared one by one. Transcripts repeat their words a lot, which
defeats prefix filters (every trigram is common); this does not depend on it.
"""

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection

from claims.choices import ReviewState
from claims.importing.opposites import difference
from claims.models import Claim, Speaker

SIMILARITY_THRESHOLD = 0.6
_POSTGRES_CANDIDATES = 10
_WORD = re.compile(r"\w+")


def trigrams(text: str) -> frozenset[str]:
    """pg_trgm's trigrams: per lower-cased word, padded with two spaces before, one after."""
    grams = set()
    for word in set(_WORD.findall(text.lower())):
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(grams)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """pg_trgm's similarity: shared trigrams over the trigrams of either text (0 to 1)."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def likely_duplicate(a: str, b: str, threshold: float = SIMILARITY_THRESHOLD) -> bool:
    """Whether ``b`` reads as a repeat of ``a``: similar words, same substance."""
    return similarity(trigrams(a), trigrams(b)) >= threshold and not difference(a, b)


@dataclass
class Match:
    """The closest earlier claim (or earlier candidate, by index) and how close it is."""

    score: float
    claim: Claim | None = None
    candidate_index: int | None = None


def _bits(mask: int) -> Iterator[int]:
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def _at_least(planes: list[int], count: int, every: int) -> int:
    """The entries whose bit-sliced count is ``count`` or more."""
    if count <= 0:
        return every
    if count >= 1 << len(planes):
        return 0
    greater, equal = 0, every
    for i in range(len(planes) - 1, -1, -1):
        if count >> i & 1:
            equal &= planes[i]
        else:
            greater |= equal & planes[i]
            equal &= ~planes[i]
    return greater | equal


class _OverlapIndex:
    """One speaker's texts; for each trigram, the texts that have it, as the bits of an int.

    Counting, for every earlier text at once, how many trigrams it shares with a
    new one is then one bit-sliced addition per trigram of the new text; only
    the texts that share enough of them are compared one by one.
    """

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.postings: dict[str, int] = {}
        # (claim or candidate index, number of trigrams, quote): the counts come from
        # the postings, so the trigram sets themselves are not kept.
        self.entries: list[tuple[object, int, str]] = []

    def _counts(self, grams: frozenset[str]) -> list[int]:
        """How many trigrams each entry shares with ``grams``, bit-sliced (plane i: bit i)."""
        planes: list[int] = []
        postings = self.postings
        for gram in grams:
            carry = postings.get(gram, 0)
            i = 0
            while carry:  # add one to every entry in the mask, carrying up the planes
                if i == len(planes):
                    planes.append(carry)
                    break
                plane = planes[i]
                planes[i] = plane ^ carry
                carry &= plane
                i += 1
        return planes

    def matches(self, grams: frozenset[str]) -> list[tuple[float, int]]:
        """(score, entry) of every entry at or above the threshold, best first."""
        if not grams or not self.entries:
            return []
        size = len(grams)
        planes = self._counts(grams)
        # A text at or above the threshold shares at least that share of the new
        # text's trigrams, since their union is at least as large as the new text.
        need = math.ceil(round(self.threshold * size, 9))
        found = []
        for entry in _bits(_at_least(planes, need, (1 << len(self.entries)) - 1)):
            shared = sum(((plane >> entry) & 1) << i for i, plane in enumerate(planes))
            score = shared / (size + self.entries[entry][1] - shared)
            if score >= self.threshold:
                found.append((score, entry))
        found.sort(key=lambda pair: (-pair[0], pair[1]))
        return found

    def best(self, grams: frozenset[str], quote: str) -> tuple[float, object | None]:
        """The closest entry that does not say something else."""
        for score, entry in self.matches(grams):
            ref, _, other_quote = self.entries[entry]
            if not difference(quote, other_quote):
                return score, ref
        return 0.0, None

    def add(self, ref: object, grams: frozenset[str], quote: str) -> None:
        if not grams:
            return
        bit = 1 << len(self.entries)
        self.entries.append((ref, len(grams), quote))
        postings = self.postings
        for gram in grams:
            postings[gram] = postings.get(gram, 0) | bit


class DuplicateFinder:
    """Compares candidates with a speaker's claims in the database and with each other."""

    def __init__(self, threshold: float = SIMILARITY_THRESHOLD) -> None:
        self.threshold = threshold
        self.indexes: dict[object, _OverlapIndex] = {}

    def _index(self, speaker: Speaker | None, speaker_key: object) -> _OverlapIndex:
        if speaker_key not in self.indexes:
            index = _OverlapIndex(self.threshold)
            if speaker is not None and connection.vendor != "postgresql":
                for claim in _comparable(speaker):
                    index.add(claim, trigrams(claim.quote), claim.quote)
            self.indexes[speaker_key] = index
        return self.indexes[speaker_key]

    def find(self, *, speaker: Speaker | None, speaker_key: object, quote: str, index: int):
        """The best match above the threshold, then remember this candidate for later ones."""
        grams = trigrams(quote)
        prefix_index = self._index(speaker, speaker_key)
        score, ref = prefix_index.best(grams, quote)
        best = None
        if ref is not None:
            best = Match(score, claim=ref) if isinstance(ref, Claim) else Match(score, None, ref)
        if speaker is not None and connection.vendor == "postgresql":
            stored = self._in_postgres(speaker, quote)
            if stored is not None and (best is None or stored.score >= best.score):
                best = stored
        prefix_index.add(index, grams, quote)
        return best

    def _in_postgres(self, speaker: Speaker, quote: str) -> Match | None:
        similar = (
            _comparable(speaker)
            .annotate(similarity=TrigramSimilarity("quote", quote))
            .filter(similarity__gte=self.threshold)
            .order_by("-similarity", "pk")[:_POSTGRES_CANDIDATES]
        )
        for claim in similar:
            if not difference(quote, claim.quote):
                return Match(claim.similarity, claim=claim)
        return None


def _comparable(speaker: Speaker):
    """A speaker's claims a new one could repeat: rejected drafts do not count."""
    return Claim.objects.filter(speaker=speaker).exclude(review_state=ReviewState.REJECTED)
