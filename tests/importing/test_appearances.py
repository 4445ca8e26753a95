"""One import of a file with several appearances, each filed under its own source."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command

from claims.choices import ClaimKind, ParticipantRole
from claims.importing.errors import ImportFileError
from claims.importing.services import (
    ImportOptions,
    SectionSource,
    SourceChoice,
    import_apply,
    import_document,
    import_plan,
)
from claims.models import Claim, ImportBatch, ImportedCandidate, Source, SourceParticipant, Speaker
from tests.factories import SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

WEEK = (
    "# Notes, week 19\n"  # 1
    "Ada Quist — Future of Work Summit, Lisbon, 9 May 2023\n"  # 2
    "- Half of all office leases will not be renewed by 2026\n"  # 3
    "## Ben Ortiz on The Long Game (podcast), 2024-02-01\n"  # 4
    "Hosts: Priya Raman\n"  # 5
    "Priya Raman: asked about interest rates\n"  # 6
    "- The Fed will cut rates twice before the end of 2024\n"  # 7
    "Panel: Energy Outlook 2030 — Oslo, March 2022\n"  # 8
    "Lars Eide: Norway will export more power than it uses by 2030\n"  # 9
    "Quarterly investor call, 3 August 2023\n"  # 10
    "- Margins will recover by the end of 2024\n"  # 11
    "## Guest: Carla Mendes\n"  # 12
    "- Our factories will run at full capacity by 2026\n"  # 13
).encode()
CALL = {"Quarterly investor call, 3 August 2023": "Carla Mendes"}


def _options(**overrides) -> ImportOptions:
    return ImportOptions(**{"source": SourceChoice(), "speakers": CALL, **overrides})


def test_a_section_without_a_date_is_refused_naming_its_line():
    with pytest.raises(ImportFileError, match=r"^Line 12: The section “Guest: Carla Mendes”"):
        import_plan(data=WEEK, options=_options())
    assert Source.objects.count() == 0


def test_each_appearance_gets_its_own_source_speaker_and_said_on_date():
    later = {12: SectionSource(published_on=datetime.date(2023, 11, 1), precision="month")}
    result = import_document(
        data=WEEK, file_name="week.md", options=_options(section_sources=later)
    )
    sources = {
        s.title: (s.published_on, s.published_precision, s.kind) for s in Source.objects.all()
    }
    assert sources == {
        "Future of Work Summit, Lisbon": (datetime.date(2023, 5, 9), "day", "talk"),
        "The Long Game": (datetime.date(2024, 2, 1), "day", "podcast"),
        "Energy Outlook 2030 — Oslo": (datetime.date(2022, 3, 1), "month", "talk"),
        "Quarterly investor call": (datetime.date(2023, 8, 3), "day", "other"),
        "Carla Mendes": (datetime.date(2023, 11, 1), "month", "podcast"),
    }
    rows = list(
        Claim.objects.order_by("pk").values_list(
            "speaker__name", "source__title", "said_on", "kind", "deadline"
        )
    )
    assert rows == [
        (
            "Ada Quist",
            "Future of Work Summit, Lisbon",
            datetime.date(2023, 5, 9),
            ClaimKind.PREDICTION,
            datetime.date(2026, 12, 31),
        ),
        (
            "Ben Ortiz",
            "The Long Game",
            datetime.date(2024, 2, 1),
            ClaimKind.PREDICTION,
            datetime.date(2024, 12, 31),
        ),
        (
            "Lars Eide",
            "Energy Outlook 2030 — Oslo",
            datetime.date(2022, 3, 1),
            ClaimKind.PREDICTION,
            datetime.date(2030, 12, 31),
        ),
        (
            "Carla Mendes",
            "Quarterly investor call",
            datetime.date(2023, 8, 3),
            ClaimKind.PREDICTION,
            datetime.date(2024, 12, 31),
        ),
        (
            "Carla Mendes",
            "Carla Mendes",
            datetime.date(2023, 11, 1),
            ClaimKind.PREDICTION,
            datetime.date(2026, 12, 31),
        ),
    ]
    # No heading became a claim, and the host's question is nobody's claim.
    assert not Claim.objects.filter(quote__icontains="summit").exists()
    assert not Claim.objects.filter(quote__icontains="asked").exists()
    assert Speaker.objects.filter(name="Carla Mendes").count() == 1
    roles = set(SourceParticipant.objects.values_list("source__title", "speaker__name", "role"))
    assert ("The Long Game", "Ben Ortiz", ParticipantRole.GUEST) in roles
    assert ("Energy Outlook 2030 — Oslo", "Lars Eide", ParticipantRole.SPEAKER) in roles
    assert result.batch.source.title == "Future of Work Summit, Lisbon"
    assert ImportedCandidate.objects.values("source").distinct().count() == 5


def test_importing_the_file_again_adds_nothing_and_an_existing_source_is_reused():
    summit = SourceFactory(
        title="Future of Work Summit, Lisbon", published_on=datetime.date(2023, 5, 9)
    )
    later = {12: SectionSource(source_id=summit.pk)}
    import_document(data=WEEK, options=_options(section_sources=later))
    assert Source.objects.count() == 4
    assert Claim.objects.filter(source=summit).count() == 2
    again = import_document(data=WEEK, options=_options(section_sources=later))
    assert again.batch is None
    assert ImportBatch.objects.count() == 1


def test_a_section_source_must_name_a_section():
    with pytest.raises(ImportFileError, match=r"^No section starts at line 3; sections start"):
        import_plan(data=WEEK, options=_options(section_sources={3: SectionSource(source_id=1)}))


def test_an_error_in_any_section_leaves_nothing_behind(monkeypatch):
    from claims.importing import writing

    real = writing._source_create
    made = []

    def failing(choice, *, actor):
        made.append(choice.title)
        if len(made) == 3:
            raise ImportFileError("Broken on purpose.")
        return real(choice, actor=actor)

    monkeypatch.setattr(writing, "_source_create", failing)
    later = {12: SectionSource(published_on=datetime.date(2023, 11, 1))}
    plan = import_plan(data=WEEK, options=_options(section_sources=later))
    with pytest.raises(ImportFileError, match="Broken on purpose"):
        import_apply(plan=plan)
    assert Source.objects.count() == Claim.objects.count() == Speaker.objects.count() == 0


def test_the_command_takes_a_date_per_section(tmp_path):
    path = tmp_path / "week.md"
    path.write_bytes(WEEK)
    out = io.StringIO()
    args = [
        str(path),
        "--speaker",
        "Quarterly investor call, 3 August 2023=Carla Mendes",
        "--section-date",
        "12=2023-11=Mendes on margins",
        "--dry-run",
    ]
    call_command("import_notes", *args, stdout=out)
    text = out.getvalue()
    assert "line 12: “Mendes on margins”, 2023-11 (new)" in text
    assert "line 2: “Future of Work Summit, Lisbon”, 2023-05-09 (new)" in text
    assert "1 line(s) telling what a host asked were not proposed." in text
    with pytest.raises(CommandError, match=r"--section-date '12' should look like"):
        call_command("import_notes", str(path), "--section-date", "12", stdout=out)


# ---- One person, one speaker.


def test_names_of_one_person_make_one_speaker_and_find_the_known_one():
    maya = SpeakerFactory(name="Maya Chen", slug="maya-chen")
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\nMAYA CHEN: Launch prices will halve by 2030.\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\nDr. Maya Chén: Reusable stages will fly in 2026.\n\n"
        "3\n00:00:05,000 --> 00:00:07,000\nLEO PARK: Nobody will mine asteroids soon.\n\n"
        "4\n00:00:07,000 --> 00:00:09,000\nLeo  Park: Not in this decade anyway, I think.\n"
    ).encode()
    source = SourceChoice(title="Orbit", published_on=datetime.date(2024, 4, 1))
    result = import_document(data=srt, options=ImportOptions(source=source))
    assert [c.speaker for c in result.claims[:2]] == [maya, maya]
    assert Speaker.objects.filter(name="Leo Park").count() == 1
    assert Speaker.objects.count() == 2


def test_a_near_match_to_a_known_speaker_is_proposed_not_created():
    SpeakerFactory(name="Maya Chen", slug="maya-chen")
    notes = b"Guest: Maya Chenn\nLaunch prices will halve by 2030\n"
    source = SourceChoice(title="Orbit", published_on=datetime.date(2024, 4, 1))
    plan = import_plan(data=notes, options=ImportOptions(source=source))
    (candidate,) = plan.candidates
    assert candidate.speaker.display == "Maya Chenn (new? close to Maya Chen)"
    assert "close to the known speaker Maya Chen" in candidate.remarks[0]
    with pytest.raises(ImportFileError, match=r"^“Maya Chenn” looks like the known speaker"):
        import_apply(plan=plan)
    assert Speaker.objects.count() == 1
    confirmed = ImportOptions(source=source, speakers={"Maya Chenn": "Maya Chenn"})
    import_document(data=notes, options=confirmed)
    assert set(Speaker.objects.values_list("name", flat=True)) == {"Maya Chen", "Maya Chenn"}


# (names written in one document, in order; the ones the import asks about)
NEAR_IN_ONE_FILE = [
    (["Sam Rivera", "Sam Riviera"], ["Sam Riviera"]),  # a typo
    (["Sam Rivera", "S. Rivera"], ["S. Rivera"]),  # an initial
    (["Ifeoma Okafor", "Okafor"], ["Okafor"]),  # the surname alone
    (["Sam Rivera", "SAM RIVERA", "Dr. Sam Rivera"], []),  # one person, written three ways
    (["Sam Rivera", "Lena Ortiz"], []),  # two people
]


@pytest.mark.parametrize(("names", "asked"), NEAR_IN_ONE_FILE)
def test_names_nearly_alike_in_one_file_are_asked_about_not_made_two_speakers(names, asked):
    srt = "".join(
        f"{n}\n00:00:0{n},000 --> 00:00:0{n},900\n{name}: Fusion will power {n} towns by 2040.\n\n"
        for n, name in enumerate(names, start=1)
    ).encode()
    source = SourceChoice(title="Orbit", published_on=datetime.date(2024, 4, 1))
    plan = import_plan(data=srt, options=ImportOptions(source=source))
    assert [s.key for s in plan.unsure_speakers] == asked
    if not asked:
        return
    with pytest.raises(ImportFileError, match=rf"^“{asked[0]}” looks like “{names[0]}”"):
        import_apply(plan=plan)
    assert not Speaker.objects.exists()
    mapped = ImportOptions(source=source, speakers={asked[0]: names[0]})
    import_document(data=srt, options=mapped)
    assert list(Speaker.objects.values_list("name", flat=True)) == [names[0]]


def test_a_dry_run_says_an_import_would_be_refused_for_an_unsure_name(tmp_path):
    import io

    from django.core.management import call_command

    SpeakerFactory(name="Maya Chen", slug="maya-chen")
    path = tmp_path / "notes.md"
    path.write_text("Guest: Maya Chenn\nLaunch prices will halve by 2030\n")
    out = io.StringIO()
    call_command(
        "import_notes",
        str(path),
        "--source-title",
        "T",
        "--published-on",
        "2024",
        "--dry-run",
        stdout=out,
    )
    assert (
        "Importing it would be refused: “Maya Chenn” looks like the known speaker Maya Chen "
        "(maya-chen): map it with --speaker 'Maya Chenn=maya-chen'"
    ) in out.getvalue()
