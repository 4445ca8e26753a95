"""Writes to speakers, topics and sources."""

from collections.abc import Sequence

from django.utils.text import slugify

from claims.models import Source, Speaker, Topic, period_start
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
    speaker = Speaker(
        name=name,
        slug=slug or slugify(name),
        bio=bio,
        affiliations=affiliations,
        # A tuple becomes a list; anything else is validated as given (a bare
        # string is refused, not turned into a list of characters).
        links=list(links) if isinstance(links, tuple) else links,
    )
    speaker.full_clean()
    _stamp(speaker, actor=actor, reason="created")
    speaker.save()
    return speaker


def topic_get_or_create(*, name: str) -> Topic:
    topic, _ = Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})
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
