"""Forms behind the admin's resolve and reopen pages."""

from django import forms

from claims.choices import Verdict
from claims.services import EvidenceInput


class ResolveForm(forms.Form):
    verdict = forms.ChoiceField(choices=Verdict.choices)
    rationale = forms.CharField(widget=forms.Textarea(attrs={"rows": 4, "cols": 80}))
    reason = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 80}),
        help_text="Required when a claim already has a verdict: why it is being revised.",
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text="Why the verdict is being taken back. The earlier verdict stays on record.",
    )


class RevertForm(forms.Form):
    """The version of the claim the curator saw when they chose to revert."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class EvidenceForm(forms.Form):
    url = forms.URLField(max_length=500, assume_scheme="https")
    archive_url = forms.URLField(max_length=500, required=False, assume_scheme="https")
    excerpt = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
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
