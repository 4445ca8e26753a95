"""Table tests: the Australian chamber's Hansard page (question time), read as the committee
page is; question time's own acts; YouTube's SubViewer (".sbv") caption export read as SRT.

A chamber's first cue of a turn carries the seat, the office and the time ("Mr CALLANDER
(Barwon Flats—Prime Minister) (14:02):"); a paragraph with no cue is the last speaker's; the
Speaker's turns, interjections, headings over the next question and the page's footer are
nobody's. Near misses: notes that mention Hansard, a Speaker's line in prose, a caption file
whose commas join other things."""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing import estimates_hansard
from claims.importing.procedure_talk import procedure
from claims.importing.reading import SRT, read_document, subviewer
from claims.importing.services import ImportOptions, SourceChoice, import_plan

QUESTION_TIME = """Parliament of Australia
Home › Parliamentary Business › Hansard › House of Representatives Hansard
House of Representatives
Wednesday, 11 March 2026
Page: 2214
Questioner: Holloway, Grant, MP
Speaker: Callander, Rhys, MP; Ostrowski, Daniel, MP
Responder: Callander, Rhys, MP
Proof: Yes
Download Fragment
QUESTIONS WITHOUT NOTICE
Energy Prices

Mr HOLLOWAY (Murrindal—Leader of the Opposition) (14:01): My question is to the Prime Minister.

Mr CALLANDER (Barwon Flats—Prime Minister) (14:02): I thank the Leader for his question.

The Central-West link will be energised before the end of 2027.

Opposition members interjecting—

The SPEAKER: Order! The Prime Minister has the call.

Mr CALLANDER: Bills will be lower by the middle of next year.

Economy

Ms TRAN (Coorabel) (14:08): My question is to the Treasurer.

Mr OSTROWSKI (Wandin Vale—Treasurer) (14:08): I thank the member for Coorabel for her question.

Inflation will be back inside the target band before this year is out.

Mr Holloway interjecting—

Leave not granted.

The member for Kellerby then left the chamber.

Mr CALLANDER: Mr Speaker, I ask that further questions be placed on the Notice Paper.

Back to top
Parliament House, Canberra ACT 2600
"""


def _line_of(text: str, words: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if words in line)


def test_question_time_turns_last_to_the_next_cue():
    shaped = estimates_hansard.reshape(QUESTION_TIME.splitlines())
    assert shaped is not None

    def at(words: str) -> str:
        return shaped.lines[_line_of(QUESTION_TIME, words) - 1]

    assert at("Central-West link") == (
        "Rhys Callander: The Central-West link will be energised before the end of 2027."
    )
    assert at("Bills will be lower").startswith("Rhys Callander: Bills will be lower")
    # A paragraph with no cue after a turn opened with the seat and office is that turn's.
    assert at("Inflation will be back").startswith("Daniel Ostrowski: Inflation")
    for words in (
        "QUESTIONS WITHOUT NOTICE",
        "Energy Prices",
        "Economy",
        "Opposition members interjecting",
        "The SPEAKER: Order!",
        "Mr Holloway interjecting",
        "Leave not granted",
        "then left the chamber",
        "further questions be placed",
        "Back to top",
        "Parliament House, Canberra",
    ):
        assert at(words) == "", words


# ParlInfo's page as the browser copies it: the site's menus above a table of fields, a tab
# between each field's name and value, more than a dozen lines before the first field.
PARLINFO_PAGE = (
    "Skip to main content\nParliament of Australia\n"
    "Senators and Members\tParliamentary Business\tCommittees\tNews and Events\n"
    "Home > Parliamentary Business > Hansard\nParlInfo Search\nBrowse\tSearch\tHelp\n\n"
    "Download Fragment\nDownload Current Hansard\nView/Save XML\n"
    "Previous Fragment\tNext Fragment\n"
    "Note: Where available, the PDF/Word icon below is provided to view the document\n\n"
    "Title\tQUESTIONS WITHOUT NOTICE\nDatabase\tHouse Hansard\nDate\t11-02-2026\n"
    "Source\tHouse\nParl No.\t48\nPage\t38\nQuestioner\tBellamy, Grant, MP\n"
    "Responder\tAldridge, Catherine, MP; Brandt, Tom, MP\nStatus\tProof\n\n"
    "QUESTIONS WITHOUT NOTICE\nEnergy Prices\n"
    "Mr BELLAMY (Tallowood—Leader of the Opposition) (14:00): My question is to the Prime"
    " Minister.\n"
    "Ms ALDRIDGE (Bellmere—Prime Minister) (14:01): I thank the Leader for his question.\n"
    "The rebate will keep flowing to every household until 31 December this year.\n"
    "Mr Bellamy: Mr Speaker, on a point of order on direct relevance: the question was about"
    " prices.\n"
    "The SPEAKER: The Prime Minister is being directly relevant.\n"
    "Ms ALDRIDGE: The Gladwyn contracts will be signed before the end of March.\n"
    "Honourable members: Hear, hear!\n"
    "Mr BRANDT (Carrington—Treasurer) (14:18): The Western Link will be energised by"
    " December 2027.\n"
)


def test_a_parlinfo_page_with_the_sites_menus_and_a_table_of_fields():
    shaped = estimates_hansard.reshape(PARLINFO_PAGE.splitlines())
    assert shaped is not None

    def at(words: str) -> str:
        return shaped.lines[_line_of(PARLINFO_PAGE, words) - 1]

    # Cues in capitals are the full names the fields list ("Aldridge, Catherine, MP").
    assert at("The rebate will keep flowing").startswith("Catherine Aldridge: The rebate")
    assert at("Gladwyn contracts").startswith("Catherine Aldridge: ")
    assert at("Western Link").startswith("Tom Brandt: ")
    for words in ("Responder\t", "Skip to main content", "point of order", "Hear, hear!"):
        assert at(words) == "", words


def test_a_chamber_speech_cued_with_its_time_is_the_senators():
    text = "Database: Senate Hansard\nSpeaker: Okafor, Sen Adaeze\nSenator OKAFOR (15:02): Up.\n"
    shaped = estimates_hansard.reshape(text.splitlines())
    assert shaped.lines == ("", "", "Adaeze Okafor: Up.")


@pytest.mark.django_db
def test_question_time_imported():
    source = SourceChoice(
        title="Question time", published_on=datetime.date(2026, 3, 11), precision=DatePrecision.DAY
    )
    plan = import_plan(
        data=QUESTION_TIME.encode(), file_name="hansard.txt", options=ImportOptions(source=source)
    )
    by_quote = {c.quote: c for c in plan.candidates}
    inflation = next(c for q, c in by_quote.items() if q.startswith("Inflation will be back"))
    assert inflation.speaker.name == "Daniel Ostrowski"
    assert inflation.kind == ClaimKind.PREDICTION
    quotes = " | ".join(by_quote)
    for words in ("My question is to", "I thank the", "has the call", "Leave not granted"):
        assert words not in quotes


@pytest.mark.parametrize(
    "text",
    [
        # Notes that mention Hansard and a Speaker's words, with no page's fields.
        "Notes on Hansard\nThe SPEAKER: Order!\nMr CALLANDER (Barwon Flats) (14:02): Bills fall.\n",
        # Fields with no Hansard named above them: a form.
        "Questioner: Ana\nProof: Yes\nMr LEE: Rates will fall.\n",
    ],
)
def test_documents_that_are_no_hansard_page(text):
    assert estimates_hansard.reshape(text.splitlines()) is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("My question is to the Prime Minister.", True),
        ("My supplementary question is for the Treasurer.", True),
        ("Point of order, Mr Speaker, on direct relevance.", True),
        ("I rise on a point of order.", True),
        ("Mr Speaker, I seek leave to table the operator's statement.", True),
        ("I thank the member for Coorabel for her question.", True),
        ("I thank the honourable member for Moose Lake for his question and his interest.", True),
        # Claims said with question time's words.
        ("I thank the member for Coorabel for delivering the line two years early.", False),
        ("My question is whether prices will fall by 2027.", False),
        ("The point of order is that prices will fall.", False),
        ("The member for Kellerby will lose his seat at the next election.", False),
    ],
)
def test_question_times_own_acts(text, read):
    assert procedure(text) is read


SBV = """0:00:00.000,0:00:02.200
[MUSIC]

0:00:02.500,0:00:06.442
>> GOOD EVENING, AND WELCOME BACK
TO METRO TONIGHT.

0:00:34.213,0:00:39.416
>> MAYOR OKONJO: THE EASTLINE WILL BE CARRYING
PASSENGERS BY THE END OF THE THIRD

0:00:39.446,0:00:44.351
QUARTER NEXT YEAR.
"""


def test_a_subviewer_file_is_read_as_srt_line_for_line():
    document = read_document(SBV.encode(), name="captions.sbv")
    assert document.format == SRT
    assert document.lines[3] == "0:00:02.500 --> 0:00:06.442"
    assert document.lines[4] == ">> GOOD EVENING, AND WELCOME BACK"
    assert len(document.lines) == len(SBV.splitlines())
    # Found by its first timing line too, whatever the file's name.
    assert read_document(SBV.encode(), name="captions.txt").format == SRT


@pytest.mark.parametrize(
    ("lines", "name", "found"),
    [
        (["0:00:01.120,0:00:04.560", "hi"], "", True),
        (["", "1:02:03.400,1:02:05.000"], "", True),
        (["Notes"], "talk.SBV", True),
        (["0:00:01,120 --> 0:00:04,560"], "", False),  # SRT
        (["12:00, 13:00 lunch"], "", False),
        (["Mayor: rates fall"], "notes.txt", False),
    ],
)
def test_a_subviewer_file_by_its_opening(lines, name, found):
    assert subviewer(lines, name) is found


@pytest.mark.django_db
def test_a_subviewer_files_cues_imported():
    source = SourceChoice(
        title="Metro Tonight", published_on=datetime.date(2026, 4, 14), precision=DatePrecision.DAY
    )
    options = ImportOptions(source=source, speakers={"MAYOR OKONJO": "Adaeze Okonjo"})
    plan = import_plan(data=SBV.encode(), file_name="captions.sbv", options=options)
    forecast = next(c for c in plan.candidates if "EASTLINE WILL BE CARRYING" in c.quote)
    assert forecast.speaker.name == "Adaeze Okonjo"
    assert forecast.kind == ClaimKind.PREDICTION
    assert forecast.deadline == datetime.date(2027, 9, 30)
    assert "QUARTER NEXT YEAR" in forecast.quote  # the sentence read across its cues
