"""Table tests: a caption turn nobody names, in a file that names the others, is asked about
on its own (its time as its name) instead of refusing the whole file; the curator maps it."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command

from claims.importing.errors import ImportFileError
from claims.importing.services import (
    ImportOptions,
    SourceChoice,
    import_apply,
    import_document,
    import_plan,
)
from claims.models import Claim

pytestmark = pytest.mark.django_db

SOURCE = SourceChoice(title="Debate", published_on=datetime.date(2026, 10, 15))

DEBATE = """1
00:00:02,100 --> 00:00:06,900
SARAH LINDQVIST: GOOD EVENING, AND WELCOME
TO THE CALDERBROOK MAYORAL DEBATE.

2
00:00:07,000 --> 00:00:10,300
WITH ME, MAYOR TOM ACHTERBERG AND COUNCILLOR NADIA QURESHI.

3
00:00:12,500 --> 00:00:16,800
MAYOR ACHTERBERG, THE TRAM EXTENSION. WILL IT OPEN ON TIME?

4
00:00:17,000 --> 00:00:22,400
>> THE AIRPORT LINE OPENS IN DECEMBER 2027.
WE HAVE ALREADY LAID SIXTY PERCENT OF THE TRACK.

5
00:00:22,500 --> 00:00:27,900
>> THAT'S SIMPLY NOT TRUE. THE COUNCIL'S OWN REPORT SAYS FORTY PERCENT.
"""

BRIEFING = """1
00:00:01,000 --> 00:00:04,000
PRIYA NAIR: THANKS FOR JOINING US ON THE MORNING BRIEFING.

2
00:00:04,500 --> 00:00:09,000
>> MORTGAGE RATES WILL FALL BELOW FOUR PERCENT BY MARCH.

3
00:00:09,500 --> 00:00:12,000
>> I WOULDN'T BET ON IT. INFLATION IS STILL AT THREE PERCENT.
"""

GRID_TALK = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Lena Ortiz>Welcome back to Grid Talk.

00:00:04.500 --> 00:00:08.000
<v Tomas Berg>Offshore wind will supply a third of our power by 2030.

00:00:08.500 --> 00:00:12.000
>> That's not what the operator's own numbers say.
"""

# The first turn is unnamed and comes before anyone is named.
LATE_NAMES = """1
00:00:01,000 --> 00:00:04,000
>> THE BRIDGE REOPENS IN MAY 2027.

2
00:00:04,500 --> 00:00:09,000
OWEN PRICE: THE CONTRACTOR SAYS JUNE AT THE EARLIEST.
"""


def _plan(text: str, name: str, **speakers: str):
    return import_plan(
        data=text.encode(), file_name=name, options=ImportOptions(source=SOURCE, speakers=speakers)
    )


@pytest.mark.parametrize(
    ("text", "name", "asked", "among"),
    [
        (DEBATE, "debate.srt", {"00:00:22": "THAT'S SIMPLY NOT TRUE."}, "Sarah Lindqvist"),
        (
            BRIEFING,
            "briefing.srt",
            {
                "00:00:04": "MORTGAGE RATES WILL FALL BELOW FOUR PERCENT BY MARCH.",
                "00:00:09": "INFLATION IS STILL AT THREE PERCENT.",
            },
            "Priya Nair",
        ),
        (
            GRID_TALK,
            "grid.vtt",
            {"00:00:08": "That's not what the operator's own numbers say."},
            "Lena Ortiz, Tomas Berg",
        ),
        (LATE_NAMES, "bridge.srt", {"00:00:01": "THE BRIDGE REOPENS IN MAY 2027."}, "Owen Price"),
    ],
)
def test_an_unnamed_turn_is_asked_about_and_the_rest_is_previewed(text, name, asked, among):
    plan = _plan(text, name)
    unnamed = {}
    for candidate in plan.candidates:
        if candidate.speaker.key.startswith("Unnamed speaker at "):
            assert candidate.speaker.unsure
            at = candidate.speaker.key.removeprefix("Unnamed speaker at ")
            unnamed.setdefault(at, candidate.quote)
            assert any(among in remark for remark in candidate.remarks), candidate.remarks
        else:
            assert not candidate.speaker.unsure
    assert {at: quote for at, quote in unnamed.items() if at in asked} == asked
    assert set(unnamed) == set(asked)
    with pytest.raises(ImportFileError, match=r"“Unnamed speaker at \d\d:\d\d:\d\d” looks like"):
        import_apply(plan=plan)
    assert not Claim.objects.exists()


def test_the_named_turns_keep_their_speakers_around_an_unnamed_one():
    plan = _plan(DEBATE, "debate.srt")
    speakers = {c.quote: c.speaker.name for c in plan.candidates}
    assert speakers["THE AIRPORT LINE OPENS IN DECEMBER 2027."] == "Tom Achterberg"
    assert speakers["THE COUNCIL'S OWN REPORT SAYS FORTY PERCENT."] == "THEIR NAME"


def test_mapping_each_turn_imports_the_file_with_them():
    names = {
        "Unnamed speaker at 00:00:04": "Dara Quinn",
        "Unnamed speaker at 00:00:09": "Owen Price",
    }
    plan = _plan(BRIEFING, "briefing.srt", **names)
    assert not plan.unsure_speakers
    result = import_apply(plan=plan)
    by_speaker = {c.statement: c.speaker.name for c in result.claims}
    assert by_speaker["MORTGAGE RATES WILL FALL BELOW FOUR PERCENT BY MARCH."] == "Dara Quinn"
    assert by_speaker["INFLATION IS STILL AT THREE PERCENT."] == "Owen Price"


def test_a_mapped_turn_before_any_name_imports_a_statement_at_a_time_too():
    options = ImportOptions(source=SOURCE, speakers={"Unnamed speaker at 00:00:01": "Mira Sato"})
    result = import_document(data=LATE_NAMES.encode(), file_name="bridge.srt", options=options)
    assert {c.speaker.name for c in result.claims} == {"Mira Sato", "Owen Price"}


def test_a_default_speaker_takes_every_unnamed_turn_as_before():
    plan = _plan(BRIEFING, "briefing.srt", **{"": "Dara Quinn"})
    assert not plan.unsure_speakers
    assert {c.speaker.name for c in plan.candidates} == {"Dara Quinn"}


@pytest.mark.parametrize(
    "text",
    [
        # A file that names nobody: the default speaker is what it needs.
        "1\n00:00:01,000 --> 00:00:04,000\nRates will fall by March.\n",
        # A role is not a name: "ANCHOR:" names nobody.
        "1\n00:00:01,000 --> 00:00:04,000\nANCHOR: GOOD EVENING.\n\n"
        "2\n00:00:04,500 --> 00:00:08,000\n>> RATES WILL FALL BY MARCH.\n",
    ],
)
def test_a_file_naming_nobody_is_still_refused_asking_for_the_default(text):
    with pytest.raises(ImportFileError, match=r"No speaker is named for the cue at"):
        _plan(text, "talk.srt")


def test_a_file_marking_several_voices_it_names_nobody_for_asks_about_each():
    """Two ">>" turns are two voices: one default speaker for both would be a guess."""
    text = (
        "1\n00:00:01,000 --> 00:00:04,000\n>> RATES WILL FALL BY MARCH.\n\n"
        "2\n00:00:04,500 --> 00:00:08,000\n>> THEY WON'T.\n"
    )
    plan = _plan(text, "talk.srt")
    assert {c.speaker.key for c in plan.candidates} == {
        "Unnamed speaker at 00:00:01",
        "Unnamed speaker at 00:00:04",
    }
    assert all(c.speaker.unsure for c in plan.candidates)


@pytest.mark.parametrize(
    "key",
    ["Unnamed speaker at 00:00:30", "Unnamed speaker at 00:00:21"],
)
def test_mapping_a_turn_the_file_does_not_have_is_refused(key):
    with pytest.raises(ImportFileError, match=rf"“{key}” is not named in the file"):
        _plan(DEBATE, "debate.srt", **{key: "Nadia Qureshi"})


def test_the_command_previews_the_turn_and_takes_its_mapping(tmp_path):
    path = tmp_path / "debate.srt"
    path.write_text(DEBATE)
    args = [str(path), "--source-title", "Debate", "--published-on", "2026-10-15"]
    out = io.StringIO()
    call_command("import_notes", *args, "--dry-run", stdout=out)
    text = " ".join(out.getvalue().split())
    assert "Unnamed speaker at 00:00:22 (unnamed: map it to who it is)" in text
    assert "--speaker 'Unnamed speaker at 00:00:22=THEIR NAME'" in text
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_notes", *args, stdout=io.StringIO())
    assert not Claim.objects.exists()
    mapping = "Unnamed speaker at 00:00:22=Nadia Qureshi"
    call_command("import_notes", *args, "--speaker", mapping, stdout=io.StringIO())
    quotes = dict(Claim.objects.values_list("statement", "speaker__name"))
    assert quotes["THE COUNCIL'S OWN REPORT SAYS FORTY PERCENT."] == "Nadia Qureshi"
