"""Forms behind the admin's resolve and reopen pages, and the speaker form."""

import re
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib.admin.widgets import AdminDateWidget, AdminRadioSelect, AutocompleteSelect
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import get_format

from claims.choices import Verdict
from claims.models import Speaker
from claims.services import EvidenceInput, verdict_needs_evidence
from claims.validators import (
    EXCERPT_MAX,
    RATIONALE_MAX,
    REASON_MAX,
    refuse_control_characters,
    validate_url_list,
)


class VerdictRadioSelect(AdminRadioSelect):
    """The admin's radio list, its first choice focused when the page opens.

    A radio group is one stop in the tab order; the arrow keys move within it and
    Space chooses, so the form can be filled in from the keyboard alone.
    """

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):  # noqa: PLR0917 - Django's signature
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if index == 0:
            option["attrs"]["autofocus"] = True
        return option


class ResolveForm(forms.Form):
    """A verdict, why, and (for a claim that already has one) why it is revised.

    No verdict is chosen in advance: a curator picks one. The reason field is
    there only when ``revising``; the services refuse a revision without one.
    """

    verdict = forms.ChoiceField(
        choices=Verdict.choices,
        widget=VerdictRadioSelect,
        error_messages={"required": "Choose a verdict."},
    )
    rationale = forms.CharField(
        max_length=RATIONALE_MAX,
        validators=[refuse_control_characters],
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80}),
        error_messages={"required": "Say why: a resolution needs a rationale."},
        help_text="What the evidence shows, in a sentence or two.",
    )
    reason = forms.CharField(
        label="Reason for revising",
        max_length=REASON_MAX,
        validators=[refuse_control_characters],
        widget=forms.Textarea(attrs={"rows": 2, "cols": 80}),
        error_messages={
            "required": "This claim already has a verdict; say why it is being revised."
        },
        help_text="Why the current verdict is being changed. The earlier one stays on record, "
        "marked as retracted.",
    )

    def __init__(self, *args, revising: bool, bulk: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.revising = revising
        if not revising:
            del self.fields["reason"]
        elif bulk:
            self.fields["reason"].required = False
            self.fields[
                "reason"
            ].help_text = (
                "Required when a selected claim already has a verdict: why it is being revised."
            )
        needing = [str(Verdict(v).label) for v in Verdict.values if verdict_needs_evidence(v)]
        if needing:
            self.fields["verdict"].help_text = (
                f"{', '.join(needing).capitalize()} need at least one piece of evidence below; "
                "unresolvable and withdrawn need only the rationale."
            )

    def cleaned_reason(self) -> str:
        return self.cleaned_data.get("reason", "") if self.revising else ""


class ReasonForm(forms.Form):
    reason = forms.CharField(
        max_length=REASON_MAX,
        validators=[refuse_control_characters],
        # The only thing to fill in: focused when the page opens.
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80, "autofocus": True}),
        help_text="Why the verdict is being taken back. The earlier verdict stays on record.",
        error_messages={
            "required": "Say why the verdict is taken back: the reason stays on record with it."
        },
    )


class RevertForm(forms.Form):
    """The version of the claim the curator saw when they chose to revert."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


def _date_example() -> str:
    """Today written in the admin's first date input format, as a hint: "2026-11-26"."""
    return timezone.localdate().strftime(get_format("DATE_INPUT_FORMATS")[0])


class EvidenceForm(forms.Form):
    """One piece of evidence; a row left blank is ignored, a URL needs its date."""

    url = forms.URLField(label="URL", max_length=500, required=False, assume_scheme="https")
    archive_url = forms.URLField(
        label="Archived copy", max_length=500, required=False, assume_scheme="https"
    )
    excerpt = forms.CharField(
        required=False,
        max_length=EXCERPT_MAX,
        validators=[refuse_control_characters],
        widget=forms.Textarea(attrs={"rows": 2, "cols": 30}),
    )
    observed_on = forms.DateField(
        label="Seen on (required with a URL)", widget=AdminDateWidget, required=False
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["observed_on"].help_text = f"The day you read it, e.g. {_date_example()}."

    def clean(self):
        """A row filled in part gets one message, about what it lacks and why."""
        cleaned = super().clean()
        if "url" in self.errors or "observed_on" in self.errors:
            return cleaned
        if not cleaned.get("url"):
            if cleaned.get("excerpt"):
                what = "the excerpt is from"
            elif cleaned.get("archive_url"):
                what = "of the page this archived copy keeps"
            else:
                what = "this date belongs to"
            self.add_error("url", f"Give the URL {what}, or clear the row.")
        elif not cleaned.get("observed_on"):
            self.add_error("observed_on", "Say when the page was seen: required with a URL.")
        return cleaned


_EVIDENCE_KEY = re.compile(r"evidence\[(\d+)\]\.(\w+)")


class BaseEvidenceFormSet(forms.BaseFormSet):
    def _given(self) -> list[forms.Form]:
        return [
            form for form in self.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]

    def evidence_inputs(self) -> list[EvidenceInput]:
        return [EvidenceInput(**form.cleaned_data) for form in self._given()]

    def take_service_errors(self, error: Exception) -> Exception | None:
        """Put a service's ``evidence[<n>].<field>`` errors on the row and field they
        concern (``n`` counts the rows given, as ``evidence_inputs`` passed them).

        Returns what is left of ``error`` for the main form, or ``None``.
        """
        if not isinstance(error, ValidationError) or not hasattr(error, "error_dict"):
            return error
        given = self._given()
        rest = {}
        for key, errors in error.error_dict.items():
            match = _EVIDENCE_KEY.fullmatch(key)
            index = int(match[1]) if match else -1
            if 0 <= index < len(given) and match[2] in given[index].fields:
                given[index].add_error(match[2], errors)
            else:
                rest[key] = errors
        return ValidationError(rest) if rest else None


EvidenceFormSet = forms.formset_factory(EvidenceForm, formset=BaseEvidenceFormSet, extra=2)


class URLListField(forms.CharField):
    """A list of URLs, edited one per line; blank lines are ignored."""

    widget = forms.Textarea(attrs={"rows": 4, "cols": 80})
    default_validators = [validate_url_list]

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return "\n".join(str(item) for item in value)
        return value

    def to_python(self, value: Any) -> list[str]:
        text = super().to_python(value)
        return [line.strip() for line in text.splitlines() if line.strip()]


class SpeakerAdminForm(forms.ModelForm):
    links = URLListField(
        required=False, help_text="The speaker's own pages: http(s) URLs, one per line."
    )

    class Meta:
        model = Speaker
        fields = "__all__"  # noqa: DJ007 - the admin lays out every field


class ReadOnlyMixin:
    """For admins of rows only the services write: viewable, never added, changed or
    deleted by hand."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class AssignableCuratorMixin:
    """A claim's "assigned curator" is picked from a list of active staff.

    Not an autocomplete: that would ask the users admin, which curators may not
    see (the "Curator" group has no permission on accounts), and answer 403.
    """

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assigned_curator":
            staff = get_user_model().objects.filter(is_staff=True, is_active=True)
            kwargs["queryset"] = staff.order_by("username")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


EXCLUDE_PARAM = "exclude"


class NotItsOwnDuplicateMixin:
    """For the admins that edit claims: "duplicate of" never offers the claim being edited.

    Django's autocomplete asks the target admin for matches without saying which
    object the form is for, so the field's widget adds the edited claim's id to
    its request (``?exclude=ID``), and the claims admin's search leaves it out.
    """

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        field = form.base_fields.get("duplicate_of")
        widget = getattr(field.widget, "widget", None) if field else None
        if obj is not None and obj.pk is not None and isinstance(widget, AutocompleteSelect):
            # A widget of this form alone (built for this request): its search URL
            # carries the claim's id.
            url = widget.get_url()
            widget.get_url = lambda: f"{url}?{urlencode({EXCLUDE_PARAM: obj.pk})}"
        return form

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        excluded = request.GET.get(EXCLUDE_PARAM, "")
        if request.GET.get("field_name") == "duplicate_of" and excluded.isdigit():
            queryset = queryset.exclude(pk=int(excluded))
        return queryset, may_have_duplicates


# The parts of a claim's page that the claims and the drafts admins show alike.
WHAT_WAS_SAID_FIELDSET = (
    "What was said",
    {"fields": ["quote", "statement", "said_on", "said_on_precision"]},
)
DEADLINE_FIELDSET = (
    "Deadline",
    {
        "description": "Leave the deadline blank to derive it from the horizon "
        "(or from the quote when no horizon is given). A date you enter wins.",
        "fields": [
            "horizon",
            "deadline",
            "deadline_precision",
            "deadline_source",
            "deadline_rule",
            "needs_deadline",
        ],
    },
)
