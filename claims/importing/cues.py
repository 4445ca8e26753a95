"""The shapes of a line in notes: speaker cues, the marks before a line's words, labels,
frame words and chapter titles.

Pure functions and patterns, no state: which of them a line is, in context, the notes
reader (``notes``) decides.
"""

import datetime
import re
from collections.abc import Iterable

from claims.importing.classify import looks_like_prediction
from claims.importing.names import LABEL_WORDS, is_placeholder, reads_as_name, role_cue

# A cue's label is short, unless brackets lengthen it: "Shareholder (Ms Anjali Rao, Brennock
# Employee Shareholders' Association):".
COLON_CUE = re.compile(r"^(?P<name>[^:]{1,60}?|[^:()]{1,40}\([^():]{1,100}\))\s*:\s*(?P<rest>.*)$")
# A committee's numbered question before its asker's cue: "Q1 Chair:", "Q12 Kieran Moss:".
QUESTION_NUMBER = re.compile(r"^Q\d{1,4}\s+(?=[A-Z])")
DASH_CUE = re.compile(r"^(?P<name>[^—–:]{1,60}?)\s+(?P<dash>—|–|--|-)\s+(?P<rest>.+)$")
SECTION_CUE = re.compile(
    r"^(?:guest|speaker|author|interviewee|with)\s*[:—–]\s*(?P<name>.+)$", re.IGNORECASE
)
HOST_CUE = re.compile(
    r"^(?:hosts?|interviewers?|moderators?|chairs?|chairperson|chairwoman|chairman|facilitators?)"
    r"\s*:\s*(?P<names>.+)$",
    re.IGNORECASE,
)
Q_DOT = re.compile(r"^Q\.\s+(?=\S)")
# A transcript's answer, after "Q." questions: "A. About 89 percent." ("A." alone could be
# an initial, "A. Smith said", so only where the document asks with "Q.").
A_DOT = re.compile(r"^A\.\s+(?=\S)")
MD_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
HEADING_WORDS = {"intro", "introduction", "outro", "summary", "notes", "q&a", "questions"}
# A timestamped line made of these words only is a chapter title ("00:00 Intro and sponsor").
CHAPTER_WORDS = HEADING_WORDS | {
    "sponsor",
    "sponsors",
    "ads",
    "ad",
    "break",
    "housekeeping",
    "wrap-up",
    "credits",
    "welcome",
    "and",
    "&",
    "the",
}
# A transcript tool's speaker line: a name and the time they start, alone on the line, their
# words below ("Tom Keene  0:03" from Otter, "Tom Keene (00:03):" from Rev, "[00:00:03]",
# "Tom Keene - 00:03" from Fireflies, "Tom Keene | 00:03"; the separator is no part of the
# name).
BLOCK_CUE = re.compile(
    # A role or an affiliation in parentheses may follow the name ("Marcus Ojukwu (Transit
    # Ops)   0:19" from Teams): ``notes_speaker_lines`` reads it as a ``Name (Role):`` cue's.
    # An account's handle stands for the name in a social audio room's export ("@rafiq_builds
    # 00:03:52").
    r"^(?P<name>@[A-Za-z0-9_.]{2,30}|[A-Za-z][\w'’.\- ]{0,60}?(?:\s*\([^()\d:]{1,40}\))?)"
    r"(?:\s+[-–—|·]\s*|\s*)"
    # A chat app's day before a wall-clock time: "Ravi Santangelo  Yesterday 4:40 PM",
    # "Isolde Branwell  3/9 9:05 AM" (a Teams channel's post, copied).
    r"(?:(?:Today|Yesterday|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)"
    r"\s+(?=\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]))?"
    r"[\[(]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})"
    # A meeting tool's wall-clock time ("Carla Mendes   10:02 AM"): no locator in the recording.
    r"(?P<clock>\s*[AaPp]\.?[Mm]\.?)?[\])]?:?$"
)
# What opens a line before its words, in any order and number: bullets ("-", "*", "•", "1."),
# quote and turn marks (">", ">>"), timestamps ("[03:10]", "(1:02:03)", "03:10 —").
MARKER = re.compile(
    r"^(?:(?P<bullet>[-–—*•·]|>+|\d{1,3}[.)](?=\s|$))"
    r"|[\[(]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})(?!\d)[\])]?(?:\s*[-–—|])?)\s*"
)
NOT_LABELS = {"http", "https", "e.g", "eg", "i.e", "ie", "nb", "ps", "note", "notes", "edit"}
# Frame words: they say what follows is a forecast or a summary, not what it is about.
FRAME_LABELS = {
    "forecast",
    "prediction",
    "predictions",
    "bottom line",
    "big picture",
    "takeaway",
    "take-away",
    "take away",
    "key takeaway",
    "key take-away",
    "takeaways",
    "take-aways",
    "key point",
    "key points",
    "main point",
    "the point",
    "note to self",
    "summary",
    "quote",
    "claim",
    "verdict",
    "thesis",
    "tl;dr",
    "tldr",
    "update",
    "aside",
    "source",
    "link",
    "links",
    "example",
    "todo",
    "why",
    "how",
    "what",
    "context",
    "background",
    # Discourse words a speaker opens a sentence with ("Also: we should stop…", "Honest
    # answer: …"): they frame the words, they name neither a subject nor a person.
    "also",
    "plus",
    "anyway",
    "btw",
    "fwiw",
    "honest answer",
    "short answer",
    "long answer",
    "my answer",
    "answer",
    # A research note's ratings and their definitions ("BUY: We expect the stock's total
    # return to exceed …", "Price target: $84"): a rating's name, never a person's.
    *("buy", "sell", "hold", "strong buy", "strong sell", "overweight", "underweight"),
    *("equal-weight", "equal weight", "neutral", "outperform", "underperform"),
    *("market perform", "sector perform", "accumulate", "reduce", "rating", "price target"),
}


MAX_LABEL_WORDS = 4
# Words that make a prefix before a colon a clause, not a label.
SENTENCE_WORDS = frozenset(
    (
        "is",
        "are",
        "was",
        "were",
        "be",
        "will",
        "would",
        "this",
        "that",
        "it",
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "said",
        "says",
        "think",
        "thinks",
        "my",
        "our",
    )
)
MAX_TITLE_WORDS = 10
TITLE_MARK = re.compile(
    r"\s[—–|]\s|\b(?:notes|show notes|episode|transcript|summary|minutes)\b", re.IGNORECASE
)


# Capitalised words a host's line opens with, never a host's name ("HOST: Welcome back").
NOT_HOST_NAMES = frozenset(
    (
        *("welcome", "thanks", "thank", "hi", "hello", "hey", "ok", "okay", "so", "yes", "no"),
        *("well", "good", "great", "today", "now", "alright", "right", "and", "but", "let's"),
    )
)


def declares(name: str) -> bool:
    """Whether a "Hosts:" line's name is a person's: "Sarah Guo", "Lex" (not "Welcome back")."""
    words = name.split()
    if len(words) == 1:
        return name[:1].isupper() and name.lower().rstrip(".!,") not in NOT_HOST_NAMES
    return reads_as_name(name)


def host_names(names: str) -> list[str]:
    parts = re.split(r",|&|\band\b", names)
    return [p.strip(" *_") for p in parts if p.strip(" *_")]


STRUCTURE_WORDS = frozenset(
    (
        *("update", "updates", "recap", "summary", "part", "episode", "ep", "chapter", "section"),
        *("segment", "round", "session", "day", "week", "q&a", "q & a", "qa", "ama", "intro"),
        *("introduction", "outro", "follow-up", "follow up", "followup", "follow-ups", "notes"),
        *("addendum", "postscript", "ps", "p.s", "correction", "corrections", "edit", "misc"),
        *("miscellaneous", "other", "highlights", "transcript", "timestamps", "chapters"),
        *("questions", "listener questions", "mailbag", "bonus", "preview", "review", "overview"),
        *("wrap-up", "wrap up", "housekeeping", "announcements", "news", "headlines"),
        *("opening", "closing", "closing thoughts", "final thoughts", "lightning round"),
        *("rapid fire", "rapid-fire", "part one", "part two", "part three", "live notes"),
        *("added later", "later", "earlier", "previously", "next", "then", "now", "today"),
    )
)
# A numeral, an ordinal, a date or a time after a structure word: "Part 2", "Update 3",
# "Day two", "Recap (June 2024)", "Update, March".
STRUCTURE_TAIL = re.compile(
    r"(?:\s*[,(#\-–—]?\s*(?:\d[\w/.\-: ]*|[ivx]+|one|two|three|four|five|first|second|third|"
    r"final|last|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d+)*)"
    r"\s*\)?)+$",
    re.IGNORECASE,
)


def frame_label(label: str) -> bool:
    """Whether a label before a colon names the document's frame, not a subject: a frame
    word ("Forecast", "Bottom line") or a part of the document ("Update (March)", "Recap",
    "Part 2", "Q&A", "Follow-up (June 2024)"). Such a label is never a topic to suggest."""
    lowered = " ".join(label.lower().split())
    if lowered in FRAME_LABELS or lowered in STRUCTURE_WORDS:
        return True
    base = STRUCTURE_TAIL.sub("", lowered).strip(" ,;-–—(")
    base = re.sub(r"\s*\([^()]*\)$", "", base).strip()
    return base in FRAME_LABELS or base in STRUCTURE_WORDS


def strip_markers(text: str) -> tuple[str, str, bool]:
    """A line without the marks that open it, in any order and number: bullets ("-", "*",
    "•", "1."), quote and turn marks (">", ">>") and timestamps ("[03:10]", "03:10 —").

    Returns the words, the last timestamp met ("" when none) and whether a bullet was met:
    "- [03:10] Tracy asked about Tesla" gives ("Tracy asked about Tesla", "03:10", True).
    """
    time, bullet = "", False
    while True:
        match = MARKER.match(text)
        if match is None or not match.group():
            return text, time, bullet
        if match.group("time"):
            time = match.group("time")
        else:
            bullet = True
        text = text[match.end() :]


def repeated_caps_cues(lines: Iterable[str]) -> frozenset[str]:
    """The one-word cues a document uses more than once: capitalised ("MAYA:", "HOST:"), or
    a transcript tool's speaker line with a first name alone ("Maya  0:03", "Maya - 0:03",
    "[00:01:02] Maya:", ``timed_label``). Each is a speaker's cue from its first use, as a
    label word is not repeated as a cue."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for line in lines:
        if ":" not in line:
            continue
        match = CAPS_CUE.match(strip_markers(line.strip())[0])
        word = match.group("word") if match else ""
        if not word:
            block = BLOCK_CUE.match(line.strip())
            name = block.group("name").strip() if block else timed_label(line)
            word = name if " " not in name and lone_first_name(name) else ""
        if not word:
            continue
        if word in seen:
            repeated.add(word)
        seen.add(word)
    return frozenset(w for w in repeated if one_caps_word(w) or lone_first_name(w))


# A speaker line with its time first and a colon after the label: "[00:01:02] Lena:",
# "00:04:10 Speaker 2:", "(1:02:03) Maya Chen:".
_TIMED_LABEL = re.compile(
    r"^[\[(]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?\s*[-–—|]?\s*"
    r"(?P<label>[A-Z][\w'’.-]{0,30}(?: [\w'’.-]{1,30}){0,3}):$"
)


def timed_label(line: str) -> str:
    """The label a transcript's speaker line gives after its time, alone on the line with
    its colon ("[00:01:02] Lena:" gives "Lena"; "00:04 Speaker 2:" "Speaker 2"); "" for any
    other line ("[00:01:02] Lena: words" is a cue and its words, "10:30 Agenda" no speaker
    line)."""
    match = _TIMED_LABEL.match(line.strip())
    return match.group("label") if match else ""


def block_cue(line: str) -> re.Match | None:
    """A transcript tool's speaker line as ``BLOCK_CUE`` reads it, its groups "name", "time"
    and "clock": the name first ("Tom Keene  0:03", "Tom Keene - 0:03", "Tom Keene | 0:03",
    "Speaker 1 (00:00:12):") or the time first with a colon after the name ("[00:01:02]
    Lena:", read as "Lena  00:01:02"). None for any other line. Whether the name is
    someone's is the reader's to decide (``notes_speaker_lines``)."""
    text = line.strip()
    match = BLOCK_CUE.match(text)
    if match is None and ":" in text[-1:]:
        timed = _TIMED_LABEL.match(text)
        if timed is not None:
            match = BLOCK_CUE.match(f"{timed.group('label')}  {timed.group('time')}")
    return match


def lone_first_name(word: str) -> bool:
    """ "Maya": one capitalised word that is no label word ("Recap  12:00")."""
    lowered = word.lower()
    return (
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and lowered not in LABEL_WORDS | FRAME_LABELS | NOT_LABELS | STRUCTURE_WORDS
        and lowered not in CHAPTER_WORDS
    )


CAPS_CUE = re.compile(r"^(?P<word>[A-Z][A-Z'’-]+)\s*:(?:\s|$)")


def transcript_cue(label: str) -> bool:
    """ "HOST", "Speaker 1", "MAYA", "MAYA CHEN": a label before a colon that only a
    transcript's speaker cue has, never a title's ("Odd Lots: The Year Ahead")."""
    return role_cue(label) is not None or is_placeholder(label) or caps_name(label)


def caps_name(label: str) -> bool:
    """ "KEVIN", "JANE DOE": a cue in capitals, as transcripts write them."""
    words = label.replace(".", " ").split()
    return bool(words) and all(one_caps_word(word) or word in ("DR", "MR", "MS") for word in words)


# Capitalised abbreviations notes use as labels ("AI:", "EVs:", "GDP:"), never a name.
ABBREVIATIONS = frozenset(
    (
        *("ai", "agi", "ml", "llm", "llms", "api", "ev", "evs", "us", "usa", "uk", "eu", "un"),
        *("gdp", "cpi", "fed", "ecb", "boe", "boj", "imf", "ipo", "ceo", "cfo", "cto", "vc"),
        *("pe", "esg", "etf", "etfs", "btc", "eth", "ar", "vr", "tv", "it", "hr", "pr", "faq"),
        *("fyi", "imo", "eta", "kpi", "roi", "saas", "qa", "ama", "tbd", "nb", "ps", "re"),
        *("opec", "nato", "sec", "ftc", "doj", "fda", "nasa", "spx", "gpu", "gpus", "cpu"),
    )
)


def one_caps_word(label: str) -> bool:
    """ "KEVIN", "DARIO": a cue in the all-caps style of transcripts (never a label word or
    an abbreviation such as "AI" or "GDP")."""
    lowered = label.lower()
    return (
        label.isalpha()
        and label.isupper()
        and len(label) > 1
        and lowered not in LABEL_WORDS | FRAME_LABELS | NOT_LABELS
        and lowered not in ABBREVIATIONS
    )


CHAPTER_EXTRA = frozenset(
    ("listener", "listeners", "questions", "mailbag", "news", "headlines", "recap")
)
MAX_CHAPTER_WORDS = 10


def chapter_title(text: str, *, listed: bool = False) -> bool:
    """A timestamped line that names a chapter ("00:00 Intro and sponsor", "02:15 Why
    innovation stocks sold off", "14:40 — The Case for $200 Oil by 2027"): short, not a
    sentence, no speaker cue, shaped like a headline: opening with a title word ("Why",
    "How", "The case for") or mostly capitalised. A headline's forecast words ("Why rate
    cuts are coming") do not make it a claim. Without such a shape, a line with no forecast
    in a list of chapters (``listed``: the line before was one) is one too."""
    words = text.lower().rstrip(".:").split()
    if all(w in CHAPTER_WORDS for w in words):
        return True
    if len(words) > MAX_CHAPTER_WORDS or text.rstrip(' ”"’)').endswith((".", "!", "?", ";")):
        return False
    if COLON_CUE.match(text) and not HEADLINE_OPENER.match(text):
        return False  # "MAYA: rates will fall": a cue with a time
    capitalised = sum(1 for w in text.split() if w[:1].isupper() or w[:1].isdigit())
    headline = (
        all(w in CHAPTER_WORDS | CHAPTER_EXTRA for w in words)
        or HEADLINE_OPENER.match(text) is not None
        or (len(words) > 2 and capitalised * 3 > len(words) * 2)
    )
    if FIRST_PERSON.search(text):
        return False  # "15:00 Why I think rates will fall next year": someone's words
    return headline or (listed and not looks_like_prediction(text) and len(words) > 1)


# Words a chapter title or a headline opens with ("Why rate cuts are coming", "The case for
# $200 oil", "Inside the Fed's thinking").
HEADLINE_OPENER = re.compile(
    r"^(?:why|how|what|when|where|who|which|on|about|intro|chapter|part|inside|behind|"
    r"listener|listeners|wrap-up|recap|preview|the (?:case|argument|bull case|bear case) "
    r"(?:for|against)|the (?:road|path|race|way) to|the (?:future|end|rise|fall|return|state|"
    r"outlook|economics|politics|story) of|a (?:look|deep dive|closer look) (?:at|into)|"
    r"(?:predictions|forecasts|outlook|bets) (?:for|on))\b",
    re.IGNORECASE,
)
FIRST_PERSON = re.compile(r"\b(?:i|i'm|i’m|we|we're|we’re|my|our)\b", re.IGNORECASE)


def as_written(day: datetime.date, precision: str) -> str:
    """A heading's date at the precision it was written: "2031", "May 2031", "9 May 2031"."""
    if precision == "year":
        return f"{day:%Y}"
    if precision == "month":
        return f"{day:%B %Y}"
    return f"{day:%-d %B %Y}"


def hms(value: str) -> str:
    parts = [int(p) for p in value.split(":")]
    hours, minutes, seconds = ([0] * (3 - len(parts)) + parts)[-3:]
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


# What a document's or a part's title is called: "Thread recap", "Meeting minutes", "Summary
# of the call", "Weekly digest", "Key takeaways from the Fed panel", "Show notes".
_TITLE_WORD = (
    r"(?:recap|summary|summaries|digest|minutes|notes|show notes|takeaways|key takeaways|"
    r"highlights|round-?up|debrief|readout|read-out|write-?up|briefing|transcript|overview|"
    r"key points|main points|tl;dr|wrap-?up)"
)
_DOCUMENT_TITLE = re.compile(
    # A few qualifying words first ("Thread", "Weekly", "Board meeting", "My"), then the
    # title word, then nothing, a date or what it is of ("of the call with Dana Lee",
    # ": rate cuts and housing", " — episode 42").
    rf"^(?P<before>(?:[\w'’&./-]+\s+){{0,3}}?){_TITLE_WORD}"
    r"(?P<after>$|\s*[:—–|,(#]|\s+-{1,2}\s|\s+(?:of|from|on|for|with|about|re)\b)",
    re.IGNORECASE,
)
_TITLE_CHEAP = re.compile(
    r"recap|summar|digest|minutes|notes|takeaways|highlights|round|debrief|read|write|"
    r"briefing|transcript|overview|points|tl;dr|wrap",
    re.IGNORECASE,
)
MAX_DOCUMENT_TITLE_WORDS = 14
# Words that make a line with a title word in it a clause ("We will publish the summary").
_CLAUSE_WORDS = (SENTENCE_WORDS - {"this", "that", "my", "our"}) | {"won't", "should", "could"}


def reads_as_clause(text: str) -> bool:
    """Whether a short line holds a clause's words ("is", "will", "they"), as no title does."""
    return any(w in _CLAUSE_WORDS for w in re.findall(r"[\w']+", text.lower()))


def document_title(text: str, *, first: bool = False) -> bool:
    """Whether a line is a document's or a part's title, never a claim: "Thread recap: rate
    cuts and housing", "Summary of the Q3 planning meeting", "Minutes of the board
    meeting", "Notes from the housing panel", "Weekly digest: AI and chips", "Recap —
    episode 42", "Key takeaways from the Fed panel". Not a sentence (no end mark, no
    forecast, no first person), at most 14 words. A bare title word before a colon
    ("Summary: strong quarter") is a label, unless the line is the document's ``first``.
    Source of the rule: the shapes of notes, threads and minutes curators import."""
    words = text.split()
    if len(words) > MAX_DOCUMENT_TITLE_WORDS or not _TITLE_CHEAP.search(text):
        return False
    match = _DOCUMENT_TITLE.match(text.strip("*_ "))
    if match is None or text.rstrip(' *_)”"’').endswith((".", "!", "?", ";")) or "?" in text:
        return False
    if MARKER.match(text) and MARKER.match(text).group("bullet"):
        return False  # "- Board meeting minutes": a list's item
    before = match.group("before").lower().split()
    rest = text[match.end() :]
    lowered = re.findall(r"[\w']+", f"{match.group('before')} {rest}".lower())
    if any(w in _CLAUSE_WORDS for w in lowered) or FIRST_PERSON.search(rest):
        return False  # "Our notes on the call show demand is slowing": a sentence
    bare = not before and match.group("after").strip() == ":" and rest.strip()
    return not bare or first


# A reply word and its sentence's end before the words a colon introduces: "Fair. So: if the
# tests fail we push the date", "Okay, so: …", "Right! Next:": the speaker's own sentence.
_REPLY_BEFORE_COLON = re.compile(
    r"^(?:fair|fair enough|okay|ok|right|sure|yes|yeah|yep|great|good|thanks|thank you|cool"
    r"|fine|alright|all right|agreed|true|exactly|perfect|anyway|sorry|well)[.!,]\s+\S",
    re.IGNORECASE,
)


def reply_label(label: str) -> bool:
    """Whether what stands before a line's colon is a reply and the opening of a sentence
    ("Fair. So", "Okay, next", "Right! Summing up"), the speaker's own words and never a
    speaker's cue nor a topic. Source: meeting transcripts (Slack huddles, Otter, Zoom),
    where a turn often opens so."""
    return _REPLY_BEFORE_COLON.match(label.strip()) is not None


# A letter's or a message's greeting before its colon, comma or dash: "Dear Senator
# Halversen", "DEAR MS. PARK", "Dear colleagues", "Hi Tom", "Hello all", "Good morning team".
_SALUTATION = re.compile(
    r"^(?:dear(?:est)?|hi|hiya|hello|hey|greetings|good\s+(?:morning|afternoon|evening)|"
    r"to\s+whom\s+it\s+may)(?:\s+[\w'’.&-]+){1,6}$",
    re.IGNORECASE,
)
# A line opened by a greeting and a colon or a dash, the words after it: "Dear Senator
# Halversen: On behalf of our members, …", "Hi Tom — the plant will close in May."
GREETED = re.compile(r"^(?P<greeting>[^:—–]{2,70}?)\s*(?::|\s[—–]|\s--)\s*(?P<rest>.*)$")


def salutation(label: str) -> bool:
    """Whether what stands before a line's colon (or dash) is a greeting that opens a letter
    or a message ("Dear Senator Halversen", "DEAR MS. PARK", "Dear colleagues", "Hi Tom",
    "Good morning all"): it names whom the words are written to, never who speaks, so it is
    no speaker's cue in any document. Source: letters, emails and letters inserted in a
    record, whose salutation the formal style ends with a colon."""
    return _SALUTATION.match(" ".join(label.split()).strip(" ,")) is not None


def greeted(text: str) -> str | None:
    """The words after a line's opening greeting ("Dear Senator Halversen: On behalf of our
    members, we write …" → "On behalf of our members, we write …"; "" for "Dear colleagues:"
    alone), or None when the line opens with no greeting set off by a colon or a dash
    (``salutation``; "Hi Tom," alone is left to the reader, as a letter's first line)."""
    found = GREETED.match(text.strip())
    if found is not None and salutation(found.group("greeting")):
        return found.group("rest").strip()
    return None
