"""Structured data for readers' tools: schema.org ClaimReview in JSON-LD.

The rating scale (documented in docs/site.md) follows the fact-checkers' usual
five-point scale: ``worstRating`` 1 (false) to ``bestRating`` 5 (true), with a
partly true claim at 3. An unresolvable or withdrawn claim has no place on that
scale, so its rating carries only the words (``alternateName``): a number would
claim a judgement that was not made.
"""

import json

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString

from claims.choices import Verdict
from tracker.site.presentation import iso_partial_date

WORST_RATING = 1
BEST_RATING = 5
RATINGS = {
    Verdict.TRUE: (5, "True"),
    Verdict.PARTLY_TRUE: (3, "Partly true"),
    Verdict.FALSE: (1, "False"),
    Verdict.UNRESOLVABLE: (None, "Unresolvable"),
    Verdict.WITHDRAWN: (None, "Withdrawn by the speaker"),
}
SITE_NAME = "Claims tracker"
# What JSON must not carry inside a <script> element (as Django's json_script).
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def absolute(path: str) -> str:
    """The public address of a path on this site (``TRACKER_BASE_URL``)."""
    return f"{settings.TRACKER_BASE_URL}{path}"


def review_rating(verdict: str) -> dict:
    """schema.org Rating for a verdict (see the module's docstring for the scale)."""
    value, words = RATINGS[verdict]
    rating = {"@type": "Rating", "alternateName": words}
    if value is not None:
        rating.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    return rating


def claim_review(row: dict) -> dict | None:
    """The ClaimReview of a resolved claim row (``reads.claim_detail``); None if unresolved."""
    resolution = row.get("resolution")
    if resolution is None:
        return None
    appearance = {
        "@type": "CreativeWork",
        "name": row["source__title"],
        "datePublished": iso_partial_date(
            row["source__published_on"], row["source__published_precision"]
        ),
    }
    if row["source__url"]:
        appearance["url"] = row["source__url"]
    if row["source__publisher"]:
        appearance["publisher"] = {"@type": "Organization", "name": row["source__publisher"]}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": absolute(row["path"]),
        "claimReviewed": row["statement"],
        "datePublished": resolution["resolved_at"].date().isoformat(),
        "author": {"@type": "Organization", "name": SITE_NAME, "url": absolute("/")},
        "reviewRating": review_rating(resolution["verdict"]),
        "reviewBody": resolution["rationale"],
        "itemReviewed": {
            "@type": "Claim",
            "text": row["quote"],
            "datePublished": iso_partial_date(row["said_on"], row["said_on_precision"]),
            "author": {
                "@type": "Person",
                "name": row["speaker__name"],
                "url": absolute(row["speaker_path"]),
            },
            "appearance": appearance,
        },
    }


def json_ld(data: dict | None) -> SafeString:
    """``data`` as a JSON-LD script element, safe inside HTML ('' for None).

    A data block is not executed, so the Content-Security-Policy needs no exception.
    """
    if data is None:
        return SafeString("")
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', SafeString(text))
