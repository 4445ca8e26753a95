"""Emails and letters: whose words each line is, and the lines that are nobody's claim.

An email thread pasted or saved as text holds several messages, each its sender's and dated
when it was sent: the newest on top, then the older ones below a header block (Outlook's
"-----Original Message-----" then "From:", "Sent:", "To:", "Subject:"; Gmail's
"---------- Forwarded message ---------"; Apple Mail's "Begin forwarded message:"; a saved
``.eml`` file's RFC 5322 headers) or an attribution ("On 24 Nov 2026, at 18:05, Rachel
Onyango <…> wrote:", Gmail's "On Tue, Nov 24, 2026 at 11:30 AM Ben Carver <…> wrote:"),
quoted with ">" marks. A letter (an investor letter, an open letter, an op-ed) is its
signer's: YAML front matter ("---" / "author:" / "date:" / "---"), a salutation ("Dear
fellow shareholders,"), a closing ("Sincerely,", "Thank you, as always, …") and a signature
block ("Ingrid Solberg" / "Chief Executive Officer, Halcyon Orbital, Inc.").

``mail_layout`` reads such a document before its lines are read as notes: where each
message (or the letter) starts, with its sender (or signer) as the section's speaker and its
date and subject as the section's source; the lines that are no claim (headers, separators,
attributions, salutations, sign-offs, signatures, a device's "Sent from my iPhone", legal
disclaimers, a forwarding note's housekeeping); and each line's words without its quote
marks or the vocative that opens a message ("Rachel - …"). Pure functions, no database.
"""

import datetime
import email.header
import email.utils
import functools
import quopri
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from claims.choices import DatePrecision, SourceKind
from claims.importing.cues import lone_first_name
from claims.importing.headings import trailing_date
from claims.importing.names import person_key, reads_as_name
from claims.importing.parsing import split_sentences

# How far into a document the signs of an email or a letter are looked for, and how far from
# its end a letter's closing and signature are.
_OPENING = 40
_CLOSING = 12
_TAIL = 24

_QUOTE_MARKS = re.compile(r"^\s*((?:>\s?)+)")
_HEADER = re.compile(
    r"^\**(?P<name>From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Importance|Attachments)\**:\**"
    r"\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# Any RFC 5322 header ("Message-ID: <…>", "X-Mailer: …"), in a saved .eml file's opening.
_RFC_HEADER = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9-]{1,40}):\s*(?P<value>.*)$")
_SEPARATOR = re.compile(
    r"^(?:-{2,}\s*(?:Original Message|Forwarded message|Forwarded by[^-]*)\s*-{2,}"
    r"|Begin forwarded message:|_{10,}|-{10,})$",
    re.IGNORECASE,
)
_WROTE = re.compile(r"^(?P<on>On\s+)?(?P<said>[^<>]+?)\s*(?:<(?P<address>[^<>]*)>)?\s+wrote:$")
# What parts an attribution's date from the sender's name: "24 Nov 2026, at 18:05, Name",
# "Tue, Nov 24, 2026 at 11:30 AM Name".
_BEFORE_NAME = re.compile(r",|\b[AaPp]\.?[Mm]\.?(?=\s)|\d{1,2}[:.]\d\d(?::\d\d)?|\b(?:19|20)\d\d\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b")
_SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|wg|sv|\[external\])\s*:\s*)+", re.IGNORECASE)

# Sign-offs and what mail programs add below a message.
_CLOSING_WORDS = re.compile(
    r"^(?:best(?:\s+wishes|\s+regards)?|kind(?:est)?\s+regards|warm(?:est)?\s+regards|regards"
    r"|many\s+thanks|thanks(?:\s+(?:again|all|so\s+much))?|thank\s+you|cheers|sincerely"
    r"|yours(?:\s+(?:sincerely|faithfully|truly|ever))?|(?:very\s+)?truly\s+yours|respectfully"
    r"|with\s+(?:best\s+wishes|gratitude|thanks|appreciation)|all\s+the\s+best|speak\s+soon"
    r"|talk\s+soon|rgds|br|ta)\b[,.!]?(?:\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?"
    r"[,.!]?$",
    re.IGNORECASE,
)
_DEVICE = re.compile(
    r"^(?:sent\s+(?:from|via|with)\s+(?:my\s+)?\w[\w\s-]{0,30}|get\s+outlook\s+for\s+\w+"
    r"|sent\s+from\s+outlook(?:\s+for\s+\w+)?)\.?$",
    re.IGNORECASE,
)
# A letter's greeting: "Dear fellow shareholders,", "To our shareholders:", "Hi all,".
_SALUTATION = re.compile(
    r"^(?:(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening))\b[^.!?]{0,60}"
    r"|to\s+(?:our|my|all|the)\b[^.!?]{0,60}|(?:fellow|dear)\s+\w+(?:\s+\w+)?)[,:]$",
    re.IGNORECASE,
)
# Whom a message opens by addressing, before its words: "Rachel - …", "Hi Ben, …", "All, …".
_ADDRESSEE = (
    r"^(?:(?i:hi|hey|hello|morning|dear)\s+)?(?P<who>(?i:all|team|everyone|folks|guys|both)"
    r"|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
)
_VOCATIVE = re.compile(_ADDRESSEE + r"\s*(?:,|\s[-–—]|:)\s+(?=\S)")
_ADDRESS_ONLY = re.compile(_ADDRESSEE + r"\s*[,:!—–-]?$")
_GROUP_WORDS = frozenset({"all", "team", "everyone", "folks", "guys", "both"})
# The housekeeping of a forwarding or covering note: "forwarding the thread below so …",
# "FYI, see below.", "Looping in Tom.", "See attached."
_HOUSEKEEPING = re.compile(
    r"^(?:fyi\b[,:]?\s*)?(?:(?:i'?m\s+|i\s+am\s+)?forwarding\b|fwd\b|see\s+(?:the\s+)?"
    r"(?:thread|note|email|message|chain|trail|attached|below)\b|please\s+see\s+(?:below|attached)"
    r"|looping\s+in\b|adding\s+\w+(?:\s+\w+)?\s+(?:to|on)\s+(?:the|this)\s+(?:thread|chain)"
    r"|(?:see\s+)?(?:the\s+)?thread\s+below\b|fyi[.!]?$|resending\b"
    r"|sharing\s+(?:this\s+|below\s+)?(?:fyi|for\s+(?:the\s+record|visibility|info(?:rmation)?"
    r"|awareness|reference|context))[.!]?$)",
    re.IGNORECASE,
)
# Legal text at the foot of an email or a company's letter.
_DISCLAIMER = re.compile(
    r"(?i)forward-looking\s+statements?|safe\s+harbou?r|intended\s+(?:solely|only)\s+for"
    r"|(?:this|the)\s+(?:e-?mail|message|communication)(?:\s+and\s+any\s+(?:attachments|files))?"
    r"\s+(?:is|are|may\s+be|contains?)\s+(?:confidential|privileged|intended)"
    r"|received\s+this\s+(?:e-?mail|message|communication)\s+in\s+error"
    r"|nothing\s+in\s+this\s+(?:e-?mail|message|letter|communication)\s+(?:constitutes|is)"
    r"|authori[sz]ed\s+and\s+regulated\s+by|does\s+not\s+constitute\s+(?:investment\s+)?advice"
)
_DISCLAIMER_TITLE = re.compile(
    r"(?i)^(?:disclaimer|legal\s+notice|important\s+information|(?:cautionary\s+(?:note|"
    r"statement)\s+(?:regarding|concerning|on)\s+)?forward-looking\s+statements)[:.]?$"
)
_SIGNATURE_PARTS = re.compile(r"\s*[|•·]\s*")
_ROLE_WORDS = re.compile(
    r"(?i)\b(?:chief|officer|president|ceo|cfo|coo|cto|chair(?:man|woman|person)?|director"
    r"|founder|co-founder|governor|minister|secretary|partner|editor|economist|analyst|strategist"
    r"|manager|head|lead|vice|principal|professor|trustee|treasurer|mayor|senator|counsel)\b"
)
# What a role line never holds: a sentence's end ("Inc." is none) or a verb of saying.
_SENTENCE_END = re.compile(r"(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bJr)(?<!\bLLC)[.!?]$")
_CLAUSE = re.compile(r"(?i)\b(?:said|says|told|will|would|is|are|was|were|has|have)\b")
_SIGN_DASH = re.compile(r"^(?:—|–|-{1,2})\s*(?P<name>[^—–-].*)$")
_BYLINE = re.compile(r"^\(?By\s+(?P<name>[^,;|()—–]+?)\s*(?:[,|—–].*)?\)?$")
_OPINION = re.compile(
    r"(?i)^(?:opinion|op-ed|guest\s+(?:essay|column|opinion)|commentary|comment|viewpoint"
    r"|perspective|letter\s+to\s+the\s+editor)(?:\s*[|:—–-].*)?$"
)
_BOUNDARY = re.compile(r'boundary=(?:"([^"]+)"|([^\s;]+))', re.IGNORECASE)
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z][\w-]*)\s*:\s*(?P<value>.*)$")
_HEADING = re.compile(r"^#{1,6}\s")


@dataclass
class Layout:
    """What ``mail_layout`` found: ``opens`` maps the line where a message or the letter
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
        if number in self.skipped or (self.letter and raw[:1] == "#" and _HEADING.match(raw)):
            return ""
        if number in self.texts:
            return self.texts[number]
        return _QUOTE_MARKS.sub("", raw) if self.quoted and ">" in raw[:8] else raw


def mail_layout(lines: Sequence[str], today: datetime.date = datetime.date.max) -> Layout | None:
    """The layout of an email or a letter (see above), or None for any other document.

    Looks at the first ``_OPENING`` and last ``_CLOSING`` lines first: most documents are
    told apart there without reading the rest. Raises nothing.
    """
    opening = list(islice(lines, _OPENING))
    if any(_opens_mail(opening, i) for i in range(len(opening))):
        return _Thread(lines, today).layout()
    return _letter(lines, today)


def _opens_mail(opening: list[str], index: int) -> bool:
    """Whether line ``index`` starts a header block (a "From:" with a name or an address and
    a "Sent:", "Date:", "To:" or "Subject:" beside it) or is an attribution ("… wrote:")."""
    body = _unquoted(opening[index])
    if body.startswith("On ") and (
        (body.endswith("wrote:") and ("@" in body or _YEAR.search(body)))
        or (index + 1 < len(opening) and _unquoted(opening[index + 1]).endswith("> wrote:"))
    ):
        return True
    if index == 0 and _RFC_HEADER.match(body):
        names = {
            m.group("name").lower()
            for line in islice(opening, 0, opening.index("") if "" in opening else None)
            if (m := _RFC_HEADER.match(line))
        }
        if {"from", "date"} <= names:
            return True
    if "rom" not in body[:8]:
        return False
    return _header_block(opening, index) is not None


def _unquoted(line: str) -> str:
    return _QUOTE_MARKS.sub("", line).strip() if ">" in line[:8] else line.strip()


def _depth(line: str) -> int:
    marks = _QUOTE_MARKS.match(line)
    return marks.group(1).count(">") if marks else 0


def _header_block(lines: Sequence[str], start: int) -> dict[str, str] | None:
    """The headers of the block that starts at line index ``start`` ("From:" first, or any
    header of it when "From:" comes later), by lower-case name, with "_end" the index after
    it; None when the lines there are no sender's headers (a note's "From: the floor")."""
    headers: dict[str, str] = {}
    index = start
    while index < len(lines):
        match = _HEADER.match(_unquoted(lines[index]))
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
    """The name of "Ben Carver <b.carver@x.example>", "\"Carver, Ben\" <…>" (Ben Carver),
    "Ben Carver [mailto:…]"; "" for an address alone."""
    sender = re.sub(r"\s*\[mailto:[^\]]*\]", "", sender)
    name, _ = email.utils.parseaddr(sender)
    if not name and "@" not in sender:
        name = sender
    name = name.strip().strip("\"'*")
    if name.count(",") == 1:  # Outlook's "Carver, Ben"
        last, first = (part.strip() for part in name.split(","))
        name = f"{first} {last}" if first and last else name
    return "" if "@" in name else name


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
    year = _YEAR.search(text)
    if year is None:
        return None
    found = trailing_date(text[: year.end()])
    return found[1] if found is not None and found[2] == DatePrecision.DAY else None


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

    def __init__(self, lines: Sequence[str], today: datetime.date) -> None:
        self.lines = lines if isinstance(lines, list) else list(lines)
        self.today = today
        self.found = Layout(quoted=True)
        self.messages: list[_Message] = []
        self.open: list[_Message] = []  # the messages whose quoted words may go on
        self.owner: _Message | None = None
        self.people: set[str] = set()  # the first names of the thread's senders and addressees
        self.decoded: dict[int, str] = {}  # line number → its text decoded (``_mime_body``)

    def line(self, index: int) -> str:
        """The text of line index ``index``, decoded when the email's body is encoded."""
        return self.decoded.get(index + 1, self.lines[index]) if self.decoded else self.lines[index]

    def _address(self, *fields: str) -> None:
        """Who a message is addressed to ("To:", "Cc:"), by first name."""
        for value in fields:
            self.people.update(_addressees(value))

    def layout(self) -> Layout:
        index = 0
        while index < len(self.lines):
            index = self._read(index)
        self.people.update(_first(m.sender) for m in self.messages if m.sender)
        for message in self.messages:
            _MessageBody(self, message, self.people).read()
        self._drop_empty_openings()
        for number, text in self.decoded.items():
            self.found.texts.setdefault(number, _QUOTE_MARKS.sub("", text))
        return self.found

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
        body, depth = _unquoted(raw), _depth(raw)
        if _SEPARATOR.match(body):
            self.found.skipped.add(index + 1)
            return index + 1
        rfc = self._rfc_headers(index) if index == 0 else None
        if rfc is not None:
            return rfc
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

    def _rfc_headers(self, index: int) -> int | None:
        """A saved .eml file's header block, up to its blank line: the index after it, or
        None when the file opens otherwise. Its MIME body is read (``_mime_body``)."""
        headers = _rfc_block(self.lines, index)
        if headers is None:
            return None
        end = int(headers["_end"])
        subject = headers.get("subject", "")
        self._open(index, headers["from"], sent_on(headers["date"]), subject, 0, end)
        self._address(headers.get("to", ""), headers.get("cc", ""))
        self.decoded = _mime_body(self.lines, end, headers, self.found.skipped)
        return end

    def _attribution(self, index: int, body: str) -> int | None:
        """An "On …, Name <…> wrote:" line (Gmail may wrap it after "<"): opens the message
        quoted below it. The index after it, or None."""
        if "wrote:" not in body and not body.startswith("On "):
            return None
        text, end = body, index + 1
        if not body.endswith("wrote:") and end < len(self.lines):
            following = _unquoted(self.line(end))
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
            if _unquoted(line):
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


def _rfc_block(lines: Sequence[str], start: int) -> dict[str, str] | None:
    """The RFC 5322 headers from line index ``start`` to the blank line, by lower-case name
    (folded lines joined, encoded words decoded), with "_end" the index of that blank line;
    None when a line there is no header, or no "From:" and "Date:" are among them."""
    headers: dict[str, str] = {}
    name, end = "", start
    while end < len(lines) and lines[end].strip():
        line = lines[end]
        match = _RFC_HEADER.match(line)
        if match and not line[:1].isspace():
            name = match.group("name").lower()
            headers.setdefault(name, match.group("value").strip())
        elif line[:1].isspace() and name:
            headers[name] = f"{headers[name]} {line.strip()}"
        else:
            return None
        end += 1
    if "from" not in headers or "date" not in headers or len(headers) < 3:
        return None
    for key in ("from", "subject", "to", "cc"):
        if "=?" in headers.get(key, ""):
            headers[key] = str(email.header.make_header(email.header.decode_header(headers[key])))
    headers["_end"] = str(end)
    return headers


def _mime_body(
    lines: Sequence[str], start: int, headers: dict[str, str], skipped: set[int]
) -> dict[int, str]:
    """The text of a saved email's body from line index ``start``: its lines decoded from
    quoted-printable (a line broken with "=" is read as one, at its first line's number), by
    number. MIME boundaries, part headers and parts other than plain text are added to
    ``skipped`` (a base64 part too: its text is not read)."""
    decoded: dict[int, str] = {}
    boundaries: set[str] = set()
    _add_boundary(headers.get("content-type", ""), boundaries)
    part = headers if not boundaries else None  # None: outside a text part
    index = start
    while index < len(lines):
        line = lines[index]
        if line.startswith("--") and line.strip()[2:].removesuffix("--") in boundaries:
            part = _rfc_part(lines, index + 1)
            end = int(part["_end"])
            skipped.update(range(index + 1, end + 1))
            _add_boundary(part.get("content-type", ""), boundaries)
            index = end
            continue
        kind = part.get("content-type", "text/plain").lower() if part is not None else ""
        encoding = part.get("content-transfer-encoding", "").lower() if part is not None else ""
        if not kind.startswith("text/plain") or "base64" in encoding:
            skipped.add(index + 1)
        elif "quoted-printable" in encoding:
            index = _quoted_printable(lines, index, _charset(kind), decoded, skipped)
            continue
        index += 1
    return decoded


def _rfc_part(lines: Sequence[str], start: int) -> dict[str, str]:
    """A MIME part's headers from line index ``start`` to its blank line ("_end": its
    index)."""
    headers: dict[str, str] = {}
    name, end = "", start
    while end < len(lines) and lines[end].strip():
        match = _RFC_HEADER.match(lines[end])
        if match and not lines[end][:1].isspace():
            name = match.group("name").lower()
            headers[name] = match.group("value").strip()
        elif name:
            headers[name] = f"{headers[name]} {lines[end].strip()}"
        end += 1
    headers["_end"] = str(end)
    return headers


def _add_boundary(content_type: str, boundaries: set[str]) -> None:
    found = _BOUNDARY.search(content_type)
    if found is not None:
        boundaries.add(found.group(1) or found.group(2))


def _charset(content_type: str) -> str:
    found = re.search(r'charset="?([\w.-]+)"?', content_type, re.IGNORECASE)
    return found.group(1) if found else "utf-8"


def _quoted_printable(
    lines: Sequence[str], index: int, charset: str, decoded: dict[int, str], skipped: set[int]
) -> int:
    """Decode the quoted-printable line at ``index`` and those its soft breaks ("=" at the
    end) join to it; the index after them."""
    end = index + 1
    while lines[end - 1].endswith("=") and end < len(lines):
        skipped.add(end + 1)
        end += 1
    raw = "\n".join(lines[index:end]).encode("ascii", "replace")
    try:
        text = quopri.decodestring(raw).decode(charset, "replace")
    except LookupError:  # a charset Python does not know
        text = quopri.decodestring(raw).decode("utf-8", "replace")
    decoded[index + 1] = text.replace("\n", " ")
    return end


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
        return _unquoted(self.thread.line(number - 1)).strip("*_ ")

    def read(self) -> None:
        numbers = [n for n in self.message.lines if n not in self.found.skipped]
        numbers = _without_disclaimers(numbers, self.words, self.found.skipped)
        numbers = self._without_signature(numbers)
        if numbers:
            self._opening(numbers[0])
        for number in numbers:
            self._housekeeping(number)

    def _without_signature(self, numbers: list[int]) -> list[int]:
        tail = numbers[-_CLOSING:]
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
        if not (self._senders_name(words) or _CLOSING_WORDS.match(words) or self._card(words)):
            return False
        return all(self._signature_line(self.words(n)) for n in rest[1:])

    def _senders_name(self, words: str) -> bool:
        """ "Rachel", "Ben Carver", "- Ben", "B.": the sender signing."""
        words = _SIGN_DASH.sub(r"\g<name>", words).strip(" .,")
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
            or _ROLE_WORDS.search(words)
        )

    def _opening(self, number: int) -> None:
        """The vocative opening the message's first line ("Rachel - respectfully …", "Hi all,")
        is no one's words; a line that only addresses or greets is no claim."""
        words = self.words(number)
        only = _ADDRESS_ONLY.match(words)
        if _SALUTATION.match(words) or (only and self._addressed(only.group("who"))):
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


def _without_disclaimers(numbers: list[int], words, skipped: set[int]) -> list[int]:
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


# ---- Letters.


@dataclass
class _FrontMatter:
    end: int = 0  # the number of its last line ("---"), 0 when there is none
    fields: dict[str, str] = field(default_factory=dict)


def _front_matter(lines: Sequence[str]) -> _FrontMatter:
    """A Markdown file's YAML front matter: "---", "key: value" lines, "---"."""
    head = list(islice(lines, _OPENING))
    if not head or head[0].strip() != "---":
        return _FrontMatter()
    fields: dict[str, str] = {}
    for index, line in enumerate(head[1:], start=2):
        if line.strip() in ("---", "..."):
            return _FrontMatter(index, fields) if fields else _FrontMatter()
        match = _FRONT_KEY.match(line.strip())
        if match:
            fields.setdefault(match.group("key").lower(), match.group("value").strip(" \"'"))
        elif line.strip() and not line[:1].isspace() and not line.lstrip().startswith("-"):
            return _FrontMatter()
    return _FrontMatter()


def _letter(lines: Sequence[str], today: datetime.date) -> Layout | None:
    """A letter's layout (see the module's docstring), or None when ``lines`` are no letter:
    a letter is signed under a closing or above the signer's role, or signed by a name alone
    (or "— Name") when it greets or its front matter's author is that name; or it is an
    opinion piece with a byline (``_op_ed``). Reads its opening and its last lines only."""
    front = _front_matter(lines)
    greeting = _greeting(lines, front.end)
    skipped: set[int] = set(range(1, front.end + 1))
    tail = _last_lines(lines, front.end)
    tail = _without_disclaimers(tail, lambda n: lines[n - 1].strip().strip("*_ "), skipped)
    signer, signed, sure = _signature(lines, tail)
    author = front.fields.get("author") or front.fields.get("by") or ""
    columnist, furniture = _op_ed(lines, front.end, tail)
    if not (sure or (signer and (greeting or signer == author)) or columnist):
        return None
    skipped.update(signed)
    skipped.update(furniture)
    signer = signer or columnist
    skipped.update(greeting)
    speaker = signer or author
    section = {"speaker": speaker if reads_as_name(speaker) else "", "heading": speaker}
    found_on = sent_on(front.fields.get("date", ""))
    if found_on is not None:
        section.update(
            title=front.fields.get("title") or _title(lines, front.end) or f"Letter from {speaker}",
            published_on=found_on,
            precision=DatePrecision.DAY,
            kind=SourceKind.ESSAY,
        )
        if found_on > today:
            section["date_problem"] = f"({found_on:%d %B %Y}) is after today"
    return Layout(opens={1: section}, skipped=skipped, letter=True)


def _op_ed(lines: Sequence[str], after: int, tail: list[int]) -> tuple[str, list[int]]:
    """An opinion piece's author, by its byline ("By Tomas Lind", under an "Opinion" or
    "Guest essay" mark, or with the author's line at its foot: "Tomas Lind is chair of …"),
    and the lines of its mark, byline and author's line. ("", []) for any other article:
    a news story's byline names its reporter, not who says what it reports."""
    opening = [
        n for n in range(after + 1, min(len(lines), after + _CLOSING) + 1) if lines[n - 1].strip()
    ][:6]
    found = next(
        ((n, m) for n in opening if (m := _BYLINE.match(lines[n - 1].strip().strip("*_ ")))), None
    )
    if found is None or not reads_as_name(found[1].group("name").strip()):
        return "", []
    number, byline = found
    name = byline.group("name").strip()
    marks = [n for n in opening if _OPINION.match(lines[n - 1].strip().strip("*_# "))]
    bio = [n for n in tail[-2:] if lines[n - 1].strip().strip("*_ ").startswith(f"{name} is ")]
    if not marks and not bio:
        return "", []
    return name, [number, *marks, *bio]


def _greeting(lines: Sequence[str], after: int) -> list[int]:
    """The numbers of a letter's salutation ("Dear fellow shareholders,") and of the titles
    above it ("# Q3 2026 Letter to Shareholders", "An open letter to the Mayor"); [] when
    none of its first lines greets."""
    seen: list[int] = []
    for number in range(after + 1, min(len(lines), after + _CLOSING) + 1):
        text = lines[number - 1].strip().strip("*_ ")
        if not text:
            continue
        if _SALUTATION.match(text):
            return [*seen, number]
        if len(seen) == 2 or not (_HEADING.match(text) or _title_line(text)):
            return []
        seen.append(number)
    return []


def _title_line(text: str) -> bool:
    return len(text.split()) <= 12 and not text.endswith((".", "!", "?", ",", ":"))


def _last_lines(lines: Sequence[str], after: int) -> list[int]:
    """The numbers of the last ``_TAIL`` lines with words, after line ``after``."""
    numbers: list[int] = []
    number = len(lines)
    while number > after and len(numbers) < _TAIL:
        if lines[number - 1].strip():
            numbers.append(number)
        number -= 1
    return numbers[::-1]


def _title(lines: Sequence[str], after: int) -> str:
    """The first heading among the lines after the front matter's, "" when none."""
    opening = islice(lines, after, after + _CLOSING)
    return next((line.lstrip("#").strip() for line in opening if _HEADING.match(line)), "")


def _signature(lines: Sequence[str], body: list[int]) -> tuple[str, list[int], bool]:
    """Who signs a letter and the lines of its closing and signature block: "Sincerely," /
    "Ingrid Solberg" / "Chief Executive Officer, …", "— Ingrid Solberg", "Thank you, …" /
    "Ingrid Solberg"; and whether the block is surely one (a closing, a dash or a role, not a
    name alone). ("", [], False) when its last lines sign nothing."""
    tail = body[-6:]
    for i, number in enumerate(tail):
        text = lines[number - 1].strip().strip("*_ ")
        name = _SIGN_DASH.sub(r"\g<name>", text).strip(" ,")
        if "," in name and _role_line(name.split(",", 1)[1]):  # "Marta Ruiz, Chief Executive"
            name = name.split(",")[0].strip()
        rest = tail[i + 1 :]
        if not reads_as_name(name) or not all(_role_line(lines[n - 1]) for n in rest):
            continue
        start = i
        if i and _closing(lines[tail[i - 1] - 1]):
            start = i - 1
        sure = start < i or bool(rest) or (name != text and text[:1] not in "—–-")
        return name, tail[start:], sure
    return "", [], False


def _role_line(line: str) -> bool:
    """ "Chief Executive Officer, Halcyon Orbital, Inc.", "Founder and Managing Partner"."""
    text = line.strip().strip("*_ ")
    return (
        len(text) <= 100
        and bool(_ROLE_WORDS.search(text))
        and not _SENTENCE_END.search(text)
        and not _CLAUSE.search(text)
    )


def _closing(line: str) -> bool:
    """ "Sincerely,", "With gratitude,", "Thank you, as always, for your patience and your
    trust.": what a letter says last before its signature."""
    text = line.strip().strip("*_ ")
    if _CLOSING_WORDS.match(text):
        return True
    lowered = text.lower()
    return lowered.startswith(("thank you", "thanks")) and len(text) <= 120 and " will " not in text
