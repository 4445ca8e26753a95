"""Speakers' track records: how their public claims turned out.

A track record counts a speaker's public claims by status and scores their
resolved predictions:

* ``hit_rate``: the share that came true, a "partly true" counting half;
* ``score``: the lower bound of the 95% Wilson score interval of that share,
  so that one lucky call (1/1: 0.21) ranks below a long good record
  (8/10: 0.49) — the ranking rewards evidence, not luck;
* ``brier_score``: the mean squared gap between the stated confidence and the
  outcome (1 true, 0.5 partly true, 0 false), over predictions with a stated
  confidence (0 is perfect, 0.25 is what always saying 50% earns);
* ``calibration``: those predictions by tenths of stated confidence, with how
  often each tenth came true.

Everything is computed for a whole page of speakers at once from one grouped
query (a speaker's own page reads the speaker in that same query); ordering
speakers by score computes the score in SQL (``speakers_by_score``).
"""

import datetime
from collections.abc import Iterable

from django.db import connection
from django.db.models import (
    Avg,
    Case,
    Count,
    F,
    FloatField,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Sqrt

from claims.choices import ClaimKind, ReviewState, Verdict
from claims.models import ChangeCounter, Claim, Speaker
from claims.statements import fetch_all
from claims.status import PUBLIC_STATUSES, STATUS_SQL, STATUS_SQL_PARAMS, status_q
from tracker.scoring import (
    CALIBRATION_BINS,
    SCORED_VERDICTS,
    Tally,
    Z,
)


def _outcome(prefix: str) -> Case:
    """1 for true, 0.5 for partly true, 0 for false (null otherwise)."""
    return Case(
        When(**{f"{prefix}verdict": Verdict.TRUE}, then=Value(1.0)),
        When(**{f"{prefix}verdict": Verdict.PARTLY_TRUE}, then=Value(0.5)),
        When(**{f"{prefix}verdict": Verdict.FALSE}, then=Value(0.0)),
        output_field=FloatField(),
    )


def _status_filters(prefix: str, today: datetime.date) -> dict[str, Q]:
    return {status.value: status_q(status, today, prefix) for status in PUBLIC_STATUSES}


def _scored(prefix: str) -> Q:
    return Q(**{f"{prefix}kind": ClaimKind.PREDICTION, f"{prefix}verdict__in": SCORED_VERDICTS})


def track_record_aggregates(today: datetime.date, prefix: str = "") -> dict:
    """Aggregate expressions of a track record over claims reached through ``prefix``.

    ``prefix`` is "" when aggregating ``Claim`` rows grouped by speaker and
    "claims__" when annotating ``Speaker`` rows.
    """
    public = Q(**{f"{prefix}review_state": ReviewState.PUBLISHED})
    pk = f"{prefix}pk" if prefix else "pk"
    aggregates = {
        f"n_{status}": Count(pk, filter=public & condition)
        for status, condition in _status_filters(prefix, today).items()
    }
    scored = public & _scored(prefix)
    confident = scored & Q(**{f"{prefix}confidence__isnull": False})
    gap = F(f"{prefix}confidence") - _outcome(prefix)
    aggregates.update(
        n_total=Count(pk, filter=public),
        n_scored=Count(pk, filter=scored),
        successes=Sum(_outcome(prefix), filter=scored, default=0.0),
        brier_n=Count(pk, filter=confident),
        brier_score=Avg(gap * gap, filter=confident, output_field=FloatField()),
    )
    return aggregates


def score_expression(today: datetime.date) -> Case:
    """The Wilson lower bound in SQL, over annotations ``n_scored`` and ``successes``."""
    n = Cast(F("n_scored"), FloatField())
    p = Cast(F("successes"), FloatField()) / n
    z2 = Value(Z * Z)
    centre = p + z2 / (Value(2.0) * n)
    margin = Value(Z) * Sqrt(p * (Value(1.0) - p) / n + z2 / (Value(4.0) * n * n))
    return Case(
        # Exactly 0 without a success, as in ``wilson_lower_bound``, so ties break by name.
        When(n_scored__gt=0, successes__lte=0, then=Value(0.0)),
        When(n_scored__gt=0, then=(centre - margin) / (Value(1.0) + z2 / n)),
        default=Value(None),
        output_field=FloatField(),
    )


def speakers_by_score(speakers: QuerySet, today: datetime.date, *, descending: bool) -> QuerySet:
    """``speakers`` ordered by score (speakers with no scored prediction last)."""
    aggregates = track_record_aggregates(today, prefix="claims__")
    annotated = speakers.annotate(
        n_scored=aggregates["n_scored"], successes=aggregates["successes"]
    ).annotate(score=score_expression(today))
    order = F("score").desc(nulls_last=True) if descending else F("score").asc(nulls_last=True)
    return annotated.order_by(order, "name", "pk")


# The groups of a speaker's public claims, after the speaker's id: (status,
# kind, confidence tenth). The status is ``claims.status.STATUS_SQL``; the tenth is
# min(floor(confidence * 10), 9). COUNT(claim.id) is 0 for a speaker without
# claims (a left join's empty group).
GROUPS_SQL = f"""
{STATUS_SQL},
claim.kind,
CASE WHEN claim.confidence IS NULL THEN NULL
     WHEN claim.confidence * %(bins)s >= %(last)s THEN %(last)s
     ELSE CAST(FLOOR(claim.confidence * %(bins)s) AS INTEGER) END,
COUNT(claim.id), COUNT(claim.confidence), SUM(claim.confidence),
SUM(claim.confidence * claim.confidence)
"""
GROUP_COLUMNS = (
    "speaker_id",
    "status",
    "kind",
    "tenth",
    "n",
    "stated",
    "confidence_sum",
    "confidence_squares",
)
SPEAKERS_GROUPS_SQL = (
    "SELECT claim.speaker_id, {groups} FROM {claims} claim "
    "WHERE claim.review_state = %(published)s AND claim.speaker_id IN ({ids}) {group_by}"
)
SPEAKER_FIELDS = ("name", "slug", "bio", "affiliations", "links")
SPEAKER_GROUPS_SQL = (
    "SELECT speaker.id, {groups}, speaker.name, speaker.slug, speaker.bio, speaker.affiliations, "
    "speaker.links{counter} FROM {speakers} speaker LEFT JOIN {claims} claim "
    "ON claim.speaker_id = speaker.id AND claim.review_state = %(published)s "
    "WHERE speaker.slug = %(slug)s {group_by}"
)
# The record's change counter (behind the API's ETags), read in the same statement.
COUNTER_SUBQUERY = f"SELECT value FROM {ChangeCounter._meta.db_table} WHERE name = %(counter)s"  # noqa: S608


def _fetch_groups(sql: str, params: dict, ids: str = "", counter: str = "") -> list[tuple]:
    """Rows of one of the grouped queries above.

    Hand-written SQL: a speaker's page runs it on every request, and building it
    through the ORM cost three times what running it does. Every value is a
    bound parameter (``ids`` is a list of placeholders); table names come from
    the models.
    """
    constants = {
        **STATUS_SQL_PARAMS,
        "bins": CALIBRATION_BINS,
        "last": CALIBRATION_BINS - 1,
        "published": ReviewState.PUBLISHED.value,
    }
    sql = sql.format(
        groups=GROUPS_SQL,
        # By speaker, kind, status, tenth: the order the ORM grouped them in, so
        # that sums of floats (and the Brier score's rounding) come out as before.
        # Grouping by the speaker's id lets the speaker's other columns be selected.
        group_by="GROUP BY 1, 3, 2, 4",
        claims=Claim._meta.db_table,
        speakers=Speaker._meta.db_table,
        ids=ids,
        counter=counter,
    )
    return fetch_all(sql, {**params, **constants})


def _grouped_rows(speaker_ids: list[int], today: datetime.date) -> list[tuple]:
    """The speakers' public claims counted by (speaker, status, kind, confidence tenth).

    One small GROUP BY answers everything: the counts by status, the scores and
    the calibration tables are sums over these groups (see ``Tally``). Sums of
    the confidence and of its square give the Brier score exactly, because the
    outcome is constant within a group.
    """
    ids = {f"id{index}": pk for index, pk in enumerate(speaker_ids)}
    placeholders = ", ".join(f"%({name})s" for name in ids)
    return _fetch_groups(SPEAKERS_GROUPS_SQL, {**ids, "today": today}, ids=placeholders)


def speaker_with_track_record(slug: str, today: datetime.date) -> tuple[Speaker, dict] | None:
    """The speaker with this slug and their track record, in one query; None if unknown.

    The speaker's page asks for both at once: one round trip instead of two.
    The speaker carries only what its representation shows.
    """
    found = _speaker_rows(slug, today, counter="")
    return found[:2] if found is not None else None


def speaker_with_track_record_and_count(
    slug: str, today: datetime.date
) -> tuple[Speaker, dict, int | None] | None:
    """As ``speaker_with_track_record``, with the record's change counter read in the same query.

    The API's ETag is made from the counter: read in the same statement, it is
    the counter of exactly the rows the track record was computed from, and
    costs no round trip of its own.
    """
    return _speaker_rows(slug, today, counter=f", ({COUNTER_SUBQUERY})")


def _speaker_rows(slug: str, today: datetime.date, counter: str):
    params = {"slug": slug, "today": today}
    if counter:
        params["counter"] = ChangeCounter.RECORD
    rows = _fetch_groups(SPEAKER_GROUPS_SQL, params, counter=counter)
    if not rows:
        return None
    tally = Tally()
    n = GROUP_COLUMNS.index("n")
    for row in rows:
        if row[n]:
            tally.add(row[1 : len(GROUP_COLUMNS)])
    speaker_end = len(GROUP_COLUMNS) + len(SPEAKER_FIELDS)
    fields = dict(zip(SPEAKER_FIELDS, rows[0][len(GROUP_COLUMNS) : speaker_end], strict=True))
    links = Speaker._meta.get_field("links")
    fields["links"] = links.from_db_value(fields["links"], None, connection)
    count = rows[0][speaker_end] if counter else None
    return Speaker(id=rows[0][0], **fields), tally.record(), count


def track_records(speaker_ids: Iterable[int], today: datetime.date) -> dict[int, dict]:
    """The track record of each speaker in ``speaker_ids``, in one query whatever their number."""
    ids = list(speaker_ids)
    if not ids:
        return {}
    tallies = {pk: Tally() for pk in ids}
    for row in _grouped_rows(ids, today):
        tallies[row[0]].add(row[1:])
    return {pk: tally.record() for pk, tally in tallies.items()}
