"""The dashboard on the admin's index page."""

from django import template
from django.utils import timezone

from tracker.dashboard import curator_dashboard as build_dashboard

register = template.Library()


@register.inclusion_tag("admin/tracker/dashboard.html", takes_context=True)
def curator_dashboard(context) -> dict:
    return build_dashboard(user=context["request"].user, today=timezone.localdate())
