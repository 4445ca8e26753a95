"""The admin's history pages, readable: labelled columns, values as curators write them.

django-simple-history's pages show attribute names as column titles, ``None`` for an
empty value or a change made by no signed-in user, and lists as Python reprs. The
mixin keeps the library's pages and replaces only how values and titles are shown.
"""

import datetime
from typing import Any

from django.http import Http404
from django.utils.formats import date_format
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

from claims.admin.errors import url_pk

EMPTY = "—"
COLUMN_LABELS = {
    "history_path": "through",
    "review_state": "review state",
}


class ReadableHistoryContext(HistoricalRecordContextHelper):
    """Values in a change list: dates in the admin's format, lists joined, "—" for empty."""

    def prepare_delta_change_value(self, change, value) -> Any:
        if isinstance(value, DeletedObject):
            value = _deleted_object_text(value)
        value = super().prepare_delta_change_value(change, value)
        if isinstance(value, list):
            return ", ".join(str(item) for item in value) or EMPTY
        if value is None or value == "":
            return EMPTY
        if isinstance(value, datetime.datetime):
            return date_format(value, "DATETIME_FORMAT")
        if isinstance(value, datetime.date):
            return date_format(value, "DATE_FORMAT")
        if isinstance(value, bool):
            return "yes" if value else "no"
        return value


def _deleted_object_text(value: DeletedObject) -> str | None:
    """simple-history stands a ``DeletedObject`` in for an empty foreign key as well
    as for a related row deleted since; only the second has a key to name."""
    if value.pk is None:
        return None
    return f"deleted {value.model._meta.verbose_name} #{value.pk}"


class ReadableHistoryAdmin(SimpleHistoryAdmin):
    """A ``SimpleHistoryAdmin`` whose history page reads as a curator would write it."""

    object_history_list_template = "admin/claims/object_history_list.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableHistoryContext(self.model, historical_record)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if url_pk(self.model, object_id) is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        history = getattr(self.model, self.model._meta.simple_history_manager_attribute)
        if url_pk(history.model, version_id) is None:
            raise Http404("No such version.")
        return super().history_form_view(request, object_id, version_id, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        if url_pk(self.model, object_id) is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        columns = [
            (name, capfirst(COLUMN_LABELS.get(name, name.replace("_", " "))))
            for name in self.get_history_list_display(request)
        ]
        extra_context = {**(extra_context or {}), "history_columns": columns}
        return super().history_view(request, object_id, extra_context)
