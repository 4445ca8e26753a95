"""Fill a PostgreSQL database with a large, plausible record, fast (COPY via psycopg 3).

Usage (on a database of its own — everything in the claims tables is replaced):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_bench \\
        .venv/bin/python bench/generate.py --claims 1000000 --speakers 5000

The schema is created with ``manage.py migrate`` first. Rows are streamed with
``COPY ... FROM STDIN`` in text format; a million claims take well under a minute.
About a third of the claims are resolved (with a resolution and a piece of
evidence), a fifth state a confidence, and 1% are drafts. Quotes and statements
are realistic text from ``bench/corpus.py`` (Zipf-distributed vocabulary, names,
numbers and years); speakers have real-looking names.
"""

import argparse
import datetime
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus import CONTENT_WORDS, Vocabulary, claim_text, speaker_name, vocabulary  # noqa: E402

VERDICTS = ["true", "false", "partly_true", "unresolvable", "withdrawn"]
VERDICT_WEIGHTS = [35, 35, 15, 10, 5]
NOW = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
TODAY = datetime.datetime.now(tz=datetime.UTC).date()


def database_dsn() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own (e.g. .../tracker_bench).")
    return url.replace("postgres://", "postgresql://", 1)


def migrate() -> None:
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, check=True)


def text_row(values: list) -> str:
    """One line of COPY text format."""
    out = []
    for value in values:
        if value is None:
            out.append("\\N")
        elif isinstance(value, bool):
            out.append("t" if value else "f")
        else:
            out.append(str(value).replace("\\", "\\\\").replace("\t", " ").replace("\n", " "))
    return "\t".join(out) + "\n"


def copy_rows(cursor, table: str, columns: list[str], rows: Iterator[list]) -> int:
    count = 0
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with cursor.copy(statement) as copy:
        buffer = []
        for row in rows:
            buffer.append(text_row(row))
            count += 1
            if len(buffer) >= 10_000:
                copy.write("".join(buffer))
                buffer.clear()
        if buffer:
            copy.write("".join(buffer))
    return count


def speaker_slug(pk: int) -> str:
    return speaker_name(pk).lower().replace(" ", "-")


def speakers(n: int) -> Iterator[list]:
    for pk in range(1, n + 1):
        yield [pk, speaker_name(pk), speaker_slug(pk), "Says things.", "", "[]", NOW, NOW]


def sources(n: int, rng: random.Random) -> Iterator[list]:
    for pk in range(1, n + 1):
        published = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3900))
        yield [
            pk,
            "podcast",
            f"Episode {pk}",
            "A Podcast",
            f"https://podcast.example.org/{pk}",
            published,
            "day",
            "",
            NOW,
            NOW,
        ]


def claim_row(
    pk: int, rng: random.Random, words: Vocabulary, n_speakers: int, n_sources: int
) -> list:
    said_on = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(4000))
    has_deadline = rng.random() < 0.85
    deadline = said_on + datetime.timedelta(days=rng.randrange(90, 1900)) if has_deadline else None
    year = deadline.year if deadline else said_on.year + 2
    resolved = has_deadline and deadline < TODAY and rng.random() < 0.45
    verdict = rng.choices(VERDICTS, VERDICT_WEIGHTS)[0] if resolved else ""
    quote, statement, horizon = claim_text(rng, words, year=year)
    review_state = "draft" if rng.random() < 0.01 else "published"
    if review_state == "draft":
        verdict, resolved = "", False
    return [
        pk,
        rng.randrange(1, n_speakers + 1),
        rng.randrange(1, n_sources + 1),
        "",
        "prediction" if rng.random() < 0.8 else "factual",
        quote,
        statement,
        said_on,
        "day",
        horizon[:200] if has_deadline else "",
        deadline,
        "day" if has_deadline else "",
        "derived" if has_deadline else "none",
        f"'by {year}': set by the generator" if has_deadline else "",
        False,
        round(rng.random(), 2) if rng.random() < 0.2 else None,
        review_state,
        verdict,
        NOW if resolved else None,
        "",
        2 if resolved else 1,
        NOW,
        NOW + datetime.timedelta(seconds=pk),
    ]


CLAIM_COLUMNS = [
    "id",
    "speaker_id",
    "source_id",
    "locator",
    "kind",
    "quote",
    "statement",
    "said_on",
    "said_on_precision",
    "horizon",
    "deadline",
    "deadline_precision",
    "deadline_source",
    "deadline_rule",
    "needs_deadline",
    "confidence",
    "review_state",
    "verdict",
    "resolved_at",
    "internal_notes",
    "version",
    "created_at",
    "updated_at",
]


def generate(cursor, *, claims: int, n_speakers: int, seed: int) -> dict:
    rng = random.Random(seed)
    n_sources = max(1, claims // 50)
    cursor.execute(
        "TRUNCATE claims_evidence, claims_resolution, claims_claim_topics, claims_claim, "
        "claims_sourceparticipant, claims_source, claims_speaker, claims_topic "
        "RESTART IDENTITY CASCADE"
    )
    copy_rows(
        cursor,
        "claims_speaker",
        ["id", "name", "slug", "bio", "affiliations", "links", "created_at", "updated_at"],
        speakers(n_speakers),
    )
    copy_rows(
        cursor,
        "claims_source",
        [
            "id",
            "kind",
            "title",
            "publisher",
            "url",
            "published_on",
            "published_precision",
            "notes",
            "created_at",
            "updated_at",
        ],
        sources(n_sources, rng),
    )
    topics = [[pk, word.title(), word] for pk, word in enumerate(CONTENT_WORDS[:20], start=1)]
    copy_rows(
        cursor, "claims_topic", ["id", "name", "slug", "description"], ([*t, ""] for t in topics)
    )
    resolved: list[tuple[int, str]] = []
    words = vocabulary()

    def claim_rows() -> Iterator[list]:
        for pk in range(1, claims + 1):
            row = claim_row(pk, rng, words, n_speakers, n_sources)
            if row[17]:
                resolved.append((pk, row[17]))
            yield row

    copy_rows(cursor, "claims_claim", CLAIM_COLUMNS, claim_rows())
    copy_rows(
        cursor,
        "claims_claim_topics",
        ["claim_id", "topic_id"],
        ([pk, 1 + pk % len(topics)] for pk in range(1, claims + 1)),
    )
    copy_rows(
        cursor,
        "claims_resolution",
        [
            "id",
            "claim_id",
            "verdict",
            "rationale",
            "resolved_at",
            "revision_reason",
            "retraction_reason",
        ],
        (
            [i, pk, verdict, "As observed.", NOW, "", ""]
            for i, (pk, verdict) in enumerate(resolved, start=1)
        ),
    )
    copy_rows(
        cursor,
        "claims_evidence",
        ["resolution_id", "url", "archive_url", "excerpt", "observed_on"],
        ([i, f"https://news.example.org/{i}", "", "", TODAY] for i in range(1, len(resolved) + 1)),
    )
    for table in [
        "claims_speaker",
        "claims_source",
        "claims_topic",
        "claims_claim",
        "claims_claim_topics",
        "claims_resolution",
        "claims_evidence",
    ]:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT coalesce(max(id), 1) FROM {table}))"
        )
    return {
        "claims": claims,
        "speakers": n_speakers,
        "sources": n_sources,
        "resolutions": len(resolved),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--speakers", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    dsn = database_dsn()
    migrate()
    started = time.perf_counter()
    with psycopg.connect(dsn) as connection:
        with connection.cursor() as cursor:
            counts = generate(cursor, claims=args.claims, n_speakers=args.speakers, seed=args.seed)
        connection.commit()
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    elapsed = time.perf_counter() - started
    print(f"generated {counts} in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
