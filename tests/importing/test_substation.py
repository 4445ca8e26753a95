"""Table tests: SubStation Alpha subtitles (``.ass``, ``.ssa``) are a caption format. Each
``Dialogue:`` line is a cue at its start time; its Name field, or a ``NAME:`` cue in its
text, is who speaks; override tags, ``\\N`` and ``\\h`` are no words; styles, the script's
info and ``Comment:`` lines are nobody's; a malformed ``Dialogue:`` line is refused naming
its line."""

import datetime

import pytest

from claims.importing.errors import ImportFileError
from claims.importing.parsing import parse_document
from claims.importing.reading import NOTES, SRT, SSA, read_document
from claims.importing.substation import plain_text

TODAY = datetime.date(2026, 6, 1)

HEAD = """[Script Info]
Title: Budget debate
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, Bold, Italic, Alignment
Style: Default,Arial,20,&H00FFFFFF,0,0,2

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
"""


def _said(text: str, name: str = "debate.ass") -> list[tuple[str, str, str]]:
    """(who, words, start) of each statement: who as the file writes it (the import's plan
    reads "CHANCELLOR RACHEL HOLT" as Rachel Holt, ``test_document_quality``)."""
    document = parse_document(read_document(text.encode(), name=name), today=TODAY)
    return [(s.speaker, s.text, s.timestamp) for s in document.statements if not s.narration]


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        # The Name field is who speaks.
        (
            "Dialogue: 0,0:00:01.00,0:00:04.00,Default,Owen Price,0,0,0,,Borrowing will rise.",
            [("Owen Price", "Borrowing will rise.", "00:00:01")],
        ),
        # Empty Name field: the cue in the text; override tags dropped.
        (
            "Dialogue: 0,0:00:08.50,0:00:12.00,Default,,0,0,0,,{\\i1}OWEN PRICE:{\\i0} Borrowing "
            "will rise every year until the election.\\NThat's certain.",
            [
                ("OWEN PRICE", "Borrowing will rise every year until the election.", "00:00:08"),
                ("OWEN PRICE", "That's certain.", "00:00:08"),
            ],
        ),
        # A role in the Name field, the person in the text: the person, under that role after.
        (
            "Dialogue: 0,0:00:01.00,0:00:04.00,Default,Chancellor,0,0,0,,{\\i1}CHANCELLOR RACHEL "
            "HOLT:{\\i0} The deficit will be below 2% of GDP by 2029.\n"
            "Dialogue: 0,0:00:04.50,0:00:08.00,Default,Chancellor,0,0,0,,{\\an8}We will not raise "
            "income tax before the end of this parliament.",
            [
                (
                    "CHANCELLOR RACHEL HOLT",
                    "The deficit will be below 2% of GDP by 2029.",
                    "00:00:01",
                ),
                (
                    "CHANCELLOR RACHEL HOLT",
                    "We will not raise income tax before the end of this parliament.",
                    "00:00:04",
                ),
            ],
        ),
        # A comma in the text is the text's; a hard space is a space; a comment line is nobody's.
        (
            "Comment: 0,0:00:00.00,0:00:01.00,Default,Owen Price,0,0,0,,Check this line, later.\n"
            "Dialogue: 0,1:02:03.04,1:02:06.00,Default,Mia Lund,0,0,0,,Yes, rates\\hwill fall "
            "by 2027, I think.",
            [("Mia Lund", "Yes, rates will fall by 2027, I think.", "01:02:03")],
        ),
        # A Name field, then a line naming someone else in its text: that person.
        (
            "Dialogue: 0,0:00:01.00,0:00:02.00,Default,Mia Lund,0,0,0,,Rates will fall.\n"
            "Dialogue: 0,0:00:02.00,0:00:03.00,Default,,0,0,0,,TOM REYES: They won't.",
            [
                ("Mia Lund", "Rates will fall.", "00:00:01"),
                ("TOM REYES", "They won't.", "00:00:02"),
            ],
        ),
    ],
)
def test_a_dialogue_line_is_a_cue_of_its_speaker(events, expected):
    assert _said(HEAD + events + "\n") == expected


def test_the_format_line_gives_the_order_of_the_fields():
    text = (
        "[Script Info]\nScriptType: v4.00\n\n[Events]\n"
        "Format: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
        "Dialogue: Marked=0,0:00:05.00,0:00:07.00,Default,Ana Ruiz,0000,0000,0000,,Oil tops "
        "$100 by 2027.\n"
    )
    assert _said(text, name="talk.ssa") == [("Ana Ruiz", "Oil tops $100 by 2027.", "00:00:05")]
    text = "[Events]\nFormat: Start, End, Name, Text\n"
    text += "Dialogue: 0:00:05.00,0:00:07.00,Ana Ruiz,Hi, all.\n"
    assert _said(text) == [("Ana Ruiz", "Hi, all.", "00:00:05")]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("{\\i1}OWEN PRICE:{\\i0} Borrowing will rise.\\NThat's certain.",
         "OWEN PRICE: Borrowing will rise. That's certain."),
        ("{\\an8}{\\pos(10,20)}We will\\nnot\\hcut.", "We will not cut."),
        ("{a translator's note}Rates fall.", "Rates fall."),
        ("Rates fall.", "Rates fall."),
    ],
)  # fmt: skip
def test_a_texts_tags_and_breaks_are_no_words(text, plain):
    assert plain_text(text) == plain


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("debate.ass", HEAD, SSA),
        ("debate.txt", HEAD, SSA),  # by its content
        ("debate.ssa", "[Events]\nDialogue: 0,0:00:01.00,0:00:02.00,,A B,0,0,0,,Hi.\n", SSA),
        # By its name, read as what its content is when that is another caption format.
        ("debate.ass", "1\n00:00:01,000 --> 00:00:02,000\nHi.\n", SRT),
        ("debate.srt", HEAD, SSA),
        # Notes saved under a subtitle's name are notes.
        ("debate.ass", "Budget debate, May 2026\nOwen Price: Borrowing will rise.\n", NOTES),
    ],
)
def test_a_substation_file_is_told_by_its_content_and_its_name(name, text, expected):
    assert read_document(text.encode(), name=name).format == expected


@pytest.mark.parametrize(
    ("events", "line", "said"),
    [
        ("Dialogue: 0,0:00:01.00,0:00:04.00,Default,Owen Price", 11, "has 5 fields"),
        ("Dialogue: 0,0:00:01,0:00:04.00,Default,Owen Price,0,0,0,,Hi.", 11, "'0:00:01'"),
        ("Dialogue: 0,0:00:09.00,0:00:04.00,Default,Owen Price,0,0,0,,Hi.", 11, "before it starts"),
        (
            "Dialogue: 0,0:00:01.00,0:00:04.00,Default,Owen Price,0,0,0,,Hi.\n"
            "Dialogue: 0,0:00:05.00,soon,Default,Owen Price,0,0,0,,Bye.",
            12,
            "'soon'",
        ),
    ],
)
def test_a_malformed_dialogue_line_is_refused_naming_it(events, line, said):
    with pytest.raises(ImportFileError) as refused:
        _said(HEAD + events + "\n")
    assert refused.value.line == line
    assert said in refused.value.message


def test_a_substation_file_given_as_notes_is_refused():
    with pytest.raises(ImportFileError, match="SubStation Alpha caption file, not notes"):
        read_document(HEAD.encode(), name="debate.ass", file_format=NOTES)


def test_styles_and_script_info_are_no_statements():
    with pytest.raises(ImportFileError, match="No cues with text"):
        _said(HEAD)


@pytest.mark.django_db
def test_an_imported_substation_file_is_recorded_as_one():
    from claims.importing.services import ImportOptions, SourceChoice, import_document
    from claims.models import ImportBatch

    events = (
        "Dialogue: 0,0:00:01.00,0:00:04.00,Default,Owen Price,0,0,0,,Borrowing will rise in 2027."
    )
    source = SourceChoice(title="Budget debate", published_on=datetime.date(2026, 5, 1))
    import_document(
        data=(HEAD + events + "\n").encode(),
        file_name="debate.ass",
        options=ImportOptions(source=source),
    )
    assert list(ImportBatch.objects.values_list("file_format", "statement_count")) == [(SSA, 1)]
