"""Imports of notes and transcripts, and the review queue of draft claims.

pg_trgm gives PostgreSQL the trigram similarity that flags a candidate repeating
a claim its speaker already has; the operation does nothing on other databases.
"""

import django.db.models.deletion
from django.conf import settings
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0003_claim_search_index"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        TrigramExtension(),
        migrations.CreateModel(
            name="DraftClaim",
            fields=[],
            options={
                "verbose_name": "draft claim (review queue)",
                "verbose_name_plural": "review queue",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("claims.claim",),
        ),
        migrations.CreateModel(
            name="ImportBatch",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("file_name", models.CharField(blank=True, max_length=255)),
                ("file_sha256", models.CharField(max_length=64)),
                (
                    "file_format",
                    models.CharField(
                        choices=[
                            ("notes", "notes (plain text or Markdown)"),
                            ("webvtt", "WebVTT transcript"),
                            ("srt", "SRT transcript"),
                        ],
                        max_length=10,
                    ),
                ),
                ("line_count", models.PositiveIntegerField(default=0)),
                ("statement_count", models.PositiveIntegerField(default=0)),
                (
                    "created_count",
                    models.PositiveIntegerField(default=0, help_text="Draft claims added."),
                ),
                (
                    "duplicate_count",
                    models.PositiveIntegerField(
                        default=0,
                        help_text="Drafts flagged as a likely duplicate of an existing claim.",
                    ),
                ),
                (
                    "skipped_count",
                    models.PositiveIntegerField(
                        default=0,
                        help_text="Statements proposed by an earlier import of this source.",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="import_batches",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="import_batches",
                        to="claims.source",
                    ),
                ),
            ],
            options={
                "verbose_name": "import",
                "verbose_name_plural": "imports",
                "ordering": ["-created_at", "-pk"],
            },
        ),
        migrations.CreateModel(
            name="ImportedCandidate",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("fingerprint", models.CharField(max_length=64)),
                (
                    "speaker_label",
                    models.CharField(
                        blank=True,
                        help_text="The speaker as named in the document.",
                        max_length=200,
                    ),
                ),
                (
                    "batch",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="candidates",
                        to="claims.importbatch",
                    ),
                ),
                (
                    "claim",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="import_record",
                        to="claims.claim",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="claims.source",
                    ),
                ),
            ],
        ),
        migrations.AddConstraint(
            model_name="importbatch",
            constraint=models.CheckConstraint(
                condition=models.Q(("file_format__in", ["notes", "webvtt", "srt"])),
                name="import_format_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="importedcandidate",
            constraint=models.UniqueConstraint(
                fields=("source", "fingerprint"), name="imported_candidate_once_per_source"
            ),
        ),
    ]
