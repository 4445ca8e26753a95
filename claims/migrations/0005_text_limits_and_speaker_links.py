"""Maximum lengths for free text, no control characters, and speakers' links as URL lists.

Before the constraints are added, speakers' links that are not a list of URLs
(a bare string, an object, a list holding other things) are rewritten as the
list of the URLs they contain; what is dropped is printed, and stays in the
speaker's change history. Text longer than the new maxima is not cut: the
migration stops and names the rows to shorten first (in the admin).
"""

import sys

import django.core.validators
import django.db.models.functions.text
import django.db.models.lookups
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import migrations, models
from django.db.models.functions import Length

import claims.validators

LINKS_MAX = 20
LINK_MAX = 500
_url = django.core.validators.URLValidator(schemes=["http", "https"])


def _is_url(item) -> bool:
    if not isinstance(item, str) or len(item) > LINK_MAX:
        return False
    try:
        _url(item)
    except ValidationError:
        return False
    return True


def _candidates(value) -> list:
    """Everything in ``value`` that might be a link, in order."""
    if isinstance(value, str):
        return value.split()
    if isinstance(value, dict):
        value = list(value.values())
    if not isinstance(value, list):
        return [] if value is None else [value]
    items = []
    for item in value:
        items.extend(item.split() if isinstance(item, str) else [item])
    return items


def links_as_url_lists(apps, schema_editor):
    Speaker = apps.get_model("claims", "Speaker")
    for speaker in Speaker.objects.order_by("pk").iterator():
        candidates = _candidates(speaker.links)
        urls = list(dict.fromkeys(item for item in candidates if _is_url(item)))[:LINKS_MAX]
        if urls == speaker.links:
            continue
        dropped = [item for item in candidates if item not in urls]
        if dropped:
            sys.stdout.write(
                f"\n  speaker {speaker.slug}: links {speaker.links!r} kept as {urls!r}"
            )
        Speaker.objects.filter(pk=speaker.pk).update(links=urls)


# (model, field, maximum) as the constraints below add them
TEXT_MAXIMA = [
    ("Topic", "description", 2000),
    ("Speaker", "bio", 5000),
    ("Source", "notes", 10000),
    ("Claim", "quote", 5000),
    ("Claim", "internal_notes", 10000),
    ("Resolution", "rationale", 10000),
    ("Resolution", "revision_reason", 1000),
    ("Resolution", "retraction_reason", 1020),
    ("Evidence", "excerpt", 10000),
]


def refuse_overlong_text(apps, schema_editor):
    problems = []
    for model_name, field, maximum in TEXT_MAXIMA:
        model = apps.get_model("claims", model_name)
        ids = list(
            model.objects.annotate(n=Length(field))
            .filter(n__gt=maximum)
            .order_by("pk")
            .values_list("pk", flat=True)[:20]
        )
        if ids:
            problems.append(f"{model_name}.{field} (at most {maximum}): ids {ids}")
    if problems:
        raise RuntimeError(
            "Some text is longer than the new maxima; shorten it in the admin, then migrate "
            "again. Nothing was changed. " + "; ".join(problems)
        )


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0004_import_batches_and_review_queue'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(links_as_url_lists, migrations.RunPython.noop),
        migrations.RunPython(refuse_overlong_text, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='claim',
            name='horizon',
            field=models.CharField(blank=True, help_text='The time frame as said: "by next year".', max_length=200, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='claim',
            name='internal_notes',
            field=models.TextField(blank=True, help_text="Curators' notes; never public.", max_length=10000, validators=[django.core.validators.MaxLengthValidator(10000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='claim',
            name='locator',
            field=models.CharField(blank=True, help_text='Where in the source: a timestamp, page or line.', max_length=100, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='claim',
            name='quote',
            field=models.TextField(help_text='The words as said or written.', max_length=5000, validators=[django.core.validators.MaxLengthValidator(5000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='claim',
            name='statement',
            field=models.CharField(help_text='The claim normalised to one checkable line.', max_length=300, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='evidence',
            name='excerpt',
            field=models.TextField(blank=True, help_text='The part of the page that matters.', max_length=10000, validators=[django.core.validators.MaxLengthValidator(10000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalclaim',
            name='horizon',
            field=models.CharField(blank=True, help_text='The time frame as said: "by next year".', max_length=200, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalclaim',
            name='internal_notes',
            field=models.TextField(blank=True, help_text="Curators' notes; never public.", max_length=10000, validators=[django.core.validators.MaxLengthValidator(10000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalclaim',
            name='locator',
            field=models.CharField(blank=True, help_text='Where in the source: a timestamp, page or line.', max_length=100, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalclaim',
            name='quote',
            field=models.TextField(help_text='The words as said or written.', max_length=5000, validators=[django.core.validators.MaxLengthValidator(5000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalclaim',
            name='statement',
            field=models.CharField(help_text='The claim normalised to one checkable line.', max_length=300, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalevidence',
            name='excerpt',
            field=models.TextField(blank=True, help_text='The part of the page that matters.', max_length=10000, validators=[django.core.validators.MaxLengthValidator(10000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='rationale',
            field=models.TextField(max_length=10000, validators=[django.core.validators.MaxLengthValidator(10000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='retraction_reason',
            field=models.TextField(blank=True, max_length=1020, validators=[django.core.validators.MaxLengthValidator(1020), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='revision_reason',
            field=models.TextField(blank=True, help_text='Why an earlier verdict was revised; required for a revision.', max_length=1000, validators=[django.core.validators.MaxLengthValidator(1000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalsource',
            name='notes',
            field=models.TextField(blank=True, help_text='Internal notes; never public.', max_length=10000, validators=[django.core.validators.MaxLengthValidator(10000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalsource',
            name='publisher',
            field=models.CharField(blank=True, help_text='The show, publication or event.', max_length=200, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalsource',
            name='title',
            field=models.CharField(max_length=300, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalspeaker',
            name='affiliations',
            field=models.CharField(blank=True, help_text='Organisations and roles, comma-separated.', max_length=300, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalspeaker',
            name='bio',
            field=models.TextField(blank=True, max_length=5000, validators=[django.core.validators.MaxLengthValidator(5000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='historicalspeaker',
            name='links',
            field=models.JSONField(blank=True, default=list, help_text="The speaker's own pages: http(s) URLs, one per line.", validators=[claims.validators.validate_url_list]),
        ),
        migrations.AlterField(
            model_name='historicalspeaker',
            name='name',
            field=models.CharField(max_length=200, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='rationale',
            field=models.TextField(max_length=10000, validators=[django.core.validators.MaxLengthValidator(10000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='retraction_reason',
            field=models.TextField(blank=True, max_length=1020, validators=[django.core.validators.MaxLengthValidator(1020), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='revision_reason',
            field=models.TextField(blank=True, help_text='Why an earlier verdict was revised; required for a revision.', max_length=1000, validators=[django.core.validators.MaxLengthValidator(1000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='source',
            name='notes',
            field=models.TextField(blank=True, help_text='Internal notes; never public.', max_length=10000, validators=[django.core.validators.MaxLengthValidator(10000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='source',
            name='publisher',
            field=models.CharField(blank=True, help_text='The show, publication or event.', max_length=200, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='source',
            name='title',
            field=models.CharField(max_length=300, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='speaker',
            name='affiliations',
            field=models.CharField(blank=True, help_text='Organisations and roles, comma-separated.', max_length=300, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='speaker',
            name='bio',
            field=models.TextField(blank=True, max_length=5000, validators=[django.core.validators.MaxLengthValidator(5000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='speaker',
            name='links',
            field=models.JSONField(blank=True, default=list, help_text="The speaker's own pages: http(s) URLs, one per line.", validators=[claims.validators.validate_url_list]),
        ),
        migrations.AlterField(
            model_name='speaker',
            name='name',
            field=models.CharField(max_length=200, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='topic',
            name='description',
            field=models.TextField(blank=True, max_length=2000, validators=[django.core.validators.MaxLengthValidator(2000), claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AlterField(
            model_name='topic',
            name='name',
            field=models.CharField(max_length=100, unique=True, validators=[claims.validators.ControlCharacterValidator()]),
        ),
        migrations.AddConstraint(
            model_name='claim',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(django.db.models.functions.text.Length('quote'), 5000), name='claim_quote_length'),
        ),
        migrations.AddConstraint(
            model_name='claim',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(django.db.models.functions.text.Length('internal_notes'), 10000), name='claim_internal_notes_length'),
        ),
        migrations.AddConstraint(
            model_name='evidence',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(django.db.models.functions.text.Length('excerpt'), 10000), name='evidence_excerpt_length'),
        ),
        migrations.AddConstraint(
            model_name='resolution',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(django.db.models.functions.text.Length('rationale'), 10000), name='resolution_rationale_length'),
        ),
        migrations.AddConstraint(
            model_name='resolution',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(django.db.models.functions.text.Length('revision_reason'), 1000), name='resolution_revision_reason_length'),
        ),
        migrations.AddConstraint(
            model_name='resolution',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(django.db.models.functions.text.Length('retraction_reason'), 1020), name='resolution_retraction_reason_length'),
        ),
        migrations.AddConstraint(
            model_name='source',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(django.db.models.functions.text.Length('notes'), 10000), name='source_notes_length'),
        ),
        migrations.AddConstraint(
            model_name='speaker',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(django.db.models.functions.text.Length('bio'), 5000), name='speaker_bio_length'),
        ),
        migrations.AddConstraint(
            model_name='topic',
            constraint=models.CheckConstraint(condition=django.db.models.lookups.LessThanOrEqual(django.db.models.functions.text.Length('description'), 2000), name='topic_description_length'),
        ),
    ]
