"""The public pages: home, claims list and search, claim, speaker, source and topic.

Views are thin: the reads are in ``tracker.site.reads`` (built on the API's
selectors) and ``tracker.track_records``; presentation helpers decorate rows.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from claims.status import PUBLIC_STATUSES
from tracker.site import reads
from tracker.site.caching import cached, set_last_modified
from tracker.site.charts import calibration_chart, timeline_chart
from tracker.site.markup import absolute, claim_review, json_ld
from tracker.site.presentation import KIND_WORDS, STATUS_WORDS, claim_slug, decorate, decorate_all
from tracker.track_records import speaker_with_track_record

LIST_PARAMETERS = {
    "q",
    "status",
    "kind",
    "speaker",
    "topic",
    "deadline_after",
    "deadline_before",
    "ordering",
    "cursor",
    "page_size",
}
SPEAKER_PARAMETERS = {"status", "kind", "ordering", "cursor", "page_size"}
ORDERING_WORDS = {
    "-said_on": "newest first",
    "said_on": "oldest first",
    "deadline": "deadline, soonest first",
    "-deadline": "deadline, latest first",
    "most_overdue": "most overdue first",
    "-updated": "recently updated",
}
# A track record's share that came true says little below this many resolved predictions.
SMALL_SAMPLE = 10


def _choices() -> dict:
    return {
        "status_choices": [(status.value, STATUS_WORDS[status]) for status in PUBLIC_STATUSES],
        "kind_choices": list(KIND_WORDS.items()),
        "ordering_choices": list(ORDERING_WORDS.items()),
    }


DEFAULT_DESCRIPTION = (
    "What public figures claimed and predicted, by when it should come true, "
    "and how it turned out, with the evidence."
)


def _meta(title: str, path: str, description: str = "", kind: str = "website") -> dict:
    """What the head's description, Open Graph and Twitter card tags say."""
    return {
        "title": title,
        "description": description or DEFAULT_DESCRIPTION,
        "canonical": absolute(path),
        "type": kind,
    }


def _feeds(name: str, kind: str, slug: str) -> list[dict]:
    """The Atom and iCalendar feeds of one speaker or topic, for <link rel=alternate>."""
    return [
        {
            "type": "application/atom+xml",
            "title": f"Resolutions: {name} (Atom)",
            "href": reverse(f"site:{kind}-resolutions-feed", kwargs={"slug": slug}),
        },
        {
            "type": "text/calendar",
            "title": f"Deadlines: {name} (iCalendar)",
            "href": reverse(f"site:{kind}-deadlines-calendar", kwargs={"slug": slug}),
        },
    ]


def _respond(request, template: str, context: dict, status: int = 200) -> HttpResponse:
    context = {"default_description": DEFAULT_DESCRIPTION, **context}
    return render(request, f"tracker/site/{template}", context, status=status)


@require_safe
@cached
def home(request: HttpRequest) -> HttpResponse:
    lists = reads.home_rows(timezone.localdate())
    for rows in lists.values():
        decorate_all(rows)
    context = {
        **lists,
        "speakers": reads.public_speakers()[: reads.SPEAKERS_PER_PAGE],
        "meta": _meta("What they said would happen", "/"),
    }
    return _respond(request, "home.html", context)


# Above this many speakers the filter is a text field: a list of thousands
# is no help to a reader and costs more to render than the page's claims.
SPEAKER_CHOICES = 100


def _speaker_choices() -> dict:
    speakers = list(reads.public_speakers()[: SPEAKER_CHOICES + 1])
    if len(speakers) > SPEAKER_CHOICES:
        return {"speakers": [], "speaker_field": "text"}
    return {"speakers": speakers, "speaker_field": "select"}


@require_safe
@cached
def claim_list(request: HttpRequest) -> HttpResponse:
    """Every published claim, with the API's filters, full-text search and cursor paging."""
    parameters = reads.given_parameters(request.GET, LIST_PARAMETERS)
    page = reads.claim_page(request, reads.public_rows(), parameters)
    context = {
        "page": page,
        "rows": decorate_all(page.rows),
        "given": parameters,
        **_speaker_choices(),
        "topics": reads.public_topics(),
        "meta": _meta(
            f"Claims matching “{parameters['q']}”" if "q" in parameters else "Claims",
            reverse("site:claims"),
        ),
        **_choices(),
    }
    return _respond(request, "claim_list.html", context, status=400 if page.errors else 200)


@require_safe
def claim_redirect(request: HttpRequest, pk: int) -> HttpResponse:
    """/claims/<id>/ and addresses with an old slug lead to the claim's address."""
    statement = reads.claim_statement(pk)
    return redirect(
        reverse("site:claim", kwargs={"pk": pk, "slug": claim_slug(statement)}), permanent=True
    )


@require_safe
@cached
def claim_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    row = decorate(reads.claim_detail(pk))
    if slug != claim_slug(row["statement"]):
        # The id finds the claim; a statement edited since the link was made moved the slug.
        return redirect(row["path"], permanent=True)
    said = f"{row['speaker__name']}, {row['said_on_display']}: {row['status_words']}"
    context = {
        "claim": row,
        "json_ld": json_ld(claim_review(row)),
        "meta": _meta(row["statement"], row["path"], f"{said}. “{row['quote']}”", "article"),
    }
    response = _respond(request, "claim.html", context)
    set_last_modified(
        response, [row["updated_at"], row["speaker__updated_at"], row["source__updated_at"]]
    )
    return response


@require_safe
@cached
def speaker_detail(request: HttpRequest, slug: str) -> HttpResponse:
    today = timezone.localdate()
    found = speaker_with_track_record(slug, today)
    if found is None or found[1]["claims"] == 0:
        # A speaker is public only through their published claims.
        raise Http404("No such speaker.")
    speaker, record = found
    parameters = reads.given_parameters(request.GET, SPEAKER_PARAMETERS)
    rows = reads.public_rows().filter(speaker__slug=slug)
    page = reads.claim_page(request, rows, parameters)
    counts = reads.status_counts_by_year(speaker.pk, today)
    context = {
        "speaker": speaker,
        "record": record,
        "small_sample": record["resolved_predictions"] < SMALL_SAMPLE,
        "small_sample_limit": SMALL_SAMPLE,
        "calibration": calibration_chart(record["calibration"]),
        "timeline": timeline_chart(counts),
        "page": page,
        "rows": decorate_all(page.rows),
        "given": parameters,
        "meta": _meta(
            f"{speaker.name}: track record",
            reverse("site:speaker", kwargs={"slug": slug}),
            f"{speaker.name}'s {record['claims']} public claims and how they turned out. "
            + speaker.bio,
            "profile",
        ),
        "feeds": _feeds(speaker.name, "speaker", slug),
        **_choices(),
    }
    return _respond(request, "speaker.html", context, status=400 if page.errors else 200)


@require_safe
@cached
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    source, participants, rows = reads.source_detail(pk)
    context = {
        "source": source,
        "participants": participants,
        "rows": decorate_all(rows),
        "meta": _meta(
            source.title,
            reverse("site:source", kwargs={"pk": pk}),
            f"{source.get_kind_display().capitalize()}, {source.published_display}: "
            f"{len(rows)} claim{'s' if len(rows) != 1 else ''} on the record.",
        ),
    }
    return _respond(request, "source.html", context)


@require_safe
@cached
def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = reads.topic_or_404(slug)
    parameters = reads.given_parameters(request.GET, SPEAKER_PARAMETERS)
    page = reads.claim_page(request, reads.public_rows().filter(topics__slug=slug), parameters)
    context = {
        "topic": topic,
        "page": page,
        "rows": decorate_all(page.rows),
        "given": parameters,
        "meta": _meta(f"Topic: {topic.name}", reverse("site:topic", kwargs={"slug": slug})),
        "feeds": _feeds(topic.name, "topic", slug),
        **_choices(),
    }
    return _respond(request, "topic.html", context, status=400 if page.errors else 200)


@require_safe
@cached
def speaker_list(request: HttpRequest) -> HttpResponse:
    page = reads.speaker_directory(request.GET.get("page"), timezone.localdate())
    context = {"page": page, "speakers": page.object_list, "meta": _meta("Speakers", "/speakers/")}
    return _respond(request, "speaker_list.html", context)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The site's 404 page (the API answers its own 404s in JSON)."""
    return _respond(request, "404.html", {"meta": {"title": "Not found"}}, status=404)
