"""Emails: whose words each line is, and the lines that are nobody's claim.

An email thread pasted or saved as text holds several messages, each its sender's and dated
when it was sent: the newest on top, then the older ones below a header block (Outlook's
"-----Original Message-----" then "From:", "Sent:", "To:", "Subject:"; Gmail's
"---------- Forwarded message ---------"; Apple Mail's "Begin forwarded message:"; a saved
``.eml`` file's RFC 5322 headers) or an attribution ("On 24 Nov 2026, at 18:05, Rachel
Onyango <…> wrote:", Gmail's "On Tue, Nov 24, 2026 at 11:30 AM Ben Carver <…> wrote:"),
quoted with ">" marks. A letter is its signer's (``letters``).

``mail_layout`` reads such a document before its lines are read as notes: where each
message (or the letter) starts, with its sender (or signer) as the section's speaker and its
date and subject as the section's source; the lines that are no claim (headers, separators,
attributions, salutations, sign-offs, signatures, a device's "Sent from my iPhone", legal
disclaimers, a forwarding note's housekeeping); and each line's words without its quote
marks or the vocative that opens a message ("Rachel - …"). Pure functions, no database.
"""

import datetime
import email.utils
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from claims.choices import DatePrecision, SourceKind
from claims.importing.cues import lone_first_name
from claims.importing.gmail import GmailPage, gmail_page
from claims.importing.letters import letter_layout
from claims.importing.mail_parts import (
    CLOSING,
    CLOSING_WORDS,
    OPENING,
    QUOTE_MARKS,
    ROLE_WORDS,
    SALUTATION,
    SIGN_DASH,
    YEAR,
    Layout,
    quoted_again,
    sent_on,
    unquoted,
    without_disclaimers,
)
from claims.importing.mime import RFC_HEADER, mime_body, rfc_block
from claims.importing.names import person_key, reads_as_name
from claims.importing.parsing import split_sentences
from claims.importing.pdf_panels import sentences_by_line

_HEADER = re.compile(
    r"^\**(?P<name>From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Importance|Attachments)\**:\**"
    r"\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^(?:-{2,}\s*(?:Original Message|Forwarded message|Forwarded by[^-]*)\s*-{2,}"
    r"|Begin forwarded message:|_{10,}|-{10,})$",
    re.IGNORECASE,
)
_WROTE = re.compile(r"^(?P<on>On\s+)?(?P<said>[^<>]+?)\s*(?:<(?P<address>[^<>]*)>)?\s+wrote:$")
# What parts an attribution's date from the sender's name: "24 Nov 2026, at 18:05, Name",
# "Tue, Nov 24, 2026 at 11:30 AM Name".
_BEFORE_NAME = re.compile(r",|\b[AaPp]\.?[Mm]\.?(?=\s)|\d{1,2}[:.]\d\d(?::\d\d)?|\b(?:19|20)\d\d\b")
_SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|wg|sv|\[external\])\s*:\s*)+", re.IGNORECASE)
_DEVICE = re.compile(
    r"^(?:sent\s+(?:from|via|with)\s+(?:my\s+)?\w[\w\s-]{0,30}|get\s+outlook\s+for\s+\w+"
    r"|sent\s+from\s+outlook(?:\s+for\s+\w+)?)\.?$",
    re.IGNORECASE,
)
# Whom a message opens by addressing, before its words: "Rachel - …", "Hi Ben, …", "All, …".
_ADDRESSEE = (
    r"^(?:(?i:hi|hey|hello|morning|dear)\s+)?(?P<who>(?i:all|team|everyone|folks|guys|both)"
    r"|[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+)?)"
)
_VOCATIVE = re.compile(_ADDRESSEE + r"\s*(?:,|\s[-–—]|:)\s+(?=\S)")
_ADDRESS_ONLY = re.compile(_ADDRESSEE + r"\s*[,:!—–-]?$")
_GROUP_WORDS = frozenset({"all", "team", "everyone", "folks", "guys", "both"})
# The housekeeping of a forwarding or covering note: "forwarding the thread below so …",
# "FYI, see below.", "Looping in Tom.", "See attached."; of a reply: "Jumping in on question 3
# since Renata copied me.", "Answers below, and you can quote me by name.", "Following up on
# our call.", "Three quick things for Thursday's story:".
_HOUSEKEEPING = re.compile(
    r"^(?:fyi\b[,:]?\s*)?(?:(?:i'?m\s+|i\s+am\s+)?forwarding\b|fwd\b|see\s+(?:the\s+)?"
    r"(?:thread|note|email|message|chain|trail|attached|below)\b|please\s+see\s+(?:below|attached)"
    r"|looping\s+in\b|adding\s+\w+(?:\s+\w+)?\s+(?:to|on)\s+(?:the|this)\s+(?:thread|chain)"
    r"|(?:see\s+)?(?:the\s+)?thread\s+below\b|fyi[.!]?$|resending\b"
    r"|sharing\s+(?:this\s+|below\s+)?(?:fyi|for\s+(?:the\s+record|visibility|info(?:rmation)?"
    r"|awareness|reference|context))[.!]?$"
    r"|(?:just\s+)?(?:jumping|chiming|weighing)\s+in(?:\s+(?:here|on\s+[^.!?,]{1,40}?))?"
    r"(?:,?\s+(?:since|as|because)\s+[^.!?]{1,60})?[.!]?$"
    r"|(?:(?:my\s+)?answers?\s+(?:are\s+)?(?:below|inline),?\s+and\s+)?you\s+(?:can|may)\s+quote"
    r"\s+me\b[^.!?,]{0,30}[.!]?$|(?:my\s+)?answers?\s+(?:are\s+)?(?:below|inline)[.!:]?$"
    r"|following\s+up\s+(?:on|from|after)\s+(?:our|my|your|the|this|yesterday's|today's)"
    r"\s+[\w'’-]+(?:\s+[\w'’-]+)?[.!]?$"
    r"|(?:a\s+few|a\s+couple\s+of|two|three|four|five|some)\s+(?:quick\s+)?"
    r"(?:things|questions|points|items|follow-ups)\b[^.!?]{0,60}:$)",
    re.IGNORECASE,
)
_SIGNATURE_PARTS = re.compile(r"\s*[|•·]\s*")
_LINE_ENDS = '.!?:;"”)'  # a line ending so ends its words, wrapped or not
# A mailing list archive's message page (Mailman's pipermail): the subject with the list's
# tag, the sender's name and address ("Tobias Wren tobias.wren at fastmail.net"), the date
# ("Tue Mar  3 18:52:09 UTC 2026"), then the archive's navigation around the words.
_LIST_SENDER = re.compile(r"^(?P<name>[^<>@\[\]]{2,60}?)\s+[\w.+-]+\s+at\s+[\w-]+(?:\.[\w-]+)+$")
_LIST_DATE = re.compile(r"^\w{3}\s+\w{3}\s+\d{1,2}\s+\d\d:\d\d:\d\d\s+[A-Z]{2,5}\s+\d{4}$")
_LIST_SUBJECT = re.compile(r"^\[[\w.-]{2,40}\]\s+\S")
_LIST_CHROME = re.compile(
    r"^(?:(?:previous|next) message(?: \(by thread\))?:\s.*|messages sorted by:.*"
    r"|more information about the .{1,60} mailing list|-{5,} next part -{5,}"
    r"|an html attachment was scrubbed\.{0,3}|url:\s*<[^<>]+>)$",
    re.IGNORECASE,
)


def mail_layout(lines: Sequence[str], today: datetime.date = datetime.date.max) -> Layout | None:
    """The layout of an email or a letter (see above), or None for any other document.

    Looks at the first ``OPENING`` and last ``CLOSING`` lines first: most documents are
    told apart there without reading the rest. Raises nothing.
    """
    opening = list(islice(lines, OPENING))
    page = gmail_page(lines, OPENING) if isinstance(lines, Sequence) else None
    if page is not None or any(_opens_mail(opening, i) for i in range(len(opening))):
        return _Thread(lines, today, page).layout()
    return letter_layout(lines, today)


def _opens_mail(opening: list[str], index: int) -> bool:
    """Whether line ``index`` starts a header block (a "From:" with a name or an address and
    a "Sent:", "Date:", "To:" or "Subject:" beside it) or is an attribution ("… wrote:")."""
    body = unquoted(opening[index])
    if body.startswith("On ") and (
        (body.endswith("wrote:") and ("@" in body or YEAR.search(body)))
        or (index + 1 < len(opening) and unquoted(opening[index + 1]).endswith("> wrote:"))
    ):
        return True
    if index == 0 and RFC_HEADER.match(body):
        names = {
            m.group("name").lower()
            for line in islice(opening, 0, opening.index("") if "" in opening else None)
            if (m := RFC_HEADER.match(line))
        }
        if {"from", "date"} <= names:
            return True
    if _list_sender(opening, index) is not None:
        return True
    if "rom" not in body[:8]:
        return False
    return _header_block(opening, index) is not None


def _list_sender(lines: Sequence[str], index: int) -> str | None:
    """The sender a mailing list archive's message page names at line ``index`` (the line
    under the subject, above the date: ``_LIST_SENDER``), or None."""
    found = _LIST_SENDER.match(lines[index].strip())
    if found is None or index + 1 >= len(lines) or not _LIST_DATE.match(lines[index + 1].strip()):
        return None
    return found.group("name")


def _depth(line: str) -> int:
    marks = QUOTE_MARKS.match(line)
    return marks.group(1).count(">") if marks else 0


def _header_block(lines: Sequence[str], start: int) -> dict[str, str] | None:
    """The headers of the block that starts at line index ``start`` ("From:" first, or any
    header of it when "From:" comes later), by lower-case name, with "_end" the index after
    it; None when the lines there are no sender's headers (a note's "From: the floor")."""
    headers: dict[str, str] = {}
    index = start
    while index < len(lines):
        match = _HEADER.match(unquoted(lines[index]))
        if match is None:
            break
        headers.setdefault(match.group("name").lower(), match.group("value").strip())
        index += 1
    sender = headers.get("from", "")
    if not sender or not ({"sent", "date", "to", "subject"} & headers.keys()):
        return None
    if "@" not in sender and not reads_as_name(_display_name(sender)):
        return None
    headers["_end"] = str(index)
    return headers


# A thread's few senders and addressees come again and again: each is parsed once.
_NAMES_KEPT = 256


@functools.lru_cache(maxsize=_NAMES_KEPT)
def _display_name(sender: str) -> str:
    """The name of "Ben Carver <b.carver@x.example>", "Carver, Ben <…>" (Ben Carver),
    "Ben Carver [mailto:…]"; "" for an address alone."""
    sender = re.sub(r"\s*\[mailto:[^\]]*\]", "", sender)
    if "<" in sender:  # what comes before the address, quoted or not ("Carver, Ben <…>")
        name = sender[: sender.index("<")]
    else:
        name, _ = email.utils.parseaddr(sender)
        name = name or ("" if "@" in sender else sender)
    name = name.strip().strip("\"'*")
    if name.count(",") == 1:  # Outlook's "Carver, Ben"
        last, first = (part.strip() for part in name.split(","))
        name = f"{first} {last}" if first and last else name
    return "" if "@" in name else name


def _subject(text: str) -> str:
    return _SUBJECT_PREFIX.sub("", text).strip()


@dataclass
class _Message:
    sender: str
    sent: datetime.date | None
    subject: str
    depth: int  # the quote depth of its words
    line: int  # where it starts (its header block or attribution)
    lines: list[int] = field(default_factory=list)  # its lines with words


class _Thread:
    """Reads an email thread into messages (see the module's docstring)."""

    def __init__(
        self, lines: Sequence[str], today: datetime.date, page: GmailPage | None = None
    ) -> None:
        self.lines = lines if isinstance(lines, list) else list(lines)
        self.today = today
        self.page = page  # a thread Gmail printed or the browser copied (``gmail``)
        self.found = Layout(quoted=True)
        self.messages: list[_Message] = []
        self.open: list[_Message] = []  # the messages whose quoted words may go on
        self.owner: _Message | None = None
        self.people: set[str] = set()  # the first names of the thread's senders and addressees
        self.decoded: dict[int, str] = {}  # line number → its text decoded (``mime_body``)

    def line(self, index: int) -> str:
        """The text of line index ``index``, decoded when the email's body is encoded."""
        return self.decoded.get(index + 1, self.lines[index]) if self.decoded else self.lines[index]

    def _address(self, *fields: str) -> None:
        """Who a message is addressed to ("To:", "Cc:"), by first name."""
        for value in fields:
            self.people.update(_addressees(value))

    def layout(self) -> Layout:
        index = 0
        gmail = self.page.chrome if self.page is not None else set()
        while index < len(self.lines):
            index = self._gmail(index) if index in gmail else self._read(index)
        self.people.update(_first(m.sender) for m in self.messages if m.sender)
        for message in self.messages:
            _MessageBody(self, message, self.people).read()
        for message in self.messages:
            self._unwrap(message)
        said = [(m.sender, m.depth, m.lines) for m in self.messages]
        quoted_again(said, lambda number: unquoted(self.line(number - 1)), self.found.skipped)
        self._drop_empty_openings()
        for number, text in self.decoded.items():
            self.found.texts.setdefault(number, QUOTE_MARKS.sub("", text))
        return self.found

    def _unwrap(self, message: _Message) -> None:
        """A message's paragraphs wrapped at a mail client's width (72 characters, as plain
        text mail is sent) made whole: each sentence on the line where it starts, the lines
        it wraps onto left without it ("I'd bet a round at" / "the sprint that 4.0 final slips
        to September."). A paragraph whose lines each end a sentence (a list) is left as it
        is. Lines of one paragraph follow one another, at one quote depth; a short line that
        ends no sentence ("The cash question" above a long line) is a heading, and a line
        longer than any mail client wraps at was never wrapped (``_goes_on``)."""
        run: list[tuple[int, str]] = []
        run_depth = 0  # the quote depth of the paragraph being read
        for number in [*message.lines, 0]:
            raw = self.line(number - 1) if number else ""
            text = self.found.text(number, raw).strip() if number else ""
            if (
                text
                and run
                and number == run[-1][0] + 1
                and _depth(raw) == run_depth
                and _goes_on(run[-1][1])
            ):
                run.append((number, text))
                continue
            if len(run) > 1 and any(t[-1] not in _LINE_ENDS for _, t in run[:-1]):
                placed = sentences_by_line(run)
                for line, _ in run:
                    self.found.texts[line] = " ".join(placed.get(line, ()))
            run, run_depth = ([(number, text)], _depth(raw)) if text else ([], 0)

    def _drop_empty_openings(self) -> None:
        """A return to a message for lines that are all no claim (a disclaimer below the
        quotes) opens no section."""
        found = self.found
        starts = sorted(found.opens)
        for start, end in zip(starts, [*starts[1:], len(self.lines) + 1], strict=True):
            if start != starts[0] and all(
                n in found.skipped or not self.lines[n - 1].strip() for n in range(start, end)
            ):
                del found.opens[start]

    def _read(self, index: int) -> int:
        if index + 1 in self.found.skipped:  # a MIME part's furniture
            return index + 1
        raw = self.line(index)
        body, depth = unquoted(raw), _depth(raw)
        if _SEPARATOR.match(body) or _LIST_CHROME.match(body):
            self.found.skipped.add(index + 1)
            return index + 1
        opened = self._rfc_headers(index) if index == 0 else None
        opened = opened if opened is not None or depth else self._list_header(index)
        if opened is not None:
            return opened
        block = _header_block(self.lines, index) if _HEADER.match(body) else None
        if block is not None:
            end = int(block["_end"])
            when = block.get("sent") or block.get("date") or ""
            self._open(index, block["from"], sent_on(when), block.get("subject"), depth, end)
            self._address(block.get("to", ""), block.get("cc", ""))
            return end
        attribution = self._attribution(index, body)
        if attribution is not None:
            return attribution
        if body:
            owner = next((m for m in reversed(self.open) if m.depth <= depth), None)
            owner = owner or (self.open[0] if self.open else None)
            if owner is None:  # a note above the first header: its sender's, unnamed
                owner = _Message("", None, "", 0, 1)
                self.open.append(owner)
                self.messages.append(owner)
                self.owner = owner
            self._switch(owner, index + 1)
            owner.lines.append(index + 1)
        return index + 1

    def _list_header(self, index: int) -> int | None:
        """A mailing list archive's message header at ``index`` (``_LIST_SENDER``; its subject
        line above, its date below) opens the sender's message: the index after it, or
        None."""
        sender = _list_sender(self.lines, index)
        if sender is None:
            return None
        above = self.lines[index - 1].strip() if index else ""
        subject = above if _LIST_SUBJECT.match(above) else ""
        if subject:
            self.found.skipped.add(index)  # the subject line above, with the list's tag
        when = sent_on(" ".join(self.lines[index + 1].split()))
        self._open(index, sender, when, re.sub(r"^\[[^\]]+\]\s*", "", subject), 0, index + 2)
        return index + 2

    def _gmail(self, index: int) -> int:
        """A Gmail header opens its sender's message; the page's own lines are no claim."""
        header = self.page.headers.get(index)
        if header is None:
            self.found.skipped.add(index + 1)
            return index + 1
        self._open(index, header.sender, sent_on(header.when), self.page.subject, 0, header.end)
        self.people.update(_first(name) for name in header.to)
        return header.end

    def _rfc_headers(self, index: int) -> int | None:
        """A saved .eml file's header block, up to its blank line: the index after it, or
        None when the file opens otherwise. Its MIME body is read (``mime_body``)."""
        headers = rfc_block(self.lines, index)
        if headers is None:
            return None
        end = int(headers["_end"])
        subject = headers.get("subject", "")
        self._open(index, headers["from"], sent_on(headers["date"]), subject, 0, end)
        self._address(headers.get("to", ""), headers.get("cc", ""))
        self.decoded = mime_body(self.lines, end, headers, self.found.skipped)
        return end

    def _attribution(self, index: int, body: str) -> int | None:
        """An "On …, Name <…> wrote:" line (Gmail may wrap it after "<"): opens the message
        quoted below it. The index after it, or None."""
        if "wrote:" not in body and not body.startswith("On "):
            return None
        text, end = body, index + 1
        if not body.endswith("wrote:") and end < len(self.lines):
            following = unquoted(self.line(end))
            if not following.endswith("wrote:") or len(following) > 80:
                return None
            text, end = f"{body}{'' if body.endswith('<') else ' '}{following}", end + 1
        match = _WROTE.match(text)
        if match is None:
            return None
        who, when = _who_and_when(match)
        if not who:
            return None
        depth = max(_depth(self.line(index)), self._next_depth(end))
        subject = self.owner.subject if self.owner else ""
        self._open(index, who, sent_on(when) if when else None, subject, depth, end)
        return end

    def _next_depth(self, index: int) -> int:
        """The quote depth of the first line with words from ``index``."""
        for line in islice(self.lines, index, index + 5):
            if unquoted(line):
                return _depth(line)
        return 0

    def _open(self, index, sender, sent, subject, depth, end) -> None:  # noqa: PLR0917
        """A message starts at line index ``index``; its header lines, to ``end``, are none
        of its words."""
        subject = _subject(subject) if subject is not None else ""
        if not subject and self.messages:
            subject = self.messages[-1].subject
        message = _Message(_display_name(sender) or sender.strip(), sent, subject, depth, index + 1)
        self.open = [m for m in self.open if m.depth < depth]
        self.open.append(message)
        self.messages.append(message)
        self.found.skipped.update(range(index + 1, end + 1))
        self._switch(message, index + 1)

    def _switch(self, message: _Message, line: int) -> None:
        if message is self.owner:
            return
        self.owner = message
        self.found.opens[line] = self._section(message)

    def _section(self, message: _Message) -> dict:
        fields = {
            "speaker": message.sender if reads_as_name(message.sender) else "",
            "heading": message.sender,
            "kind": SourceKind.OTHER,
        }
        if message.sent is not None:
            fields.update(
                title=message.subject or f"Email from {message.sender}",
                published_on=message.sent,
                precision=DatePrecision.DAY,
            )
            if message.sent > self.today:
                fields["date_problem"] = f"({message.sent:%d %B %Y}) is after today"
        return fields


@functools.lru_cache(maxsize=_NAMES_KEPT)
def _addressees(value: str) -> frozenset[str]:
    """The first names of those a "To:" or "Cc:" header names ("Rachel Onyango <…>; Macro
    Desk <…>": rachel, macro)."""
    found = email.utils.getaddresses([value.replace(";", ",")]) if value else []
    return frozenset(_first(_display_name(name)) for name, _ in found if name)


def _who_and_when(match: re.Match) -> tuple[str, str]:
    """Who wrote, and when, by an attribution: "On 24 Nov 2026, at 18:05, Rachel Onyango
    <…> wrote:" gives ("Rachel Onyango", "24 Nov 2026, at 18:05"); "Ben Carver <…> wrote:"
    ("Ben Carver", ""). ("", "") when it names nobody."""
    said, address = match.group("said"), match.group("address") or ""
    when = ""
    if match.group("on"):
        cuts = list(_BEFORE_NAME.finditer(said))
        if not cuts:
            return "", ""
        when, said = said[: cuts[-1].end()].strip(" ,"), said[cuts[-1].end() :]
    who = said.strip(" ,")
    if "@" not in who and not reads_as_name(who) and not (who.istitle() and len(who.split()) <= 3):
        who = address if "@" in address else ""
    return who, when


def _first(name: str) -> str:
    return person_key(name).split(" ")[0] if person_key(name) else ""


class _MessageBody:
    """One message's lines: its opening vocative, housekeeping, sign-off, signature and
    disclaimers (see the module's docstring)."""

    def __init__(self, thread: _Thread, message: _Message, people: set[str]) -> None:
        self.thread, self.message, self.people = thread, message, people
        self.found = thread.found

    def words(self, number: int) -> str:
        return unquoted(self.thread.line(number - 1)).strip("*_ ")

    def read(self) -> None:
        numbers = [n for n in self.message.lines if n not in self.found.skipped]
        numbers = without_disclaimers(numbers, self.words, self.found.skipped)
        numbers = self._without_signature(numbers)
        if numbers:
            self._opening(numbers[0])
        for number in numbers:
            self._housekeeping(number)

    def _without_signature(self, numbers: list[int]) -> list[int]:
        tail = numbers[-CLOSING:]
        cut = next(
            (i for i, n in enumerate(tail) if self._signs_off(self.words(n), tail[i:])), None
        )
        if cut is None:
            return numbers
        self.found.skipped.update(tail[cut:])
        return numbers[: len(numbers) - len(tail) + cut]

    def _signs_off(self, words: str, rest: list[int]) -> bool:
        """Whether the line with ``words`` signs the message off, the lines of ``rest`` after
        it all a signature's."""
        if words == "--" or _DEVICE.match(words):
            return all(len(self.words(n)) <= 120 for n in rest)
        if not (self._senders_name(words) or CLOSING_WORDS.match(words) or self._card(words)):
            return False
        return all(self._signature_line(self.words(n)) for n in rest[1:])

    def _senders_name(self, words: str) -> bool:
        """ "Rachel", "Ben Carver", "- Ben", "B.": the sender signing."""
        words = SIGN_DASH.sub(r"\g<name>", words).strip(" .,")
        sender = person_key(self.message.sender)
        if not sender:  # a note above the headers, signed by whoever sent it
            return reads_as_name(words) or lone_first_name(words)
        if not words:
            return False
        key = person_key(words)
        return key in (sender, sender.split(" ")[0]) or (
            len(words) <= 3
            and words.replace(".", "").isupper()
            and key.replace(" ", "") in (_initials(sender), sender[:1])
        )

    def _card(self, words: str) -> bool:
        """ "Ben Carver | Senior Economist | Harcourt Capital": a signature card."""
        parts = _SIGNATURE_PARTS.split(words)
        return len(parts) > 1 and self._senders_name(parts[0])

    def _signature_line(self, words: str) -> bool:
        return bool(
            self._senders_name(words)
            or self._card(words)
            or _DEVICE.match(words)
            or (len(words) <= 80 and not words.endswith((".", "!", "?")))
            or ROLE_WORDS.search(words)
        )

    def _opening(self, number: int) -> None:
        """The vocative opening the message's first line ("Rachel - respectfully …", "Hi all,")
        is no one's words; a line that only addresses or greets is no claim."""
        words = self.words(number)
        only = _ADDRESS_ONLY.match(words)
        if SALUTATION.match(words) or (only and self._addressed(only.group("who"))):
            self.found.skipped.add(number)
            return
        match = _VOCATIVE.match(words)
        if match is not None and self._addressed(match.group("who")):
            self.found.texts[number] = words[match.end() :]

    def _addressed(self, who: str) -> bool:
        """Whether ``who`` is the thread's people or a group of them ("all", "team")."""
        words = who.split()
        return (
            who.lower() in _GROUP_WORDS
            or person_key(who).split(" ")[0] in self.people
            or (len(words) == 1 and lone_first_name(who))
        )

    def _housekeeping(self, number: int) -> None:
        """A sentence that only forwards, loops in or points below is no claim."""
        words = self.found.texts.get(number) or self.words(number)
        kept = [s for _, s in split_sentences(words) if not _HOUSEKEEPING.match(s)]
        if len(kept) == len(list(split_sentences(words))):
            return
        if kept:
            self.found.texts[number] = " ".join(kept)
        else:
            self.found.skipped.add(number)


def _initials(name: str) -> str:
    return "".join(word[:1] for word in person_key(name).split())


# A line a mail client wrapped is near its width: 72 characters as plain text mail is sent
# (RFC 3676's 78 at most, a few more for a quote's marks); one far shorter that ends no
# sentence is a heading or a list's item, one far longer a paragraph never wrapped.
_WRAPPED_LENGTHS = range(40, 101)


def _goes_on(text: str) -> bool:
    """Whether the paragraph may go on past ``text`` onto the next line: it ends a
    sentence (a list's lines are read whole later), or it is as long as a wrapped line."""
    return text[-1:] in _LINE_ENDS or len(text) in _WRAPPED_LENGTHS
