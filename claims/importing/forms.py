"""The admin's upload form: the same choices as ``manage.py import_notes``."""

from django import forms
from django.core.exceptions import ValidationError

from claims.choices import DatePrecision, SourceKind
from claims.importing import cli
from claims.importing.errors import ImportFileError
from claims.importing.reading import FORMATS
from claims.importing.services import ImportOptions, SectionSource, SourceChoice
from claims.models import Claim, Source
from claims.validators import refuse_control_characters

# The same rule as the record's own fields: no invisible control characters.
TEXT = [refuse_control_characters]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ImportForm(forms.Form):
    """A document and the curator's choices: the source, and who the speakers are."""

    file = forms.FileField(
        required=False,
        help_text="Notes (.txt, .md) or a transcript (.vtt, .srt, .ass, .ssa), UTF-8.",
    )
    source = forms.ModelChoiceField(
        Source.objects.all(),
        required=False,
        error_messages={"invalid_choice": "There is no source with that id."},
        help_text="An existing source… (sections with a dated heading get their own; "
        "the preview lets you pick one per section)",
    )
    source_title = forms.CharField(
        validators=TEXT, max_length=300, required=False, help_text="…or the title of a new one."
    )
    published_on = forms.CharField(
        validators=TEXT,
        required=False,
        help_text="When the new source was published: 2023-02-15, 2022-10 or 2023.",
    )
    precision = forms.ChoiceField(
        choices=[("", "as written"), *DatePrecision.choices], required=False
    )
    source_kind = forms.ChoiceField(choices=SourceKind.choices, initial=SourceKind.PODCAST)
    publisher = forms.CharField(validators=TEXT, max_length=200, required=False)
    url = forms.URLField(max_length=500, required=False, assume_scheme="https")
    default_speaker = forms.CharField(
        validators=TEXT,
        max_length=200,
        required=False,
        help_text="Slug or name of the speaker of sections that name nobody.",
    )
    speakers = forms.CharField(
        validators=TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text="One per line: NAME IN THE FILE = speaker slug or name, e.g. "
        "“Sarah = sarah-guo” or “Intro = noam-shazeer”. Unknown speakers are created.",
    )
    sections = forms.CharField(
        validators=TEXT,
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text="One per line: LINE = NAME starts a new section there, "
        "e.g. “95 = Emad Mostaque”.",
    )
    lines = forms.CharField(validators=TEXT, required=False, help_text="Only lines A-B, e.g. 2-38.")
    kinds = forms.MultipleChoiceField(
        choices=Claim._meta.get_field("kind").choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Keep only these kinds (none ticked: all).",
    )
    file_format = forms.ChoiceField(
        choices=[("", "detect"), *((f, f) for f in FORMATS)], required=False
    )

    # Each option is read on its own field, so that every mistake is shown at once,
    # under the field it is about (the command prefixes the option's name).
    def _parsed(self, name: str, parse):
        try:
            return parse(self.cleaned_data.get(name) or "")
        except ImportFileError as error:
            raise ValidationError(str(error)) from None

    def clean_published_on(self):
        text = (self.cleaned_data.get("published_on") or "").strip()
        return self._parsed("published_on", cli.parse_partial_date) if text else None

    def clean_speakers(self):
        return self._parsed("speakers", lambda text: cli.parse_mapping(_lines(text)))

    def clean_sections(self):
        return self._parsed("sections", lambda text: cli.parse_sections(_lines(text)))

    def clean_lines(self):
        return self._parsed("lines", cli.parse_line_range)

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("source")
            and cleaned.get("source_title")
            and "published_on" not in self.errors
            and not cleaned.get("published_on")
        ):
            self.add_error("published_on", "Give the date the new source was published.")
        self._check_precision(cleaned)
        try:
            section_choices = section_sources(self.data)
        except ImportFileError as error:
            raise ValidationError(str(error)) from None
        if not self.errors:
            cleaned["options"] = self._options(cleaned, section_choices)
        return cleaned

    def _check_precision(self, cleaned) -> None:
        """A precision finer than the date as written would invent its day or month."""
        written, chosen = cleaned.get("published_on"), cleaned.get("precision")
        if not written or not chosen:
            return
        order = [DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY]
        _, precision = written
        if order.index(chosen) > order.index(precision):
            example = {DatePrecision.MONTH: "2024-03", DatePrecision.DAY: "2024-03-05"}[chosen]
            self.add_error(
                "precision",
                f"{str(self.data.get('published_on', '')).strip()} gives only the "
                f"{precision}: a precision of a {chosen} needs the date to the {chosen} "
                f"(such as {example}).",
            )

    def _options(self, cleaned, section_choices) -> ImportOptions:
        published_on, precision = None, DatePrecision.DAY
        if not cleaned.get("source") and cleaned.get("source_title"):
            published_on, precision = cleaned["published_on"]
        mapping = dict(cleaned.get("speakers") or {})
        if cleaned.get("default_speaker"):
            mapping[""] = cleaned["default_speaker"].strip()
        return ImportOptions(
            source=SourceChoice(
                source_id=cleaned["source"].pk if cleaned.get("source") else None,
                title=cleaned.get("source_title", ""),
                published_on=published_on,
                precision=cleaned.get("precision") or precision,
                kind=cleaned.get("source_kind") or SourceKind.PODCAST,
                publisher=cleaned.get("publisher", ""),
                url=cleaned.get("url", ""),
            ),
            speakers=mapping,
            sections=cleaned.get("sections") or {},
            kinds=frozenset(cleaned.get("kinds") or ()),
            lines=cleaned.get("lines"),
            file_format=cleaned.get("file_format", ""),
            section_sources=section_choices,
        )


SECTION_SOURCE = "section_source_"
SECTION_DATE = "section_date_"


def section_sources(data) -> dict[int, SectionSource]:
    """The preview's per-section choices: ``section_source_LINE`` (an existing source's id)
    or ``section_date_LINE`` (2023-05-09, 2023-05 or 2023) for the section at LINE."""
    chosen: dict[int, SectionSource] = {}
    for key, raw in data.items():
        prefix, _, line = key.rpartition("_")
        if f"{prefix}_" not in (SECTION_SOURCE, SECTION_DATE) or not line.isdigit():
            continue
        value = (raw or "").strip() if isinstance(raw, str) else ""
        if not value:
            continue
        if f"{prefix}_" == SECTION_SOURCE:
            if not value.isdigit():
                raise ImportFileError(f"Pick a source for the section at line {line}.")
            chosen[int(line)] = SectionSource(source_id=int(value))
        elif f"{prefix}_" == SECTION_DATE and int(line) not in chosen:
            published_on, precision = cli.parse_partial_date(value)
            chosen[int(line)] = SectionSource(published_on=published_on, precision=precision)
    return chosen
