"""Writes to speakers, topics and sources."""

import datetime
from collections.abc import Iterable, Sequence

from django.utils.text import slugify

from claims.choices import DatePrecision, SourceKind
from claims.models import Source, SourceParticipant, Speaker, Topic, period_start
from claims.services.common import User, _stamp


def speaker_create(
    *,
    name: str,
    slug: str = "",
    bio: str = "",
    affiliations: str = "",
    links: Sequence[str] = (),
    actor: User | None = None,
) -> Speaker:
    """Record a new speaker (see ``speaker_save``); the slug defaults to the name's."""
    speaker = Speaker(
        name=name,
        slug=slug,
        bio=bio,
        affiliations=affiliations,
        # A tuple becomes a list; anything else is validated as given (a bare
        # string is refused, not turned into a list of characters).
        links=list(links) if isinstance(links, tuple) else links,
    )
    return speaker_save(speaker=speaker, actor=actor, reason="created")


def speaker_save(*, speaker: Speaker, actor: User | None = None, reason: str = "") -> Speaker:
    """Validate and save a new or edited speaker; a blank slug is made from the name.

    Raises ``ValidationError`` (per field) when a value is not valid.
    """
    if not speaker.slug:
        speaker.slug = slugify(speaker.name)
    speaker.full_clean()
    _stamp(speaker, actor=actor, reason=reason or ("edited" if speaker.pk else "created"))
    speaker.save()
    return speaker


def topic_get_or_create(*, name: str) -> Topic:
    topic, _ = Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    return topic


def topic_save(*, topic: Topic) -> Topic:
    """Validate and save a new or edited topic; a blank slug is made from the name.

    Raises ``ValidationError`` (per field) when a value is not valid.
    """
    if not topic.slug:
        topic.slug = slugify(topic.name)
    topic.full_clean()
    topic.save()
    return topic


def source_save(*, source: Source, actor: User | None = None, reason: str = "") -> Source:
    """Validate and save a new or edited source, its partial date normalised.

    Raises ``ValidationError`` (per field) when a value is not valid.
    """
    source.published_on = period_start(source.published_on, source.published_precision)
    source.full_clean()
    _stamp(source, actor=actor, reason=reason or ("edited" if source.pk else "created"))
    source.save()
    return source


def source_create(
    *,
    title: str,
    published_on: datetime.date,
    published_precision: str = DatePrecision.DAY,
    kind: str = SourceKind.PODCAST,
    publisher: str = "",
    url: str = "",
    actor: User | None = None,
    reason: str = "created",
) -> Source:
    """Record a new source, its partial date normalised (see ``source_save``).

    Raises ``ValidationError`` (per field) when a value is not valid.
    """
    source = Source(
        title=title,
        published_on=published_on,
        published_precision=published_precision,
        kind=kind,
        publisher=publisher,
        url=url,
    )
    return source_save(source=source, actor=actor, reason=reason)


def source_participants_add(*, participants: Iterable[tuple[Source, Speaker, str]]) -> int:
    """Add speakers to sources as (source, speaker, role); one already there keeps its role.

    Returns how many were added. A speaker appears once per source (the
    ``participant_once`` constraint); of two roles given for one pair, the last wins.
    """
    # A long import gives one pair per statement: an instance is built per pair added only.
    wanted: dict[tuple[int, int], tuple[Source, Speaker, str]] = {}
    for source, speaker, role in participants:
        wanted[source.pk, speaker.pk] = (source, speaker, role)
    present = set(
        SourceParticipant.objects.filter(source__in={key[0] for key in wanted}).values_list(
            "source_id", "speaker_id"
        )
    )
    added = SourceParticipant.objects.bulk_create(
        SourceParticipant(source=source, speaker=speaker, role=role)
        for key, (source, speaker, role) in wanted.items()
        if key not in present
    )
    return len(added)
