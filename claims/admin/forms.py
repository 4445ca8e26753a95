"""Forms behind the admin's resolve and reopen pages, and the speaker form."""

from typing import Any

from django import forms

from claims.choices import Verdict
from claims.models import Speaker
from claims.services import EvidenceInput
from claims.validators import (
    EXCERPT_MAX,
    RATIONALE_MAX,
    REASON_MAX,
    refuse_control_characters,
    validate_url_list,
)


class ResolveForm(forms.Form):
    verdict = forms.ChoiceField(choices=Verdict.choices)
    rationale = forms.CharField(
        max_length=RATIONALE_MAX,
        validators=[refuse_control_characters],
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80}),
    )
    reason = forms.CharField(
        required=False,
        max_length=REASON_MAX,
        validators=[refuse_control_characters],
        widget=forms.Textarea(attrs={"rows": 2, "cols": 80}),
        help_text="Required when a claim already has a verdict: why it is being revised.",
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        max_length=REASON_MAX,
        validators=[refuse_control_characters],
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text="Why the verdict is being taken back. The earlier verdict stays on record.",
    )


class RevertForm(forms.Form):
    """The version of the claim the curator saw when they chose to revert."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class EvidenceForm(forms.Form):
    url = forms.URLField(max_length=500, assume_scheme="https")
    archive_url = forms.URLField(max_length=500, required=False, assume_scheme="https")
    excerpt = forms.CharField(
        required=False,
        max_length=EXCERPT_MAX,
        validators=[refuse_control_characters],
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    observed_on = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), help_text="YYYY-MM-DD"
    )


class BaseEvidenceFormSet(forms.BaseFormSet):
    def evidence_inputs(self) -> list[EvidenceInput]:
        return [
            EvidenceInput(**form.cleaned_data)
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]


EvidenceFormSet = forms.formset_factory(EvidenceForm, formset=BaseEvidenceFormSet, extra=3)


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
