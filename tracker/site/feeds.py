"""Atom feeds of resolutions: everything, one speaker's, one topic's.

One entry per resolved published claim, newest verdict first. An entry's id is
the claim's address, so a revised verdict updates the entry (its ``updated``
moves) rather than adding a second one that contradicts the first.
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed

from claims.api.reads import attach_related, claim_rows
from claims.models import Claim
from tracker.site.markup import SITE_NAME, absolute
from tracker.site.presentation import decorate_all, status_words
from tracker.site.reads import FEED_SIZE, topic_or_404


def resolved_rows(claims) -> list[dict]:
    """The latest ``FEED_SIZE`` resolutions among published ``claims``, in three queries."""
    resolved = claims.public().filter(resolved_at__isnull=False)
    rows = claim_rows(resolved, curator=False, extra=("resolved_at",))
    rows = list(rows.order_by("-resolved_at", "-id")[:FEED_SIZE])
    return decorate_all(attach_related(rows))


class ResolutionsFeed(Feed):
    """Every resolution on the public record."""

    feed_type = Atom1Feed
    title = f"{SITE_NAME}: resolutions"
    subtitle = "Claims and predictions resolved, with the verdict and its rationale."

    def link(self, obj=None) -> str:
        return "/claims/?ordering=-updated"

    def claims(self, obj):
        return Claim.objects.all()

    def items(self, obj=None) -> list[dict]:
        return resolved_rows(self.claims(obj))

    def item_title(self, item: dict) -> str:
        return f"{status_words(item['status']).capitalize()}: {item['statement']}"

    def item_description(self, item: dict) -> str:
        resolution = item["resolution"]
        evidence = len(resolution["evidence"])
        return (
            f"{item['speaker__name']} said, {item['said_on_display']}: \u201c{item['quote']}\u201d "
            f"Verdict: {status_words(item['status'])}. {resolution['rationale']} "
            f"({evidence} piece{'s' if evidence != 1 else ''} of evidence.)"
        )

    def item_link(self, item: dict) -> str:
        return item["path"]

    def item_guid(self, item: dict) -> str:
        return absolute(item["path"])

    def item_updateddate(self, item: dict):
        return item["resolution"]["resolved_at"]

    def item_pubdate(self, item: dict):
        return item["resolution"]["resolved_at"]

    def item_author_name(self, item: dict) -> str:
        return item["speaker__name"]

    def item_author_link(self, item: dict) -> str:
        return absolute(item["speaker_path"])

    def item_categories(self, item: dict) -> list[str]:
        return [topic["name"] for topic in item["topics"]]


class SpeakerResolutionsFeed(ResolutionsFeed):
    """One speaker's resolutions."""

    def get_object(self, request, slug: str) -> dict:
        speaker = Claim.objects.public().filter(speaker__slug=slug).values("speaker__name").first()
        if speaker is None:
            raise Http404("No such speaker.")
        return {"slug": slug, "name": speaker["speaker__name"]}

    def title(self, obj: dict) -> str:
        return f"{SITE_NAME}: resolutions of {obj['name']}'s claims"

    def link(self, obj: dict) -> str:
        return f"/speakers/{obj['slug']}/"

    def claims(self, obj: dict):
        return Claim.objects.filter(speaker__slug=obj["slug"])


class TopicResolutionsFeed(ResolutionsFeed):
    """Resolutions of claims on one topic."""

    def get_object(self, request, slug: str):
        return topic_or_404(slug)

    def title(self, obj) -> str:
        return f"{SITE_NAME}: resolutions on {obj.name}"

    def link(self, obj) -> str:
        return f"/topics/{obj.slug}/"

    def claims(self, obj):
        return Claim.objects.filter(topics=obj)
