"""What emails and letters share: the layout the notes reader follows, their dates, closings,
salutations and legal disclaimers (``emails``, ``letters``). Pure functions, no database."""

import datetime
import email.utils
import re
from dataclasses import dataclass, field

from claims.choices import DatePrecision
from claims.importing.boilerplate import DISCLAIMER
from claims.importing.headings import trailing_date
from claims.importing.names import person_key

# How far into a document the signs of an email or a letter are looked for, and how far from
# its end a letter's closing and signature are.
OPENING = 40
CLOSING = 12

QUOTE_MARKS = re.compile(r"^\s*((?:>\s?)+)")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b")

# Sign-offs and what mail programs add below a message.
CLOSING_WORDS = re.compile(
    r"^(?:best(?:\s+wishes|\s+regards)?|kind(?:est)?\s+regards|warm(?:est)?\s+regards|regards"
    r"|many\s+thanks|thanks(?:\s+(?:again|all|so\s+much))?|thank\s+you|cheers|sincerely"
    r"|yours(?:\s+(?:sincerely|faithfully|truly|ever))?|(?:very\s+)?truly\s+yours|respectfully"
    r"|with\s+(?:best\s+wishes|gratitude|thanks|appreciation)|all\s+the\s+best|speak\s+soon"
    r"|talk\s+soon|rgds|br|ta)\b[,.!]?(?:\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?"
    r"[,.!]?$",
    re.IGNORECASE,
)
# A letter's greeting: "Dear fellow shareholders,", "To our shareholders:", "Hi all,".
SALUTATION = re.compile(
    r"^(?:(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening))\b[^.!?]{0,60}"
    r"|to\s+(?:our|my|all|the)\b[^.!?]{0,60}|(?:fellow|dear)\s+\w+(?:\s+\w+)?)[,:]$",
    re.IGNORECASE,
)
# Legal text at the foot of an email or a company's letter (``boilerplate``).
_DISCLAIMER = DISCLAIMER
_DISCLAIMER_TITLE = re.compile(
    r"(?i)^(?:disclaimer|legal\s+notice|important\s+information|(?:cautionary\s+(?:note|"
    r"statement)\s+(?:regarding|concerning|on)\s+)?forward-looking\s+statements)[:.]?$"
)
ROLE_WORDS = re.compile(
    r"(?i)\b(?:chief|officer|president|ceo|cfo|coo|cto|chair(?:man|woman|person)?|director"
    r"|founder|co-founder|governor|minister|secretary|partner|editor|economist|analyst|strategist"
    r"|manager|head|lead|vice|principal|professor|trustee|treasurer|mayor|senator|counsel)\b"
)
SIGN_DASH = re.compile(r"^(?:—|–|-{1,2})\s*(?P<name>[^—–-].*)$")
HEADING = re.compile(r"^#{1,6}\s")


@dataclass
class Layout:
    """What ``emails.mail_layout`` found: ``opens`` maps the line where a message or the letter
    starts to its section's fields (``speaker``, ``heading``, ``title``, ``published_on``,
    ``precision``, ``kind``, ``date_problem``); ``skipped`` holds the lines that are no claim;
    ``texts`` the lines whose words are read without a vocative or a housekeeping sentence.
    """

    opens: dict[int, dict] = field(default_factory=dict)
    skipped: set[int] = field(default_factory=set)
    texts: dict[int, str] = field(default_factory=dict)
    quoted: bool = False  # an email: ">" marks are quoting, not pull quotes
    letter: bool = False  # a letter: its headings open no appearance

    def text(self, number: int, raw: str) -> str:
        """The words of line ``number`` to read: "" for a line that is no claim."""
        if number in self.skipped or (self.letter and raw[:1] == "#" and HEADING.match(raw)):
            return ""
        if number in self.texts:
            return self.texts[number]
        return QUOTE_MARKS.sub("", raw) if self.quoted and ">" in raw[:8] else raw


def unquoted(line: str) -> str:
    """``line`` without the ">" marks quoting it, stripped."""
    return QUOTE_MARKS.sub("", line).strip() if ">" in line[:8] else line.strip()


def sent_on(text: str) -> datetime.date | None:
    """The date an email header or attribution gives: "Thursday, 26 November 2026 16:42",
    "Tue, Nov 24, 2026 at 11:30 AM", "Tue, 24 Nov 2026 11:30:00 +0000", "2026-11-24 11:30";
    None when it gives none (or only a numeric one, "24/11/2026", which is either order)."""
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    iso = _ISO_DATE.search(text)
    if iso is not None:
        try:
            return datetime.date(*(int(part) for part in iso.groups()))
        except ValueError:
            return None
    year = YEAR.search(text)
    if year is None:
        return None
    found = trailing_date(text[: year.end()])
    return found[1] if found is not None and found[2] == DatePrecision.DAY else None


def without_disclaimers(numbers: list[int], words, skipped: set[int]) -> list[int]:
    """``numbers`` without the lines of a disclaimer's paragraph (and all after a
    disclaimer's title line), which are added to ``skipped``."""
    kept: list[int] = []
    previous = None
    in_disclaimer = to_end = False
    for number in numbers:
        text = words(number)
        paragraph_goes_on = previous is not None and number == previous + 1
        previous = number
        if to_end or _DISCLAIMER_TITLE.match(text.strip(" #")):
            to_end = True
        elif _DISCLAIMER.search(text):
            in_disclaimer = True
        elif not paragraph_goes_on:
            in_disclaimer = False
        if to_end or in_disclaimer:
            skipped.add(number)
        else:
            kept.append(number)
    return kept


def quoted_again(messages, words, skipped: set[int]) -> None:
    """Adds to ``skipped`` the quoted lines that say again, word for word, a line their
    sender's message gave before in the file: a thread printed whole shows a message, then
    quotes it in the reply below ("On Mon, Feb 16, 2026 at 5:12 PM Marcus Bell <…> wrote:" /
    "> Visits rose 9 percent last year."), one claim said once. ``messages``: (sender, quote
    depth, line numbers) of each message; ``words``: a line number's words."""
    said: list[tuple[int, str, int]] = sorted(
        (number, person_key(sender), depth)
        for sender, depth, numbers in messages
        for number in numbers
        if number not in skipped
    )
    seen: set[tuple[str, str]] = set()
    for number, sender, depth in said:
        text = " ".join(words(number).split())
        if not sender or not text:
            continue
        if depth and (sender, text) in seen:
            skipped.add(number)
        seen.add((sender, text))
