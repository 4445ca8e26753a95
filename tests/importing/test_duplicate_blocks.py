"""The duplicate finder in blocks: a few texts in memory, the others in a temporary file.

Whatever the size of the blocks, and whether candidates are compared one by one
or a chunk at a time, every candidate gets the match one index of every text
gives: the best score that says the same and is due the same day, ties to the
earlier text, the speaker's claims before the document's candidates. The file
is gone once the import is over, written or refused.
"""

import datetime
import random
from pathlib import Path

import pytest
from django.db import transaction

from claims.importing import duplicates
from claims.importing.duplicates import (
    SIMILARITY_THRESHOLD,
    DuplicateFinder,
    Query,
    SpillFile,
    WordsSeen,
    wording_trigrams,
)
from claims.importing.errors import ImportFileError
from claims.importing.opposites import difference
from claims.importing.services import ImportOptions, import_apply, import_document, import_plan
from tests.factories import ClaimFactory, SpeakerFactory
from tests.importing.test_streaming import SOURCE, _import, _transcript

UNBOUNDED = 10**9
DAY = datetime.date(2026, 12, 31)
OTHER_DAY = datetime.date(2027, 12, 31)
CUT = "Rates will be cut before the summer"
NOT_CUT = "Rates will not be cut before the summer"


def _q(key: str, quote: str, index: int, deadline: datetime.date | None = None) -> Query:
    return Query(None, key, quote, index, deadline)


def _fillers(key: str, start: int, count: int) -> list[Query]:
    """Texts unlike any other, to push the ones that matter into other blocks."""
    return [
        _q(key, f"Filler {word} number {n}", start + n)
        for n, word in zip(
            range(count), ["zebra", "quartz", "fjord", "glyph", "vex"] * 50, strict=False
        )
    ]


def _sequence(*parts) -> list[Query]:
    """Queries in order, renumbered 0, 1, 2… as the planner numbers candidates."""
    flat = [q for part in parts for q in (part if isinstance(part, list) else [part])]
    return [Query(q.speaker, q.speaker_key, q.quote, i, q.deadline) for i, q in enumerate(flat)]


# (name, the candidates in order, the index the last one must match or None)
CASES = [
    (
        "ties across blocks go to the earliest",
        _sequence(_q("a", CUT, 0), _fillers("a", 0, 5), _q("a", CUT, 0), _q("a", CUT + ".", 0)),
        0,
    ),
    (
        "a tie within the block in memory after one in the file: the file's is earlier",
        _sequence(_q("a", CUT, 0), _fillers("a", 0, 3), _q("a", CUT, 0), _q("a", CUT, 0)),
        0,
    ),
    (
        "a better score in a later block wins over an earlier weaker one",
        _sequence(
            _q("a", "Rates will be cut before the summer, I think, honestly, yes", 0),
            _fillers("a", 0, 4),
            _q("a", "Rates will be cut before the summer.", 0),
            _q("a", CUT, 0),
        ),
        5,
    ),
    (
        "a deadline that differs is skipped for an earlier block's same-day repeat",
        _sequence(
            _q("a", CUT, 0, DAY),
            _fillers("a", 0, 4),
            _q("a", CUT, 0, OTHER_DAY),
            _q("a", CUT + ".", 0, DAY),
        ),
        0,
    ),
    (
        "a deadline that differs in every block: no match",
        _sequence(
            _q("a", CUT, 0, OTHER_DAY),
            _fillers("a", 0, 4),
            _q("a", CUT, 0, OTHER_DAY),
            _q("a", CUT + ".", 0, DAY),
        ),
        None,
    ),
    (
        "an unknown deadline matches a known one, across blocks",
        _sequence(_q("a", CUT, 0), _fillers("a", 0, 4), _q("a", CUT + ".", 0, DAY)),
        0,
    ),
    (
        "the opposite in the block in memory is skipped for the repeat in the file",
        _sequence(
            _q("a", CUT, 0),
            _fillers("a", 0, 4),
            _q("a", NOT_CUT, 0),
            _q("a", CUT + ".", 0),
        ),
        0,
    ),
    (
        "the closest is an opposite in the file, the repeat later in memory",
        _sequence(
            _q("a", NOT_CUT + ".", 0),
            _fillers("a", 0, 4),
            _q("a", "Honestly, " + CUT, 0),
            _q("a", NOT_CUT.replace("not ", "") + ".", 0),
        ),
        5,
    ),
    (
        "only opposites: no match",
        _sequence(
            _q("a", NOT_CUT, 0),
            _fillers("a", 0, 3),
            _q("a", "Rates will be raised before the summer", 0),
            _q("a", CUT, 0),
        ),
        None,
    ),
    (
        "another speaker's repeat is not a match, whichever block it is in",
        _sequence(
            _q("b", CUT, 0), _fillers("a", 0, 3), _fillers("b", 10, 3), _q("a", CUT + ".", 0)
        ),
        None,
    ),
    (
        "speakers interleaved: each finds their own earliest",
        _sequence(
            _q("b", CUT, 0),
            _q("a", CUT, 0),
            _fillers("b", 0, 3),
            _q("b", CUT, 0),
            _fillers("a", 10, 2),
            _q("a", CUT + ".", 0),
        ),
        1,
    ),
]


def _run(queries: list[Query], *, resident: int, chunk: int) -> list:
    """Every query's match as (score, claim id, candidate index), compared ``chunk`` at a time."""
    with DuplicateFinder(resident=resident) as finder:
        found = []
        for start in range(0, len(queries), chunk):
            found += finder.find_many(queries[start : start + chunk])
        assert finder._filling < finder.resident, "no more in memory than allowed"
    return [m and (m.score, m.claim and m.claim.pk, m.candidate_index) for m in found]


def _one_by_one(queries: list[Query]) -> list:
    """Every pair compared, the rule spelled out: best score, then earliest, same substance."""
    found = []
    for i, query in enumerate(queries):
        grams = wording_trigrams(query.quote)
        best = None
        for earlier in queries[:i]:
            if earlier.speaker_key != query.speaker_key or not wording_trigrams(earlier.quote):
                continue
            score = duplicates.similarity(grams, wording_trigrams(earlier.quote))
            due = query.deadline and earlier.deadline and query.deadline != earlier.deadline
            if score < SIMILARITY_THRESHOLD or due or difference(query.quote, earlier.quote):
                continue
            if best is None or score > best[0]:
                best = (score, None, earlier.index)
        found.append(best)
    return found


@pytest.mark.parametrize(("name", "queries", "expected"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("resident", [1, 2, 3, 5])
@pytest.mark.parametrize("chunk", [1, 3, 500])
def test_small_blocks_give_the_matches_of_one_index(name, queries, expected, resident, chunk):
    whole = _run(queries, resident=UNBOUNDED, chunk=1)
    assert _run(queries, resident=resident, chunk=chunk) == whole, name
    assert whole == _one_by_one(queries), name
    last = whole[-1]
    assert (last and last[2]) == expected, name


def _random_queries(count: int, seed: int) -> list[Query]:
    """A few speakers repeating a small vocabulary, now and then word for word."""
    rng = random.Random(seed)
    words = ["rates", "cut", "summer", "solar", "grid", "cheap", "wind", "double", "ships"]
    said: list[Query] = []
    for index in range(count):
        key = rng.choice("abc")
        if said and rng.random() < 0.2:
            quote = rng.choice(said).quote + rng.choice(["", ".", " I think"])
        else:
            quote = " ".join(rng.choices(words, k=rng.randint(3, 6)))
            quote += rng.choice(["", " not", " by 2030", " by 2031", " in ten years"])
        deadline = rng.choice([None, None, DAY, OTHER_DAY])
        said.append(Query(None, key, quote, index, deadline))
    return said


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(("resident", "chunk"), [(1, 7), (4, 1), (9, 25), (32, 500)])
def test_random_documents_give_the_same_matches_in_blocks(seed, resident, chunk):
    queries = _random_queries(300, seed)
    whole = _run(queries, resident=UNBOUNDED, chunk=500)
    assert sum(m is not None for m in whole) > 30, "enough repeats to compare"
    assert _run(queries, resident=resident, chunk=chunk) == whole
    assert whole == _one_by_one(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("resident", [1, 2, 3, UNBOUNDED])
def test_the_speakers_claims_spilled_come_first_and_oldest_first(resident):
    speaker = SpeakerFactory()
    oldest = ClaimFactory(speaker=speaker, quote=CUT)
    for n in range(4):
        ClaimFactory(speaker=speaker, quote=f"Filler zebra number {n}")
    ClaimFactory(speaker=speaker, quote=CUT)
    due = ClaimFactory(speaker=speaker, quote="Wind will double by 2030")
    with DuplicateFinder(resident=resident) as finder:
        found = finder.find_many(
            [
                Query(speaker, "s", CUT, 0),
                Query(speaker, "s", CUT + ".", 1),
                Query(speaker, "s", "Wind will double by 2030.", 2, due.deadline),
                Query(speaker, "s", "Wind will double by 2030.", 3, OTHER_DAY),
            ]
        )
    assert [m.claim for m in found[:3]] == [oldest, oldest, due]
    assert found[3] is None or found[3].claim is None
    # The claim is given as the database would: its id, words and deadline.
    assert (found[0].claim.quote, found[2].claim.deadline) == (CUT, due.deadline)


def test_the_file_is_made_only_when_a_block_is_written_out_and_deleted_on_close(tmp_path):
    finder = DuplicateFinder(resident=3, spill_dir=tmp_path)
    finder.find_many(_sequence(_fillers("a", 0, 2)))
    assert finder.spill.path is None
    finder.find_many(_sequence(_fillers("a", 0, 8)))
    path = Path(finder.spill.path)
    assert path.parent == tmp_path
    assert path.stat().st_size > 0
    finder.close()
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_the_file_is_deleted_when_the_finder_is_collected(tmp_path):
    finder = DuplicateFinder(resident=2, spill_dir=tmp_path)
    finder.find_many(_sequence(_fillers("a", 0, 5)))
    assert len(list(tmp_path.iterdir())) == 1
    del finder
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def spill_files(monkeypatch, tmp_path):
    """Blocks of four texts, written to ``tmp_path``; yields the files made."""
    made: list[Path] = []
    real = duplicates.tempfile.mkstemp

    def mkstemp(**kwargs):
        fd, path = real(**{**kwargs, "dir": tmp_path})
        made.append(Path(path))
        return fd, path

    monkeypatch.setattr(duplicates, "RESIDENT_ENTRIES", 4)
    monkeypatch.setattr(duplicates, "RESIDENT_KEYS", 3)
    monkeypatch.setattr(duplicates.tempfile, "mkstemp", mkstemp)
    return made


@pytest.mark.django_db
@pytest.mark.parametrize("streamed", [True, False], ids=["command", "admin"])
def test_the_file_is_gone_after_an_import(spill_files, tmp_path, streamed):
    data = _transcript(200)
    options = ImportOptions(source=SOURCE)
    if streamed:
        result = import_document(data=data, options=options)
    else:
        result = import_apply(plan=import_plan(data=data, options=options))
    assert result.duplicates > 0
    assert spill_files, "blocks were written out"
    assert list(tmp_path.iterdir()) == []


TOO_LONG = (
    b"\n\n99:00:00.000 --> 99:00:01.000\n<v Lena Ortiz>"
    + b"We will have fusion power on the grid within ten years, " * 100
    + b"\n"
)


LONG = _transcript(1300)  # more than a chunk of candidates before the refusal


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "files"),
    [
        # Refused while planning; the plan made again to say why writes blocks out too.
        (LONG + TOO_LONG, 2),
        # Refused while reading; the plan made again stops before comparing anything.
        (LONG + b"\n\n99:00:00.000 -> 99:00:01.000\nPrices will fall by 2030.\n", 1),
        # Refused while writing: a name nearly like a known speaker's.
        (LONG + b"\n\n99:00:00.000 --> 99:00:01.000\n<v Maya Chenn>Prices will fall.\n", 2),
    ],
    ids=["quote-too-long", "bad-cue", "near-name"],
)
def test_the_file_is_gone_after_a_refusal(spill_files, tmp_path, data, files):
    SpeakerFactory(name="Maya Chen", slug="maya-chen")
    with pytest.raises(ImportFileError):
        import_document(data=data, options=ImportOptions(source=SOURCE))
    assert len(spill_files) == files, "blocks were written out before the refusal"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.django_db
@pytest.mark.parametrize("streamed", [True, False], ids=["command", "admin"])
def test_an_import_in_small_blocks_writes_what_one_index_writes(monkeypatch, streamed):
    priya = SpeakerFactory(name="Priya Raman", slug="priya-raman")
    for quote in ["Nobody will drive to work in ten years.", "Rates will be cut by 2030."] * 3:
        ClaimFactory(speaker=priya, quote=quote)
    data = _transcript(1300)
    options = ImportOptions(source=SOURCE)
    whole = _import(data, options, threshold=200, streamed=streamed)
    monkeypatch.setattr(duplicates, "RESIDENT_ENTRIES", 40)
    monkeypatch.setattr(duplicates, "RESIDENT_KEYS", 50)
    with transaction.atomic():
        blocks = _import(data, options, threshold=200, streamed=streamed)
    assert sum(bool(row[12]) for row in whole[0]) > 20, "likely duplicates across chunks"
    assert whole[-1] > 20, "said again word for word, across chunks"
    assert blocks == whole


# (keys in order, split into lists as the chunks give them)
KEY_LISTS = [
    ([[1, 2, 3, 1, 2, 3]], "repeats within one list, past a run written out"),
    ([[1, 2, 3], [4, 5], [1, 5, 6, 6]], "repeats of older lists"),
    ([[7], [7], [7, 7], [8, 7]], "one key again and again"),
    ([[1, 2, 3, 4, 5, 6, 7, 8], [8, 7, 6, 5, 4, 3, 2, 1, 9]], "every key again, backwards"),
    ([[], [1 << 200, 1 << 200, 2], [2, 1 << 200]], "large keys, an empty list"),
]


@pytest.mark.parametrize(("lists", "why"), KEY_LISTS, ids=[k[1] for k in KEY_LISTS])
@pytest.mark.parametrize("resident", [1, 2, 3, 5])
def test_keys_seen_in_runs_written_out_are_seen_as_in_memory(tmp_path, lists, why, resident):
    met: set[int] = set()
    expected = []
    for keys in lists:
        expected.append([key not in met and not met.add(key) for key in keys])
    spill = SpillFile(tmp_path)
    seen = WordsSeen(spill, resident=resident)
    assert [seen.first_time(keys) for keys in lists] == expected, why
    assert len(seen.recent) < resident
    spill.close()
    assert list(tmp_path.iterdir()) == []


def test_small_blocks_written_out_are_merged_when_read_and_still_match_the_same():
    """Two speakers share the memory: blocks are written out half full, then merged."""
    queries = _sequence(
        [q for n in range(40) for q in (_fillers("a", n, 1)[0], _fillers("b", n, 1)[0])],
        _q("a", CUT, 0),
        _fillers("a", 100, 30),
        _q("a", CUT + ".", 0),
    )
    whole = _run(queries, resident=UNBOUNDED, chunk=500)
    with DuplicateFinder(resident=8) as finder:
        found = []
        for start in range(0, len(queries), 5):
            found += finder.find_many(queries[start : start + 5])
        blocks = finder.speakers["a"]
        sizes = [len(finder._read(b)) for b in blocks if b.index is None]
        filling = len(blocks[-1].index)
    assert [m and (m.score, None, m.candidate_index) for m in found] == whole
    assert whole[-1][2] == 80
    assert sum(sizes) + filling == 40 + 1 + 30 + 1
    assert max(sizes) > 4, "blocks written out half full were merged"
    assert all(size <= 8 for size in sizes)


def _counted_one_by_one(postings: dict[str, int], grams, entries: int) -> list[int]:
    return [sum(postings.get(gram, 0) >> entry & 1 for gram in grams) for entry in range(entries)]


def _read_planes(planes: list[int], entries: int) -> list[int]:
    return [
        sum((plane >> entry & 1) << i for i, plane in enumerate(planes)) for entry in range(entries)
    ]


@pytest.mark.parametrize(
    ("entries", "grams", "density", "seed"),
    [
        (1, 1, 1.0, 0),  # one text, one trigram
        (1, 40, 1.0, 1),  # every trigram shared: the count is the number of trigrams
        (7, 2, 0.5, 2),  # a half adder only
        (7, 3, 0.5, 3),  # one full adder
        (64, 41, 0.3, 4),  # an odd number of masks
        (300, 60, 0.9, 5),  # carries up many planes
        (300, 60, 0.02, 6),  # most masks empty
        (4096, 80, 0.5, 7),  # a full block
        (5, 10, 0.0, 8),  # nothing shared: no plane at all
    ],
)
def test_shared_trigram_counts_are_the_counts_one_by_one(entries, grams, density, seed):
    """The carry-save sum gives every text's count of shared trigrams, and no zero top plane."""
    rng = random.Random(seed)
    index = duplicates._OverlapIndex(SIMILARITY_THRESHOLD)
    names = [f"g{n}" for n in range(grams)]
    for name in names:
        mask = sum(1 << entry for entry in range(entries) if rng.random() < density)
        if mask:
            index.postings[name] = mask
    asked = [*names, "not in the block"]
    planes = index._counts(asked)
    assert _read_planes(planes, entries) == _counted_one_by_one(index.postings, asked, entries)
    assert not planes or planes[-1]
    most = max(_counted_one_by_one(index.postings, asked, entries))
    assert len(planes) == most.bit_length()


@pytest.mark.django_db
@pytest.mark.parametrize(("resident", "chunk"), [(2, 1), (3, 4), (UNBOUNDED, 50)])
def test_originals_are_kept_with_their_words_not_per_duplicate(resident, chunk):
    """A document that repeats one claim of the speaker's, and one of its own, many times:
    each repeat points at the original, in blocks or not, and what the finder holds beside
    its blocks is one entry per claim of the database, not one per duplicate."""
    speaker = SpeakerFactory()
    claim = ClaimFactory(speaker=speaker, quote=CUT, deadline=None)
    own = "Solar will be the cheapest power in every market by 2030"
    queries = [
        Query(speaker, "s", quote, i)
        for i, quote in enumerate(
            [f"{CUT}{'.' * (n % 3)}" for n in range(12)]
            + [own]
            + [f"{own}{'!' * (n % 2)}" for n in range(12)]
            + [f"Filler {word}" for word in ("zebra", "quartz", "fjord", "glyph", "vex")]
        )
    ]
    with DuplicateFinder(resident=resident) as finder:
        found = []
        for start in range(0, len(queries), chunk):
            found += finder.find_originals(queries[start : start + chunk])
        assert finder._roots == {}
        assert list(finder._claim_texts) == [-claim.pk]
    assert [m.claim.pk for m in found[:12]] == [claim.pk] * 12
    assert found[12] is None
    assert [(m.claim, m.candidate_index) for m in found[13:25]] == [(None, 12)] * 12
    assert found[25:] == [None] * 5
