"""A work tracker's issue page (Jira) copied with its activity, read as notes (``shaped``).

The layout (an issue's page selected and copied from the browser)::

    Depot Electrification Programme / DEP-1842       the project and the issue's key
    Grid connection for Depot 4                      its summary
    Type: Task / Status: IN PROGRESS / Priority: …   the fields
    Assignee: Tom Hallgren / Reporter: Priya …       its people
    Created: 02/Oct/26 10:38 AM / Due: 31/Mar/27     its dates
    Description                                      the reporter's description
    Attachments / Issue Links / Activity / All …     the page's sections
    Priya Venkataraman added a comment - 05/Oct/26 11:20 AM
    Kicked off with NPN this morning. …              the comment, its author's
    Tom Hallgren changed the Status to In Progress - 06/Oct/26 8:02 AM
    Tom Hallgren logged work - 23/Oct/26 4:55 PM     the work log and its entry
    Time Spent: 4 hours

Each comment is its author's, dated its day, up to the next line of the activity; the
description is the reporter's (the "Reporter:" field), dated by "Created:". Nobody's: the
site's bar, the fields, the attachments and links, the section headings, field changes
("changed the Status to …"), edits ("edited a comment"), work logs and their entries. An
"@Name" addressing someone at a line's start is no part of the words. Source of the layout:
Atlassian Jira's issue view, copied from the browser.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.names import reads_as_name
from claims.importing.shaped import Reshaped, cued

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "05/Oct/26 11:20 AM", "5 Oct 2026 11:20", "2026-10-05 11:20".
_WHEN = (
    r"(?P<day>\d{1,2})[/ ](?P<month>[A-Za-z]{3})[/ ](?P<year>\d{2}|\d{4})"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?"
)
# "Priya Venkataraman added a comment - 05/Oct/26 11:20 AM".
_COMMENTED = re.compile(rf"^(?P<name>[^-–—]{{3,60}}?)\s+added\s+a\s+comment\s*[-–—]\s*{_WHEN}$")
# Any other line of the activity: a field changed, a comment edited, work logged, a file.
_ACTED = re.compile(
    rf"^(?P<name>[^-–—]{{3,60}}?)\s+(?:changed|edited|logged|attached|deleted|created|updated"
    rf"|made|linked|removed|set)\b.{{0,120}}?[-–—]\s*{_WHEN}$"
)
_REPORTER = re.compile(r"^Reporter\s*:\s*(?P<name>.+)$")
_CREATED = re.compile(rf"^Created\s*:\s*{_WHEN}$")
_DESCRIPTION = re.compile(r"^Description$")
# The page's sections after the description.
_SECTION = re.compile(
    r"^(?:Attachments|Issue\s+Links|Activity|Comments|Work\s+Log|History|All|Oldest\s+first"
    r"|Newest\s+first|Sub-tasks|Linked\s+issues|Details|People|Dates)$"
)
_ADDRESSED = re.compile(r"^(?:@[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*)+")
_ISSUE_KEY = re.compile(r"\b[A-Z][A-Z0-9]{1,9}-\d{1,6}\b")
_OPENING = 20
_MIN_COMMENTS = 2
REPORTER_NOTE = "“{name}” is the issue's reporter (line {line}): the description is theirs"


def _day(found: re.Match[str]) -> datetime.date | None:
    year = int(found.group("year"))
    year = year + 2000 if year < 100 else year
    try:
        month = _MONTHS.index(found.group("month").lower()) + 1
        return datetime.date(year, month, int(found.group("day")))
    except ValueError:
        return None


def _is_tracker(lines: Sequence[str]) -> bool:
    """An issue's key among the first lines, and two comments or more in its activity."""
    if not any(_ISSUE_KEY.search(line) for line in islice(lines, _OPENING)):
        return False
    return sum(1 for line in lines if _COMMENTED.match(line.strip())) >= _MIN_COMMENTS


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """An issue page's lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; each comment's lines "Author: words" dated its day, the
    description's lines the reporter's; everything else blank. Source: Jira's issue view."""
    if not _is_tracker(lines):
        return None
    out = [""] * len(lines)
    days: dict[int, datetime.date] = {}
    notes: dict[int, str] = {}
    people: set[str] = set()
    reporter, reporter_line, created = "", 0, None
    speaker, day, note = "", None, ""
    for index, raw in enumerate(lines):
        line = raw.strip()
        found = _REPORTER.match(line)
        if found and reads_as_name(found.group("name").strip()):
            reporter, reporter_line = found.group("name").strip(), index + 1
        found = _CREATED.match(line)
        if found:
            created = _day(found)
        commented = _COMMENTED.match(line)
        if commented:
            name = commented.group("name").strip()
            speaker, day, note = (
                (name, _day(commented), "") if reads_as_name(name) else ("", None, "")
            )
            continue
        if _ACTED.match(line) or _SECTION.match(line):
            speaker, day, note = "", None, ""
            continue
        if _DESCRIPTION.match(line) and reporter:
            speaker, day = reporter, created
            note = REPORTER_NOTE.format(name=reporter, line=reporter_line)
            continue
        words = _ADDRESSED.sub("", line).strip()
        if not speaker or not words:
            continue
        out[index] = cued(speaker, words)
        people.add(speaker)
        if day:
            days[index + 1] = day
        if note:
            notes[index + 1] = note
    return Reshaped.of(out, people, notes, days) if people else None
