"""Showing the services' refusals in the admin as form errors, never as a server error.

The services validate everything a write depends on (a said-on date in the
future, a verdict on a draft, a stale version), some of it only at the moment of
writing. An admin page that calls a service therefore catches its
``ValidationError`` (or ``ConflictError``) and shows it on the form, on the field
at fault when the form has that field, so the curator's input is kept and nothing
is half-written.
"""

from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.db import transaction

from claims.services import ConflictError

# Keys the services use for the object as a whole rather than for a field.
_WHOLE = {NON_FIELD_ERRORS, "claim"}


class ServiceRefusedError(Exception):
    """Raised from ``save_model`` to have the change form shown again with ``error``."""

    def __init__(self, error: ValidationError | ConflictError) -> None:
        super().__init__(str(error))
        self.error = error


def _label(form: forms.BaseForm, key: str) -> str:
    model = getattr(getattr(form, "_meta", None), "model", None)
    if model is not None:
        try:
            return str(model._meta.get_field(key).verbose_name)
        except FieldDoesNotExist:  # e.g. "evidence[0].url"
            pass
    return key.replace("_", " ")


def add_service_errors(form: forms.BaseForm, error: ValidationError | ConflictError) -> None:
    """Put a service's refusal on ``form``: each message on its field when the form has
    it, otherwise at the top of the form, prefixed with what it is about."""
    if isinstance(error, ConflictError) or not hasattr(error, "error_dict"):
        form.add_error(None, error.messages if hasattr(error, "messages") else str(error))
        return
    for key, errors in error.error_dict.items():
        messages = ValidationError(errors).messages
        if key in form.fields:
            form.add_error(key, messages)
        elif key in _WHOLE:
            form.add_error(None, messages)
        else:
            form.add_error(None, [f"{_label(form, key).capitalize()}: {m}" for m in messages])


def error_text(error: ValidationError | ConflictError) -> str:
    """A refusal as one line, for a message after a bulk action."""
    if isinstance(error, ValidationError) and hasattr(error, "error_dict"):
        parts = []
        for key, errors in error.error_dict.items():
            text = " ".join(ValidationError(errors).messages)
            parts.append(text if key in _WHOLE else f"{key.replace('_', ' ')}: {text}")
        return "; ".join(parts)
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


class ServiceFormAdminMixin:
    """For a ``ModelAdmin`` whose ``save_model`` calls a service and raises ``ServiceRefusedError``.

    The first pass runs in Django's transaction for the change form and is rolled
    back; the page is then built again from the same POST with the refusal added
    to the form's own validation, so Django renders it like any invalid form (200).
    """

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ServiceRefusedError as refused:
            request._service_refusal = refused.error
            return super().changeform_view(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """simple-history's "revert to this version" page saves through ``save_model`` too."""
        try:
            with transaction.atomic():
                return super().history_form_view(request, object_id, version_id, extra_context)
        except ServiceRefusedError as refused:
            request._service_refusal = refused.error
            return super().history_form_view(request, object_id, version_id, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs) -> type[forms.BaseForm]:
        form_class = super().get_form(request, obj, change, **kwargs)
        refusal = getattr(request, "_service_refusal", None)
        if refusal is None:
            return form_class
        return _refused_form(form_class, refusal)


def _refused_form(form_class: type[forms.BaseForm], refusal: Any) -> type[forms.BaseForm]:
    class Refused(form_class):
        def _post_clean(self) -> None:
            super()._post_clean()
            add_service_errors(self, refusal)

    Refused.__name__ = form_class.__name__
    Refused.__qualname__ = form_class.__qualname__
    return Refused


def url_pk(model, object_id) -> Any:
    """The primary key named in an admin URL, or None when it cannot be one.

    ``object_id`` is the URL's text (quoted as the admin quotes it). Returns the key
    as the model's primary-key field cleans it (an ``int`` for the integer keys used
    here), or None for text that is not a key of that field ("abc", "1.5", a number
    beyond the column's range), so the view answers "doesn't exist" instead of
    letting the database refuse the lookup with a server error.
    """
    from django.contrib.admin.utils import unquote

    try:
        return model._meta.pk.clean(unquote(str(object_id)), None)
    except ValidationError:
        return None
