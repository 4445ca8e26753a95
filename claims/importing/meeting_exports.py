"""The lines a meeting tool writes around a transcript it saves: never anybody's claim.

Google Meet saves a meeting's transcript as a document (and, downloaded, as text or
Markdown) in this shape::

    Elections Ops weekly sync - 2026/06/03 09:58 EDT - Transcript
    Attendees
    Grace Mbeki-Thornton, Hannah Kowalczyk, Luis Fernandes, Okonkwo Devereux
    Transcript
    This editable transcript was computer generated and might contain errors. People can
    also change the text after it was created.
    00:00:00
    Grace Mbeki-Thornton: Morning all. …
    Meeting ended after 00:31:47 👋

The attendees listed under their heading are the meeting's participants (``listing_heading``,
read as "Attendees: …" by the notes reader); the tool's notices (``tool_notice``) are the
document's own: Meet's "computer generated" notice and "Meeting ended after …", Teams'
"started transcription" and "stopped transcription", Otter's "Transcribed by
https://otter.ai", Zoom's "Recording started" and "Recording stopped", a transcription
service's "Transcript by Rev.com", "This transcript was exported on Sep 24, 2026 - view
latest version here." and its page footers ("Page 1 of 3").
Source of the shapes: Google Meet's transcripts as saved to Drive (support.google.com, "Use
transcripts with Google Meet"), Teams' and Otter's exported transcripts, Rev's transcripts
exported as documents.
"""

import re
from collections.abc import Sequence

# A heading that lists who takes part on the lines below it: "Attendees", "## Attendees",
# "Participants:", "Invited", "Present".
_LISTING_HEADING = re.compile(
    r"^(?:attendees|(?:corporate |conference call |call |company )?participants|invitees"
    r"|invited|present|attendance|people present"
    r"|in attendance|who was there)\s*:?$",
    re.IGNORECASE,
)
_NOTICE = re.compile(
    r"^(?:this editable transcript was computer generated\b.*"
    r"|meeting ended after \d{1,2}:\d{2}(?::\d{2})?\b.*"
    r"|transcribed by (?:https?://)?(?:www\.)?otter\.ai\S*"
    r"|(?:[\w .'’-]{1,60}\s+)?(?:started|stopped) transcription\.?"
    r"|transcription (?:started|stopped|ended)(?: by [\w .'’-]{1,60})?\.?"
    r"|recording (?:started|stopped|in progress)\.?"
    # A transcription service's page: "Transcript by Rev.com", "This transcript was exported
    # on Sep 24, 2026 - view latest version here.", and the page's footer "Page 1 of 3".
    r"|(?:transcript|transcription)\s+by\s+(?:rev|temi|scribie|trint|sonix|happy scribe)"
    r"(?:\.com)?"
    r"|this transcript was exported on [\w ,./-]{4,30}?\s*-?\s*view latest version here\.?"
    r"|page \d{1,4} of \d{1,4}"
    # A chamber's record: its clock ("12.14 hrs") and its marks on a speech ("* Translation of
    # speech originally delivered in Hindi.", "* Not recorded.").
    r"|\d{1,2}[.:]\d{2}\s*hrs\.?"
    r"|\*?\s*(?:english\s+)?translation of (?:the\s+)?speech originally (?:delivered|made)"
    r" in \w+\.?|\*?\s*not recorded\.?|\*?\s*expunged as ordered by the chair\.?"
    # A prediction market's feed: "Jane Whitlock bought M$50 YES at 61%".
    r"|[\w .'’-]{2,60}\s+(?:bought|sold)\s+(?:m\s*|ṁ\s*|mana\s+)?[\d,.]+k?\s+(?:of\s+)?"
    r"(?:yes|no)\b(?:\s+(?:at|@)\s+[\d.]+\s*%?)?"
    # A transcription tool's footer: "Exported with SpaceScribe Free - 2,184 words - 6
    # speakers detected".
    r"|exported (?:with|by|from) [\w .'’-]{2,40}?(?:\s+-\s+[\w ,.'’-]{2,40}){0,3})$",
    re.IGNORECASE,
)
_NOTICE_WORDS = (
    *("transcri", "meeting ended", "recording", "page", "bought", "sold", "exported", "hrs"),
    *("translation", "not recorded", "expunged"),
)


def listing_heading(text: str) -> bool:
    """Whether ``text`` (a heading's words, its "#" marks taken off) heads a list of who takes
    part on the lines below: "Attendees", "Participants:", "Present"; not "Attendees: Ana
    Ruiz" (a list of its own) nor "Attendance figures"."""
    return len(text) <= 32 and _LISTING_HEADING.match(text.strip(" *_")) is not None


def tool_notice(text: str) -> bool:
    """Whether ``text`` is a meeting tool's own notice in a saved transcript ("This editable
    transcript was computer generated …", "Meeting ended after 00:31:47 👋", "Ana Ruiz
    started transcription", "Transcribed by https://otter.ai", "Transcript by Rev.com",
    "Page 2 of 5" alone on its line), a prediction market's trade in its feed ("Jane Whitlock
    bought M$50 YES at 61%") and an export's footer ("Exported with SpaceScribe Free - 2,184
    words - 6 speakers detected"): no one's words."""
    lowered = text.lower()
    if not any(word in lowered for word in _NOTICE_WORDS):
        return False
    words = re.sub(r"[^\w\s:./'’-]+", " ", text).strip()
    return _NOTICE.match(words) is not None


# A transcription service's name where the export names its maker: "Transcribed by Sonix",
# "Transcript by Rev.com", "… was automatically transcribed by Sonix …".
_MAKER = re.compile(
    r"\b(?:transcribed|transcript(?:ion)?|exported|generated)\s+(?:by|with|from)\s+"
    r"(?:https?://)?(?:www\.)?(?P<tool>[A-Z][A-Za-z]{2,20})\b"
)
_MAKER_LINES = 6  # the export's header: where it names its maker


def tool_promotion(lines: Sequence[str]) -> frozenset[int]:
    """The 1-based numbers of the lines a transcription service adds to promote itself: in
    an export whose header names its maker ("Transcribed by Sonix"), the header's lines that
    name it again ("ep112.mp3: this mp3 audio file was automatically transcribed by Sonix
    …") and the closing block below the last blank line when a line of it names the maker
    ("Automatically convert your audio files to text with Sonix.", "Better audio means a
    higher transcript accuracy.", "Get the most out of your audio files with Sonix: …").
    Never anybody's words. Source: Sonix's and similar services' exported transcripts."""
    head = [line for line in lines[:_MAKER_LINES] if "ranscri" in line or "xported" in line]
    makers = {found["tool"] for line in head if (found := _MAKER.search(line))}
    makers -= {"The", "Our", "Hand", "Human"}
    if not makers:
        return frozenset()
    named = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(makers))) + r")\b")
    found = {n for n, line in enumerate(lines[:_MAKER_LINES], start=1) if named.search(line)}
    end = max((n for n, line in enumerate(lines, start=1) if line.strip()), default=0)
    last_blank = max((n for n in range(1, end) if not lines[n - 1].strip()), default=0)
    closing = range(last_blank + 1, end + 1)
    if last_blank and any(named.search(lines[n - 1]) for n in closing):
        found.update(closing)
    return frozenset(found)
