"""Template filters of the review queue's list (``claims.admin.queue``)."""

from django import template

register = template.Library()


@register.filter
def with_import_headers(results: list, changelist) -> list:
    """The rendered rows of the queue, each with the import header to put above it, if any."""
    pair = getattr(changelist, "rows_with_headers", None)
    return pair(results) if pair else [(None, row) for row in results]
