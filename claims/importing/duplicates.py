"""Finding a claim the same speaker already has that a candidate repeats.

The measure is pg_trgm's ``similarity``, computed here (trigrams of each word
padded as pg_trgm pads them, and the share of trigrams the two texts have in
common; a test checks the figures against PostgreSQL's own), so both databases
flag the same pairs. A speaker's claims are read once, when the document first
gives them a line, and compared here with each candidate along with the
document's earlier candidates: asking the database for each candidate took
20 ms a statement for a speaker with a few thousand claims (pg_trgm's index
serves the ``%`` operator, not a best-first search by similarity). A similar
pair that differs in negation, in a figure or in a name is not a duplicate
(``claims.importing.opposites``).

Comparing every pair one by one would be quadratic in Python. The index keeps,
per trigram, the set of texts that have it as the bits of one integer; adding
those integers bit-sliced counts the shared trigrams of every earlier text at
once (a few integer operations per trigram). The texts are then visited best
score first, and the search stops at the first that says the same thing, so a
transcript whose small vocabulary makes most of its texts similar to each other
does not make every similar pair be scored. Transcripts repeat their words a
lot, which defeats prefix filters (every trigram is common); this does not
depend on it. The integers are as long as the speaker has texts, so each
operation costs a little more as a document grows.
"""

import datetime
import heapq
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from claims.choices import ReviewState
from claims.importing.opposites import difference
from claims.models import Claim, Speaker

SIMILARITY_THRESHOLD = 0.6
# pg_trgm's words: letters and digits (an underscore separates words there).
_WORD = re.compile(r"[^\W_]+")


def trigrams(text: str) -> frozenset[str]:
    """pg_trgm's trigrams: per lower-cased word, padded with two spaces before, one after."""
    grams = set()
    for word in set(_WORD.findall(text.lower())):
        grams.update(_word_trigrams(word))
    return frozenset(grams)


@lru_cache(maxsize=65536)
def _word_trigrams(word: str) -> tuple[str, ...]:
    # Transcripts repeat their words: a word's trigrams are worked out once.
    padded = f"  {word} "
    return tuple(padded[i : i + 3] for i in range(len(padded) - 2))


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


def _equal(planes: list[int], value: int, every: int) -> int:
    """The entries whose bit-sliced number is exactly ``value``."""
    if value >> len(planes):
        return 0
    mask = every
    for i, plane in enumerate(planes):
        mask &= plane if value >> i & 1 else ~plane
    return mask


def _largest(planes: list[int], mask: int) -> int:
    """The largest bit-sliced number among the entries in ``mask`` (0 when none)."""
    value = 0
    for i in range(len(planes) - 1, -1, -1):
        high = mask & planes[i]
        if high:
            mask, value = high, value | 1 << i
    return value


def _smallest(planes: list[int], mask: int) -> tuple[int, int]:
    """The smallest bit-sliced number among the entries in ``mask``, and those entries."""
    value = 0
    for i in range(len(planes) - 1, -1, -1):
        low = mask & ~planes[i]
        if low:
            mask = low
        else:
            value |= 1 << i
    return value, mask


class _OverlapIndex:
    """One speaker's texts; for each trigram, the texts that have it, as the bits of an int.

    Counting, for every earlier text at once, how many trigrams it shares with a
    new one is one bit-sliced addition per trigram of the new text. The texts
    are then visited best score first without listing every similar one: a text
    sharing ``k`` of the new text's ``s`` trigrams scores at most ``k / s``, so
    shared counts are opened from the largest down only while they could still
    beat (or tie) the best score found, and within one count the smallest texts
    (also bit-sliced, by their number of trigrams) score highest. On a transcript
    whose vocabulary is small the number of similar pairs grows with the square
    of its length; the work per new text here grows with the number of counts
    opened, not with the number of similar texts.
    """

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.postings: dict[str, int] = {}
        # Each entry's number of trigrams, bit-sliced like the counts.
        self.sizes: list[int] = []
        # (claim or candidate index, quote, deadline): the counts come from the postings,
        # so the trigram sets themselves are not kept.
        self.entries: list[tuple[object, str, datetime.date | None]] = []

    def _counts(self, grams: Iterable[str]) -> list[int]:
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

    def matches(self, grams: frozenset[str]) -> Iterator[tuple[float, int]]:
        """(score, entry) of every entry at or above the threshold, best first.

        Ties are in the order the entries were added. Lazy: the caller usually
        stops at the first one.
        """
        if not grams or not self.entries:
            return
        size = len(grams)
        planes = self._counts(grams)
        every = (1 << len(self.entries)) - 1
        shared = _largest(planes, every)
        heap: list[tuple[float, int, int, int]] = []  # (-score, first entry, shared, group)
        rest: dict[int, int] = {}  # per shared count, its entries not yet in the heap
        while True:
            # A text sharing ``shared`` trigrams scores at most shared / size.
            while (
                shared
                and shared / size >= self.threshold
                and (not heap or shared / size >= -heap[0][0])
            ):
                rest[shared] = _equal(planes, shared, every)
                self._push_smallest(heap, rest, shared, size)
                shared -= 1
            if not heap:
                return
            negative, entry, count, group = heapq.heappop(heap)
            if -negative < self.threshold:
                return
            yield -negative, entry
            group ^= 1 << entry
            if group:
                heapq.heappush(heap, (negative, (group & -group).bit_length() - 1, count, group))
            else:
                self._push_smallest(heap, rest, count, size)

    def _push_smallest(self, heap: list, rest: dict[int, int], shared: int, size: int) -> None:
        """Move the smallest entries sharing ``shared`` trigrams from ``rest`` to the heap."""
        if not rest[shared]:
            return
        length, group = _smallest(self.sizes, rest[shared])
        rest[shared] ^= group
        score = shared / (size + length - shared)
        heapq.heappush(heap, (-score, (group & -group).bit_length() - 1, shared, group))

    def best(
        self, grams: frozenset[str], quote: str, deadline: datetime.date | None = None
    ) -> tuple[float, object | None]:
        """The closest entry that does not say something else, nor come due another day.

        The same words said at another time ("by the end of next year", a year
        later) are another forecast: a deadline that differs is a difference.
        """
        for score, entry in self.matches(grams):
            ref, other_quote, other_deadline = self.entries[entry]
            if deadline and other_deadline and deadline != other_deadline:
                continue
            if not difference(quote, other_quote):
                return score, ref
        return 0.0, None

    def add(
        self, ref: object, grams: frozenset[str], quote: str, deadline: datetime.date | None = None
    ) -> None:
        if not grams:
            return
        bit = 1 << len(self.entries)
        self.entries.append((ref, quote, deadline))
        postings = self.postings
        for gram in grams:
            postings[gram] = postings.get(gram, 0) | bit
        size, sizes = len(grams), self.sizes
        while len(sizes) < size.bit_length():
            sizes.append(0)
        for i in range(size.bit_length()):
            if size >> i & 1:
                sizes[i] |= bit


class DuplicateFinder:
    """Compares candidates with a speaker's claims in the database and with each other."""

    def __init__(self, threshold: float = SIMILARITY_THRESHOLD) -> None:
        self.threshold = threshold
        self.indexes: dict[object, _OverlapIndex] = {}

    def _index(self, speaker: Speaker | None, speaker_key: object) -> _OverlapIndex:
        if speaker_key not in self.indexes:
            index = _OverlapIndex(self.threshold)
            if speaker is not None:
                claims = _comparable(speaker).only("pk", "quote", "deadline").order_by("pk")
                for claim in claims:
                    index.add(claim, trigrams(claim.quote), claim.quote, claim.deadline)
            self.indexes[speaker_key] = index
        return self.indexes[speaker_key]

    def find(
        self,
        *,
        speaker: Speaker | None,
        speaker_key: object,
        quote: str,
        index: int,
        deadline: datetime.date | None = None,
    ):
        """The best match above the threshold, then remember this candidate for later ones.

        Among equal scores the speaker's claims come first (oldest first), then
        the document's candidates in order. A claim due on another day than
        ``deadline`` (both known) is no match.
        """
        grams = trigrams(quote)
        overlap = self._index(speaker, speaker_key)
        score, ref = overlap.best(grams, quote, deadline)
        overlap.add(index, grams, quote, deadline)
        if ref is None:
            return None
        return Match(score, claim=ref) if isinstance(ref, Claim) else Match(score, None, ref)


def _comparable(speaker: Speaker):
    """A speaker's claims a new one could repeat: rejected drafts do not count."""
    return Claim.objects.filter(speaker=speaker).exclude(review_state=ReviewState.REJECTED)
