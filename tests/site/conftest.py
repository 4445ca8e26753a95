"""A small public record as readers see it, with things that must never show.

``record`` holds: a speaker with a resolved prediction (revised once, so a
retracted verdict is on record), an open and a due claim, a topic; and
``hidden`` the things that are not public: a draft and a rejected claim with
distinctive words, a speaker and a source known only through them, private
notes and a reminder delivery.
"""

import datetime
from dataclasses import dataclass

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from claims import services
from claims.choices import ClaimKind, DatePrecision, ReviewState, Verdict
from claims.models import Claim, Source, Speaker, Topic
from claims.services import EvidenceInput
from tests.conftest import TODAY
from tests.factories import (
    ClaimFactory,
    CuratorFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

NOW = timezone.make_aware(datetime.datetime.combine(TODAY, datetime.time(12, 0)))
# Words that appear only in things never public; the sweep looks for each of them.
SECRET_WORDS = [
    "quantum toasters",
    "Zorblax",
    "Check with the editor first",
    "Phantom Podcast",
    "Internal source note",
    "Ghost Speaker",
    "Rejected prophecy",
]


@pytest.fixture(autouse=True)
def _fixed_clock():
    """Statuses are computed against today: every page test runs on TODAY at noon."""
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture(autouse=True)
def _empty_cache(settings):
    # Curators are made for every record; a slow password hash would dominate.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@dataclass
class Record:
    speaker: Speaker
    source: Source
    topic: Topic
    resolved: Claim
    open: Claim
    due: Claim


@dataclass
class Hidden:
    draft: Claim
    rejected: Claim
    ghost_speaker: Speaker
    phantom_source: Source


@pytest.fixture
def record(db) -> Record:
    curator = CuratorFactory(email="curator.private@example.org")
    speaker = SpeakerFactory(
        name="Emma Stratton",
        slug="emma-stratton",
        bio="Founder of Lumen Labs.",
        affiliations="Lumen Labs (CEO)",
        links=["https://lumen.example.org/"],
    )
    topic = TopicFactory(name="Generative video", slug="generative-video")
    source = SourceFactory(
        title="The Future of Video, episode 12",
        publisher="Frames Podcast",
        url="https://frames.example.org/12",
        published_on=datetime.date(2022, 10, 1),
        published_precision=DatePrecision.MONTH,
        notes="Internal source note: host is a friend.",
    )
    resolved = services.claim_create(
        speaker=speaker,
        source=source,
        quote="Within two years you will generate short-form video at high resolution.",
        statement="Short-form video will be generated at high resolution within two years.",
        said_on=datetime.date(2022, 10, 1),
        said_on_precision=DatePrecision.MONTH,
        horizon="within two years",
        topics=[topic],
        locator="41:05",
        confidence=0.8,
        internal_notes="Check with the editor first.",
        actor=curator,
    )
    services.claim_resolve(
        claim=resolved,
        verdict=Verdict.FALSE,
        rationale="No public model produced such video by the deadline.",
        evidence=[EvidenceInput(url="https://news.example.org/none", observed_on=TODAY)],
        actor=curator,
    )
    services.claim_resolve(
        claim=Claim.objects.get(pk=resolved.pk),
        verdict=Verdict.TRUE,
        rationale="Two public models generated 1080p short clips before October 2024.",
        evidence=[
            EvidenceInput(
                url="https://news.example.org/video-models",
                archive_url="https://archive.example.org/video-models",
                excerpt="Both models render 1080p clips of up to a minute.",
                observed_on=datetime.date(2024, 9, 30),
            )
        ],
        reason="Missed two releases in September 2024.",
        actor=curator,
    )
    open_claim = ClaimFactory(
        speaker=speaker,
        source=source,
        statement="Every film studio will use generated footage by 2030.",
        quote="By 2030 every studio will be using generated footage.",
        locator="12:30",
        deadline=datetime.date(2030, 12, 31),
        topics=[topic],
    )
    due = ClaimFactory(
        speaker=speaker,
        source=source,
        kind=ClaimKind.COMMITMENT,
        statement="Lumen Labs will open-source its video model in 2025.",
        quote="We will open-source the model next year.",
        locator="1:02:03",
        deadline=datetime.date(2025, 12, 31),
    )
    return Record(speaker, source, topic, Claim.objects.get(pk=resolved.pk), open_claim, due)


@pytest.fixture
def hidden(record) -> Hidden:
    ghost = SpeakerFactory(name="Ghost Speaker", slug="ghost-speaker", bio="Zorblax founder.")
    phantom = SourceFactory(title="Phantom Podcast", notes="Internal source note.")
    draft = ClaimFactory(
        speaker=ghost,
        source=phantom,
        review_state=ReviewState.DRAFT,
        quote="Secret draft quote about quantum toasters.",
        statement="Quantum toasters ship by 2027.",
        internal_notes="Check with the editor first.",
        topics=[record.topic],
    )
    rejected = ClaimFactory(
        speaker=record.speaker,
        source=record.source,
        review_state=ReviewState.REJECTED,
        quote="Rejected prophecy of Zorblax.",
        statement="Rejected prophecy of Zorblax comes true.",
        topics=[record.topic],
    )
    # a draft claim on a public speaker's public source, too
    ClaimFactory(
        speaker=record.speaker,
        source=record.source,
        review_state=ReviewState.DRAFT,
        quote="Zorblax will buy every studio.",
        statement="Zorblax buys every studio.",
    )
    return Hidden(draft, rejected, ghost, phantom)
