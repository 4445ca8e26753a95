"""Who a document's lines are given to, as the who-said-what table tests read it."""

import datetime

from claims.importing.parsing import ParsedDocument, parse_document
from claims.importing.reading import read_document
from claims.importing.services import ImportOptions, ImportPlan, SourceChoice, import_plan

# The day the notes are read: every date in the tables is before it.
TODAY = datetime.date(2026, 6, 1)


def parsed(text: str) -> ParsedDocument:
    """``text`` read as Markdown notes on ``TODAY``."""
    return parse_document(read_document(text.encode(), name="notes.md"), today=TODAY)


def said(text: str) -> list[tuple[str, str]]:
    """(who, words) of every line that may be proposed: narration is left out; who is ""
    when neither the line nor its section names anybody."""
    document = parsed(text)
    lines = []
    for statement in document.statements:
        if statement.narration:
            continue
        section = document.sections[statement.section]
        who = statement.speaker or section.speaker or section.inherited_speaker
        lines.append((who, statement.text))
    return lines


def who(text: str, words: str) -> str:
    """Who the line holding ``words`` is given to; "-" when it is narration or left out."""
    return next((speaker for speaker, line in said(text) if words in line), "-")


def plan(text: str, source: SourceChoice, **speakers: str) -> ImportPlan:
    """The import's plan of ``text`` as Markdown notes, with the curator's speakers."""
    return import_plan(
        data=text.encode(),
        file_name="notes.md",
        options=ImportOptions(source=source, speakers=speakers),
    )


def spoken(text: str, said_on: datetime.date) -> list:
    """The candidates of ``text`` said by one speaker ("Rachel Onyango: …") in a transcript
    on ``said_on``: how the kind tables read a line as said aloud."""
    return import_plan(
        data=f"Rachel Onyango: {text}\n".encode(),
        file_name="transcript.txt",
        options=ImportOptions(source=SourceChoice(title="Meeting", published_on=said_on)),
    ).candidates
