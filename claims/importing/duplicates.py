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
depend on it.

Memory does not grow with the document: the texts are kept in blocks, and only
``RESIDENT_ENTRIES`` texts (over all speakers) are held in memory. When there
are more, the largest block still being filled is written to a temporary file
(its trigram integers, its texts' sizes, references, words and deadlines) and a
new block is started; the file is deleted when the finder is closed, or when it
is collected. ``find_many`` compares a chunk of candidates at once, so that each
block written out is read back once per chunk (and neighbours written out small
are merged then). A candidate's match is the best one over every block, ties
going to the earlier block: the same answer, in the same order, as one index of
every text (tests check it with small blocks). ``WordsSeen`` does the same for
the fingerprints of the statements a file says again word for word.
"""

import datetime
import heapq
import itertools
import marshal
import os
import re
import sys
import tempfile
import weakref
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claims.choices import ReviewState
from claims.importing.classify import FRAGMENT, fragment_remark
from claims.importing.opposites import NUMBER_WORDS, difference
from claims.models import Claim, Speaker

SIMILARITY_THRESHOLD = 0.6
# Texts held in memory at once, over all of a finder's speakers; the others are in its
# temporary file. About 0.5 KiB each on a transcript (words, trigram bits, sizes).
RESIDENT_ENTRIES = 4096
# Fingerprints of the statements met held in memory (``WordsSeen``): about 0.1 KiB each.
RESIDENT_KEYS = 4096
# pg_trgm's words: letters and digits (an underscore separates words there).
_WORD = re.compile(r"[^\W_]+")


def trigrams(text: str) -> frozenset[str]:
    """pg_trgm's trigrams: per lower-cased word, padded with two spaces before, one after."""
    return frozenset().union(*map(_word_trigrams, set(_WORD.findall(text.lower()))))


# A figure written in words is the figure: "twenty percent" says what "20%" says, and a
# percent sign is no word to pg_trgm, so "percent" is left out as the sign is.
_SAME_FIGURE = {word: figure for word, figure in NUMBER_WORDS.items() if figure.isdigit()}
_NO_WORD = frozenset(["percent", "pct"])


def wording_trigrams(text: str) -> frozenset[str]:
    """``trigrams`` of ``text`` with figures in words read as digits ("twenty percent" as
    "20%"): what the duplicate search compares, so that a repeat that spells its figure
    out is still a repeat. Returns a frozenset of 3-character strings."""
    words = set(_WORD.findall(text.lower()))
    if not words.isdisjoint(_SAME_FIGURE) or not words.isdisjoint(_NO_WORD):
        words = {_SAME_FIGURE.get(word, word) for word in words - _NO_WORD}
    return frozenset().union(*map(_word_trigrams, words))


@lru_cache(maxsize=8192)
def _word_trigrams(word: str) -> tuple[str, ...]:
    # Transcripts repeat their words: a word's trigrams are worked out once. Bounded, as a
    # long document's vocabulary keeps growing; interned, as words share their trigrams.
    padded = f"  {word} "
    return tuple(sys.intern(padded[i : i + 3]) for i in range(len(padded) - 2))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """pg_trgm's similarity: shared trigrams over the trigrams of either text (0 to 1)."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def likely_duplicate(a: str, b: str, threshold: float = SIMILARITY_THRESHOLD) -> bool:
    """Whether ``b`` reads as a repeat of ``a``: similar words, same substance."""
    return similarity(wording_trigrams(a), wording_trigrams(b)) >= threshold and not difference(
        a, b
    )


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
    # From the top plane down: few entries have high counts, so most searches end early.
    for i in range(len(planes) - 1, -1, -1):
        mask &= planes[i] if value >> i & 1 else ~planes[i]
        if not mask:
            return 0
    return mask


def _largest(planes: list[int], mask: int) -> tuple[int, int]:
    """The largest bit-sliced number among the entries in ``mask`` (0 when none), and the
    entries that have it (``_equal``'s, found on the way)."""
    value = 0
    for i in range(len(planes) - 1, -1, -1):
        high = mask & planes[i]
        if high:
            mask, value = high, value | 1 << i
    return value, mask


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
    """One block of a speaker's texts; per trigram, the texts that have it, as an int's bits.

    Counting, for every text of the block at once, how many trigrams it shares
    with a new one is one bit-sliced addition per trigram of the new text. The
    texts are then visited best score first without listing every similar one:
    a text sharing ``k`` of the new text's ``s`` trigrams scores at most
    ``k / s``, so shared counts are opened from the largest down only while they
    could still beat (or tie) the best score found, and within one count the
    smallest texts (also bit-sliced, by their number of trigrams) score highest.
    On a transcript whose vocabulary is small the number of similar pairs grows
    with the square of its length; the work per new text here grows with the
    number of counts opened, not with the number of similar texts.

    Each text is kept as a reference (a candidate's index, or minus a claim's
    id), its words, its deadline (``date.toordinal()``, 0 for none) and the
    reference of its original (its own when it is none): plain ints and
    strings, so that ``dump`` and ``load`` are ``marshal``'s.
    """

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.postings: dict[str, int] = {}
        # Each entry's number of trigrams, bit-sliced like the counts.
        self.sizes: list[int] = []
        # The counts come from the postings, so the trigram sets themselves are not kept.
        self.refs: list[int] = []
        self.quotes: list[str] = []
        self.deadlines: list[int] = []
        self.roots: list[int] = []

    def __len__(self) -> int:
        return len(self.refs)

    def dump(self) -> bytes:
        block = (self.postings, self.sizes, self.refs, self.quotes, self.deadlines, self.roots)
        return marshal.dumps(block)

    @classmethod
    def load(cls, data: bytes, threshold: float) -> "_OverlapIndex":
        index = cls(threshold)
        # Only ever what ``dump`` wrote, to a file this process made for itself (mode 0600).
        block = marshal.loads(data)  # noqa: S302 - the finder's own spill file
        index.postings, index.sizes, index.refs, index.quotes, index.deadlines, index.roots = block
        return index

    def extend(self, other: "_OverlapIndex") -> None:
        """Append ``other``'s entries after this block's, in their order."""
        shift, postings = len(self.refs), self.postings
        for gram, bits in other.postings.items():
            postings[gram] = postings.get(gram, 0) | bits << shift
        self.sizes += [0] * (len(other.sizes) - len(self.sizes))
        for i, plane in enumerate(other.sizes):
            self.sizes[i] |= plane << shift
        self.refs += other.refs
        self.quotes += other.quotes
        self.deadlines += other.deadlines
        self.roots += other.roots

    def _counts(self, grams: Iterable[str]) -> list[int]:
        """How many trigrams each entry shares with ``grams``, bit-sliced (plane i: bit i).

        The masks of the trigrams are summed by carry-save addition (a Wallace
        tree): each full adder takes three masks of one weight and gives their
        sum at that weight and their carries at the next, five integer
        operations, where adding the masks one at a time rippled each carry up
        every plane. The top plane is never 0 (its length is that of the
        largest count).
        """
        masks = list(filter(None, map(self.postings.get, grams)))
        planes: list[int] = []
        while masks:  # the masks of weight 2**len(planes)
            rest = iter(masks)
            total = next(rest)
            masks = []
            carry_up = masks.append
            for b in rest:  # two at a time: b and c (0 when the count is odd)
                c = next(rest, 0)
                partial = total ^ b
                carry = total & b | partial & c
                if carry:
                    carry_up(carry)
                total = partial ^ c
            planes.append(total)
        return planes

    def matches(self, grams: Collection[str], threshold: float) -> Iterator[tuple[float, int]]:
        """(score, entry) of every entry at or above ``threshold``, best first.

        Ties are in the order the entries were added. Lazy: the caller usually
        stops at the first one.
        """
        if not grams or not self.refs:
            return
        size = len(grams)
        planes = self._counts(grams)
        every = (1 << len(self.refs)) - 1
        shared, top = _largest(planes, every)
        heap: list[tuple[float, int, int, int]] = []  # (-score, first entry, shared, group)
        rest: dict[int, int] = {}  # per shared count, its entries not yet in the heap
        while True:
            # A text sharing ``shared`` trigrams scores at most shared / size.
            while (
                shared and shared / size >= threshold and (not heap or shared / size >= -heap[0][0])
            ):
                rest[shared] = top if top else _equal(planes, shared, every)
                top = 0
                self._push_smallest(heap, rest, shared, size)
                shared -= 1
            if not heap:
                return
            negative, entry, count, group = heapq.heappop(heap)
            if -negative < threshold:
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
        self, grams: Collection[str], quote: str, deadline: int, above: float = -1.0
    ) -> tuple[float, int] | None:
        """(score, entry) of the closest entry that says the same, scoring more than ``above``.

        None when there is none at or above the threshold. What does not say the
        same: another substance (``difference``), or another deadline when both
        are known (``deadline`` as an ordinal, 0 for none): the same words said
        at another time ("by the end of next year", a year later) are another
        forecast.
        """
        for score, entry in self.matches(grams, max(self.threshold, above)):
            if score <= above:  # an earlier block's match of the same score comes first
                return None
            other_deadline = self.deadlines[entry]
            if deadline and other_deadline and deadline != other_deadline:
                continue
            if not difference(quote, self.quotes[entry]):
                return score, entry
        return None

    def add(
        self,
        ref: int,
        grams: Collection[str],
        quote: str,
        deadline: int,
        *,
        root: int | None = None,
    ) -> None:
        """Add a text (see the class's docstring); ``root`` is its original's reference."""
        bit = 1 << len(self.refs)
        self.refs.append(ref)
        self.quotes.append(quote)
        self.deadlines.append(deadline)
        self.roots.append(ref if root is None else root)
        postings = self.postings
        for gram in grams:
            postings[gram] = postings.get(gram, 0) | bit
        size, sizes = len(grams), self.sizes
        while len(sizes) < size.bit_length():
            sizes.append(0)
        for i in range(size.bit_length()):
            if size >> i & 1:
                sizes[i] |= bit


class _Block:
    """A run of one speaker's texts: in memory (``index``), in the file (``where``), or both."""

    __slots__ = ("index", "where")

    def __init__(self, index: _OverlapIndex | None) -> None:
        self.index = index
        self.where: tuple[int, int] | None = None  # (offset, length) in the spill file


@dataclass(frozen=True, slots=True)
class Query:
    """A candidate to compare: whose words (``speaker_key`` names the speaker's texts;
    ``speaker`` is read for their claims the first time), the words, its index in the
    document, and its deadline if it has one."""

    speaker: Speaker | None
    speaker_key: object
    quote: str
    index: int
    deadline: datetime.date | None = None


def _remove(fd: int, path: str) -> None:
    os.close(fd)
    os.unlink(path)


class SpillFile:
    """A temporary file of blobs: made at the first one written, deleted by ``close``.

    In ``directory`` (the system's temporary directory by default), readable by
    this user only (``mkstemp``). Also deleted when the object is collected or
    the interpreter exits, should ``close`` not be called. ``path`` stays set
    after ``close``, to tell where it was.
    """

    def __init__(self, directory: str | os.PathLike | None = None) -> None:
        self.directory = directory
        self.path: str | None = None
        self._fd = -1
        self._end = 0  # bytes written
        self._closer: weakref.finalize | None = None

    def write(self, data: bytes) -> tuple[int, int]:
        """Append ``data``; where it is, as (offset, length) for ``read``."""
        if self._closer is None:
            self._fd, self.path = tempfile.mkstemp(
                prefix="claims-import-", suffix=".spill", dir=self.directory
            )
            self._closer = weakref.finalize(self, _remove, self._fd, self.path)
        start = self._end
        view = memoryview(data)
        while view:
            written = os.pwrite(self._fd, view, self._end)
            view = view[written:]
            self._end += written
        return start, len(data)

    def read(self, where: tuple[int, int]) -> bytes:
        offset, length = where
        data = os.pread(self._fd, length, offset)
        while len(data) < length:
            data += os.pread(self._fd, length - len(data), offset + len(data))
        return data

    def close(self) -> None:
        if self._closer is not None:
            self._closer()
            self._closer, self._fd, self._end = None, -1, 0


class WordsSeen:
    """Which keys (ints) were met before: the latest in memory, older ones in the file.

    Up to ``resident`` keys are held in a set; then they are written to ``spill``
    as one run, and a new set is started. ``first_time`` reads each run once for
    a whole list of keys. Used for the statements a file says again word for
    word, by their fingerprint.
    """

    def __init__(self, spill: SpillFile, resident: int | None = None) -> None:
        self.spill = spill
        self.resident = max(1, RESIDENT_KEYS if resident is None else resident)
        self.recent: set[int] = set()
        self.runs: list[tuple[int, int]] = []  # where each run written out is

    def first_time(self, keys: Sequence[int]) -> list[bool]:
        """Per key, in order: whether it is met for the first time (it is then remembered)."""
        wanted = set(keys)
        before: set[int] = set()
        for where in self.runs:
            run = marshal.loads(self.spill.read(where))  # noqa: S302 - our own spill file
            before |= wanted & run
        written: set[int] = set()  # the runs written out during this list, still to look in
        first = []
        for key in keys:
            if key in before or key in written or key in self.recent:
                first.append(False)
                continue
            first.append(True)
            self.recent.add(key)
            if len(self.recent) >= self.resident:
                self.runs.append(self.spill.write(marshal.dumps(frozenset(self.recent))))
                written |= self.recent
                self.recent = set()
        return first


def _subjectless(quote: str) -> bool:
    """A short answer with no subject of its own: "Maybe, by 2027.", "They will."."""
    return bool(quote) and (fragment_remark(quote) == FRAGMENT or len(quote.split()) < 3)


class DuplicateFinder:
    """Compares candidates with a speaker's claims in the database and with each other.

    ``resident`` is how many texts are held in memory (``RESIDENT_ENTRIES`` by
    default); the others are written to ``spill``, a temporary file in
    ``spill_dir`` (the system's temporary directory by default) made at the
    first block written out. ``close`` deletes it; so does a ``with`` block's
    end, or the finder's collection. Memory is ``resident`` texts, one block
    read back and the blocks a chunk's candidates filled, whatever the number of
    texts.
    """

    def __init__(
        self,
        threshold: float = SIMILARITY_THRESHOLD,
        *,
        resident: int | None = None,
        spill_dir: str | os.PathLike | None = None,
    ) -> None:
        self.threshold = threshold
        self.resident = max(1, RESIDENT_ENTRIES if resident is None else resident)
        self.spill = SpillFile(spill_dir)
        # Per speaker key, their blocks in order; the last one is being filled, in memory.
        self.speakers: dict[object, list[_Block]] = {}
        self._filling = 0  # texts in the blocks being filled
        # A claim that is itself a duplicate, by its reference → its original's (the end of
        # its ``duplicate_of`` chain) reference, words and day. Only the speakers' claims in
        # the database are held here: a candidate's original is kept with its words in its
        # block (``_OverlapIndex.roots``), in memory or in the file as they are.
        self._roots: dict[int, tuple[int, str, int]] = {}
        # The words and day of each claim that is an original of a candidate: at most one
        # entry per claim in the database, whatever the length of the document.
        self._claim_texts: dict[int, tuple[str, int]] = {}
        self._pinned: list[_Block] = []  # written out, still in memory until the chunk ends
        self._db = Claim.objects.db  # the database the claims are read from

    def __enter__(self) -> "DuplicateFinder":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Delete the spill file and forget every text (the finder is not to be used again)."""
        self.spill.close()
        self.speakers.clear()
        self._pinned.clear()
        self._roots.clear()
        self._claim_texts.clear()
        self._filling = 0

    def find(
        self,
        *,
        speaker: Speaker | None,
        speaker_key: object,
        quote: str,
        index: int,
        deadline: datetime.date | None = None,
    ) -> "Match | None":
        """The best match above the threshold, then remember this candidate for later ones.

        Among equal scores the speaker's claims come first (oldest first), then
        the document's candidates in order. A claim due on another day than
        ``deadline`` (both known) is no match.
        """
        return self.find_many([Query(speaker, speaker_key, quote, index, deadline)])[0]

    def find_many(self, queries: Sequence[Query]) -> "list[Match | None]":
        """``find`` for each query in turn (each is compared with the earlier ones too).

        Every block in the file is read back once for the whole list.
        """
        return self._find(queries)[0]

    def _find(self, queries: Sequence[Query]) -> "tuple[list[Match | None], list[int]]":
        """``find_many``'s matches, and per query the reference of its original: the root
        of the chain of what it matched, or its own index when it matched nothing."""
        # Per query, its trigrams (a tuple: a quarter of a frozenset's size), words and day.
        items = [
            (tuple(wording_trigrams(q.quote)), q.quote, q.deadline.toordinal() if q.deadline else 0)
            for q in queries
        ]
        # Per query, the best so far: (score, ref, quote, deadline, its original's ref).
        found: list[tuple[float, int, str, int, int] | None] = [None] * len(queries)
        mine: dict[object, list[int]] = {}
        for i, query in enumerate(queries):
            self._blocks(query.speaker, query.speaker_key)
            mine.setdefault(query.speaker_key, []).append(i)
        # The blocks in the file come before those in memory: read each once, for all.
        first_in_memory: dict[object, int] = {}
        for key, positions in mine.items():
            first_in_memory[key] = self._search_file(key, positions, items, found)
        # Then in order, each query after the ones before it; a block written out meanwhile
        # stays in memory until the end.
        roots = []
        try:
            for i, query in enumerate(queries):
                blocks = self.speakers[query.speaker_key]
                for block in blocks[first_in_memory[query.speaker_key] :]:
                    found[i] = _better(found[i], block.index, *items[i])
                # A fragment whose subject is in the question before it ("Maybe, by 2027."
                # after "Will rents fall?") says nothing by its words alone: it is no
                # duplicate, nor an original.
                hit = found[i]
                if hit is not None and (_subjectless(query.quote) or _subjectless(hit[2])):
                    hit = found[i] = None
                roots.append(query.index if hit is None else self._root_of(hit))
                self._add(blocks, query.index, *items[i], root=roots[-1])
        finally:
            for block in self._pinned:
                block.index = None
            self._pinned.clear()
        return [self._match(hit) for hit in found], roots

    def _root_of(self, hit: tuple[float, int, str, int, int]) -> int:
        """The reference of the original of what ``hit`` matched (a claim's words and day
        kept in ``_claim_texts``)."""
        _, ref, quote, day, root = hit
        if root != ref:  # a candidate that is a duplicate itself
            return root
        if ref in self._roots:  # a claim that is a duplicate itself
            root, quote, day = self._roots[ref]
        if root < 0:
            self._claim_texts[root] = (quote, day)
        return root

    def _search_file(self, key: object, positions: list[int], items: list, found: list) -> int:
        """Compare the queries at ``positions`` with the speaker's blocks in the file.

        Each block is read once. Neighbours that fit in one block of ``resident``
        texts are written back as one, so that blocks written out small (when
        several speakers share the memory) do not stay many. Returns how many
        blocks the speaker has in the file.
        """
        blocks = self.speakers[key]
        kept: list[_Block] = []
        run: list[_Block] = []  # blocks read and merged into ``merged``, not yet written back
        merged: _OverlapIndex | None = None
        for block in itertools.takewhile(lambda b: b.index is None, blocks):
            index = self._read(block)
            for i in positions:
                found[i] = _better(found[i], index, *items[i])
            if merged is not None and len(merged) + len(index) <= self.resident:
                merged.extend(index)
                run.append(block)
                continue
            kept.append(self._merged(run, merged))
            run, merged = [block], index
        kept.append(self._merged(run, merged))
        kept = [block for block in kept if block is not None]
        count = sum(1 for block in blocks if block.index is None)
        blocks[:count] = kept
        return len(kept)

    def _merged(self, run: list[_Block], merged: _OverlapIndex | None) -> _Block | None:
        """The one block standing for ``run`` (written back when it merges several)."""
        if len(run) < 2:
            return run[0] if run else None
        block = _Block(None)
        block.where = self.spill.write(merged.dump())
        return block

    def _blocks(self, speaker: Speaker | None, key: object) -> list[_Block]:
        """The speaker's blocks, their claims in the database read the first time."""
        blocks = self.speakers.get(key)
        if blocks is None:
            blocks = self.speakers[key] = [_Block(_OverlapIndex(self.threshold))]
            if speaker is not None:
                claims = _comparable(speaker).order_by("pk")
                rows = claims.values_list("pk", "quote", "deadline", "duplicate_of_id")
                parents = {}
                for pk, quote, deadline, original in rows.iterator(chunk_size=2000):
                    day = deadline.toordinal() if deadline else 0
                    self._add(blocks, -pk, wording_trigrams(quote), quote, day)
                    if original is not None:
                        parents[pk] = original
                self._root_claims(parents)
                for block in self._pinned:
                    block.index = None
                self._pinned.clear()
        return blocks

    def _add(
        self,
        blocks: list[_Block],
        ref: int,
        grams: Collection[str],
        quote: str,
        day: int,
        *,
        root: int | None = None,
    ) -> None:
        if not grams:
            return
        blocks[-1].index.add(ref, grams, quote, day, root=root)
        self._filling += 1
        if self._filling >= self.resident:
            self._spill(max(self.speakers.values(), key=lambda b: len(b[-1].index)))

    def _spill(self, blocks: list[_Block]) -> None:
        """Write the block being filled to the file, and start a new one."""
        block = blocks[-1]
        block.where = self.spill.write(block.index.dump())
        self._filling -= len(block.index)
        self._pinned.append(block)
        blocks.append(_Block(_OverlapIndex(self.threshold)))

    def _read(self, block: _Block) -> _OverlapIndex:
        return _OverlapIndex.load(self.spill.read(block.where), self.threshold)

    def _root_claims(self, parents: dict[int, int]) -> None:
        """Remember the original (the root of the ``duplicate_of`` chain) of each of a
        speaker's claims that is itself flagged as a duplicate (``parents``: pk → its
        ``duplicate_of``)."""
        known: dict[int, int | None] = dict(parents)
        missing = set(parents.values()) - known.keys()
        while missing:  # the chains' further links, a query per link of the longest chain
            rows = Claim.objects.filter(pk__in=missing).values_list("pk", "duplicate_of_id")
            known.update(dict.fromkeys(missing))
            known.update(rows)
            missing = {p for p in known.values() if p is not None} - known.keys()
        roots = {pk: duplicate_root_id(pk, known) for pk in parents}
        texts = Claim.objects.filter(pk__in=set(roots.values())).values_list(
            "pk", "quote", "deadline"
        )
        by_pk = {
            pk: (quote, deadline.toordinal() if deadline else 0) for pk, quote, deadline in texts
        }
        for pk, root in roots.items():
            if root != pk and root in by_pk:
                self._roots[-pk] = (-root, *by_pk[root])

    def find_originals(self, queries: Sequence[Query]) -> "list[Match | None]":
        """``find_many``, each match pointing at the original of what it matched: a claim
        or candidate that is itself a duplicate is never pointed at, its chain's root is
        (the claim at the end of its ``duplicate_of`` links, or the candidate's own original).
        The score stays the one with the text matched."""
        matches, roots = self._find(queries)
        for match, root in zip(matches, roots, strict=True):
            if match is None:
                continue
            ref = match.candidate_index if match.claim is None else -match.claim.pk
            if root == ref:
                continue
            if root >= 0:
                match.claim, match.candidate_index = None, root
            else:
                quote, day = self._claim_texts[root]
                deadline = datetime.date.fromordinal(day) if day else None
                match.claim = Claim.from_db(self._db, _CLAIM_FIELDS, (-root, quote, deadline))
                match.candidate_index = None
        return matches

    def _match(self, hit: tuple[float, int, str, int, int] | None) -> "Match | None":
        if hit is None:
            return None
        score, ref, quote, day, _ = hit
        if ref >= 0:
            return Match(score, None, ref)
        deadline = datetime.date.fromordinal(day) if day else None
        # What ``.only("pk", "quote", "deadline")`` would have given.
        claim = Claim.from_db(self._db, _CLAIM_FIELDS, (-ref, quote, deadline))
        return Match(score, claim=claim)


_CLAIM_FIELDS = ["id", "quote", "deadline"]  # in the model's order, as ``from_db`` reads them


def _better(
    found: tuple[float, int, str, int, int] | None,
    index: _OverlapIndex,
    grams: Collection[str],
    quote: str,
    deadline: int,
) -> tuple[float, int, str, int, int] | None:
    """``found``, or the block's match when it scores more (a tie goes to the earlier):
    (score, reference, words, day, its original's reference)."""
    hit = index.best(grams, quote, deadline, found[0] if found else -1.0)
    if hit is None:
        return found
    score, entry = hit
    return score, index.refs[entry], index.quotes[entry], index.deadlines[entry], index.roots[entry]


def duplicate_root_id(pk: int, known: dict[int, int | None] | None = None) -> int:
    """The id of the claim at the end of ``pk``'s ``duplicate_of`` chain: the original a
    duplicate (or a duplicate of a duplicate) repeats; ``pk`` itself when it is none.

    ``known`` maps ids to their ``duplicate_of`` ids already read; others are read from the
    database. A chain that loops ends at the last claim before the loop.
    """
    known = known or {}
    seen = {pk}
    current = pk
    while True:
        if current in known:
            parent = known[current]
        else:  # not read yet: asked for
            parent = Claim.objects.filter(pk=current).values_list("duplicate_of_id", flat=True)
            parent = parent.first()
        if parent is None or parent in seen:
            return current
        seen.add(parent)
        current = parent


def duplicate_root(claim: Claim) -> Claim:
    """The original ``claim`` repeats: itself, or the root of its ``duplicate_of`` chain
    (a duplicate is linked to the original, never to another duplicate)."""
    root = duplicate_root_id(claim.pk)
    return claim if root == claim.pk else Claim.objects.get(pk=root)


def _comparable(speaker: Speaker):
    """A speaker's claims a new one could repeat: rejected drafts do not count."""
    return Claim.objects.filter(speaker=speaker).exclude(review_state=ReviewState.REJECTED)
