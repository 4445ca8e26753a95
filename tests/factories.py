"""factory_boy factories for the record. Claims are built as the services would."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.choices import ClaimKind, DatePrecision, DeadlineSource, ReviewState
from claims.models import Claim, Source, Speaker, Topic
from claims.services import EvidenceInput


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct horse battery")


class CuratorFactory(UserFactory):
    username = factory.Sequence(lambda n: f"curator{n}")
    is_staff = True

    @factory.post_generation
    def curator_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get(name="Curator"))


class AdminFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin{n}")
    is_staff = True
    is_superuser = True


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Speaker {n}")
    slug = factory.Sequence(lambda n: f"speaker-{n}")
    bio = "Says things on podcasts."


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    title = factory.Sequence(lambda n: f"Episode {n}")
    publisher = "A Podcast"
    url = factory.Sequence(lambda n: f"https://podcast.example.org/episodes/{n}")
    published_on = datetime.date(2022, 10, 1)
    published_precision = DatePrecision.MONTH


class ClaimFactory(factory.django.DjangoModelFactory):
    """A published prediction with a curator-set deadline unless told otherwise."""

    class Meta:
        model = Claim
        skip_postgeneration_save = True

    speaker = factory.SubFactory(SpeakerFactory)
    source = factory.SubFactory(SourceFactory)
    kind = ClaimKind.PREDICTION
    quote = factory.Sequence(lambda n: f"Something remarkable number {n} will happen.")
    statement = factory.Sequence(lambda n: f"Remarkable thing {n} happens.")
    said_on = datetime.date(2022, 10, 1)
    said_on_precision = DatePrecision.DAY
    deadline = factory.LazyAttribute(lambda c: datetime.date(c.said_on.year + 1, 12, 31))
    deadline_precision = factory.LazyAttribute(lambda c: DatePrecision.DAY if c.deadline else "")
    deadline_source = factory.LazyAttribute(
        lambda c: DeadlineSource.CURATOR if c.deadline else DeadlineSource.NONE
    )
    review_state = ReviewState.PUBLISHED

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


# One piece of evidence, for verdicts that need some (true, false, partly true).
EVIDENCE_SEEN = (
    EvidenceInput(url="https://news.example.org/outcome", observed_on=datetime.date(2026, 1, 5)),
)
