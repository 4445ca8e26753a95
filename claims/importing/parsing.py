"""Splitting a document into sections (appearances), speakers and statements.

Pure functions over lines of text: no database, no Django models. Notes are read
line by line (``claims.importing.notes``); transcripts cue by cue
(``claims.importing.transcripts``), consecutive cues of one speaker joined into
a turn and the turn split into sentences.
"""

import datetime
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from claims.choices import ClaimKind
from claims.horizons import HorizonKind, HorizonResult
from claims.horizons.handlers import FISCAL, NORMATIVE_TAKE
from claims.importing.classify import (
    ANSWER,
    CONDITIONAL,
    FRAGMENT,
    UNDATED,
    adds_to_before,
    advice,
    classify,
    condition,
    doubt_remark,
    fragment_remark,
    hypothetical,
    is_candidate,
    is_prompt,
    is_time_answer,
    looks_like_prediction,
    needs_question,
    undated_belief,
)
from claims.importing.errors import ImportFileError
from claims.importing.horizon_readings import read_horizon
from claims.importing.judgements import surprise_forecast
from claims.importing.reading import CAPTION_FORMATS, TextDocument
from claims.importing.reported_kinds import (
    GUESSED_ANSWER,
    answers_forecast,
    relays_question,
    service_remark,
)
from claims.importing.talk_about_talk import asked_frame_dropped
from claims.validators import QUOTE_MAX


@dataclass(frozen=True, slots=True)
class Statement:
    """One sentence or note, as written, with who said it and where it is.

    ``topic`` is a label the notes put before it ("Energy: ..."), a topic to
    suggest; ``note`` says what the importer was unsure about; ``host`` marks
    a host's line; ``narration`` a line that tells what a host asked, which is
    nobody's claim; ``asked`` the other speaker's question the statement opens
    the answer to; ``forecaster`` whose forecast a label says it is ("Goldman:",
    ``forecasters``), never the speaker's own; ``said_on`` the day a chat export's message
    was sent ("17/10/2026, 08:05 - …"), which its horizon is counted from
    (``chat_exports.horizon_day``). ``reading`` is the horizon read of it while it was
    marked (``read_as``): the text, the day and the precision read at, and what was read.
    """

    speaker: str
    text: str
    line: int
    section: int
    timestamp: str = ""
    topic: str = ""
    note: str = ""
    host: bool = False
    narration: bool = False
    asked: str = ""
    forecaster: str = ""
    said_on: datetime.date | None = None
    reading: tuple[str, datetime.date, str, HorizonResult] | None = field(
        default=None, compare=False, repr=False
    )

    @property
    def locator(self) -> str:
        return self.timestamp or f"line {self.line}"

    def read_as(self, said_on: datetime.date, precision: str) -> HorizonResult | None:
        """The horizon read of the statement when marked, if read of its text as said on
        ``said_on`` at ``precision``; None when it was not. A document has more statements
        than the readings' cache keeps: by the time the planner asks, the first are gone."""
        if self.reading is None:
            return None
        text, on, at, reading = self.reading
        return reading if (text, on, at) == (self.text, said_on, precision) else None


@dataclass
class Section:
    """An appearance: a part of the document with one main speaker and one source.

    ``speaker`` is empty for an unnamed section (the opening of an essay, an
    "Intro", a panel); the curator's mapping names it, by its ``heading`` or by
    default. ``published_on``, ``precision``, ``title`` and ``kind`` come from
    a dated heading ("Ada Quist — Summit, Lisbon, 9 May 2023"); without one the
    section belongs to the source the curator picks. A plain heading within a
    dated appearance ("## The argument") keeps its source and, as
    ``inherited_speaker``, its speaker. ``date_problem`` says why the date its
    heading gives was not taken ("5 May 2027 is after today"). ``author`` is who an
    article's byline names ("By Annika Sørensen, …"): the speaker of the document's own
    lines when the curator names no default speaker.
    """

    index: int
    line: int
    speaker: str = ""
    heading: str = ""
    hosts: list[str] = field(default_factory=list)
    title: str = ""
    published_on: datetime.date | None = None
    precision: str = ""
    kind: str = ""
    panel: bool = False
    inherited_speaker: str = ""
    date_problem: str = ""
    author: str = ""


@dataclass
class ParsedDocument:
    format: str
    line_count: int
    sections: list[Section]
    statements: list[Statement]


_SENTENCE_END = re.compile(r"[.!?…]+[”\"’)]*\s+(?=[“\"‘(]?[A-Z0-9$])")
# "the hon. Member", "the right hon. Gentleman": parliamentary forms of address.
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "inc",
    "no",
    "jr",
    "sr",
    "hon",
}


def split_sentences(text: str) -> Iterator[tuple[int, str]]:
    """Sentences of ``text`` with their start offsets; abbreviations do not end one.

    A short question and the answer after it that has no subject of its own are one
    statement ("Inflation at 2%? Not before 2026.", "When do cuts come? Yes. By 2026."):
    the answer's subject is the question (``classify.fragment_remark``).
    """
    return iter(sentences_of(text))


def sentences_of(text: str) -> tuple[tuple[int, str], ...]:
    """``split_sentences(text)`` as a tuple of (start offset, sentence) pairs, kept a while
    (``_kept_sentences``)."""
    if (
        not _SENTENCE_END.search(text)
        and not (("[" in text or "(" in text) and REACTION_TAG.search(text))
        and not (", " in text and text.rstrip().endswith("?"))  # a premise, then a question
    ):
        words = text.strip()  # one sentence, the most common text by far
        return ((0, words),) if words else ()
    return _kept_sentences(text, datetime.datetime.now(tz=datetime.UTC).year)


# A turn's words are split when read, again to find who speaks next and the question it
# ends with: the last few splits are kept (each a tuple, never changed by a reader).
_SPLITS_KEPT = 64


@functools.lru_cache(maxsize=_SPLITS_KEPT)
def _kept_sentences(text: str, year: int) -> tuple[tuple[int, str], ...]:
    """The sentences of ``text`` split in ``year``: whether a year said after a horizon
    revises it depends on the year (``classify`` reads "Maybe 2028." as the past's once
    2028 is over), so a split is kept for the year it was made in."""
    return tuple(_split_sentences(text))


def _split_sentences(text: str) -> Iterator[tuple[int, str]]:
    held: list[tuple[int, str]] = []  # a question, and a bare "Yes." after it
    split = _with_time_said_after(_sentences(text))
    for start, sentence in (part for pair in split for part in _premise_and_question(*pair)):
        if held and (_BARE_ANSWER.fullmatch(sentence) or fragment_remark(sentence) == FRAGMENT):
            held.append((start, sentence))
            if _BARE_ANSWER.fullmatch(sentence):
                continue
            yield held[0][0], " ".join(words for _, words in held)
            held = []
            continue
        yield from held
        held = []
        if _is_short_question(sentence):
            held.append((start, sentence))
            continue
        yield start, sentence
    yield from held


# A forecast stated, then a question on it: "Self-driving buses will replace most drivers by
# 2030, so why is the agency still hiring?" (as a caller or a questioner from the floor puts
# it). The forecast is the asker's own claim; the question is none.
_THEN_ASKED = re.compile(
    r",\s+(?:so|and|but|then)\s+(?=(?:why|how|what|when|where|who|which|is|are|isn't|aren't|"
    r"does|doesn't|do|don't|did|didn't|can|can't|will|won't|should|shouldn't|would|wouldn't)\b)",
    re.IGNORECASE,
)
# A premise that is no claim of the asker's: a condition, or what the one asked said.
_NOT_OWN_PREMISE = re.compile(
    r"^(?:if|when|unless|whether|since|given|assuming|suppose|supposing|say|let's say|you|"
    r"your|you've|you're|you'd|they say|people say|some say)\b",
    re.IGNORECASE,
)


def _premise_and_question(start: int, sentence: str) -> Iterator[tuple[int, str]]:
    """``sentence``, or its premise and its question when it states a forecast and asks
    about it ("…by 2030, so why is the agency still hiring?")."""
    if not sentence.endswith("?") or ", " not in sentence:
        yield start, sentence
        return
    asked = _THEN_ASKED.search(sentence)
    premise = sentence[: asked.start()] if asked else ""
    if not premise or _NOT_OWN_PREMISE.match(premise) or not looks_like_prediction(premise):
        yield start, sentence
        return
    yield start, premise
    yield start + asked.start() + 2, sentence[asked.start() + 2 :]


def _with_time_said_after(sentences: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """A forecast with no time and the time said after it are one sentence: "Rents will
    fall. Maybe, by 2027." The time is the forecast's, not a fragment of its own. So is a
    short time that revises the horizon just said ("Not by 2030. Maybe 2032."), which
    ``REVISED_HORIZON`` asks about. So is what only adds to a claim just said, a hedge on how
    far or the speaker standing by it ("That's going to take years. Maybe most of a decade.",
    "In the top six. I really believe that.": ``fragments.adds_to_before``), however many
    follow it."""
    before: tuple[int, str] | None = None
    joined = False  # ``before`` is a claim and what was added to it
    for start, sentence in sentences:
        if before is not None:
            if adds_to_before(sentence) and (joined or _claims(before[1])):
                before = (before[0], f"{before[1]} {sentence}")
                joined = True
                continue
            if joined:
                yield before
            elif (
                _time_only(sentence)
                and (_forecast_without_time(before[1]) or _revises(before[1], sentence))
            ) or _declares_promise(before[1], sentence):
                before = (before[0], f"{before[1]} {sentence}")
                joined = True
                continue
            else:
                yield before
        before = (start, sentence)
        joined = False
    if before is not None:
        yield before


def _claims(sentence: str) -> bool:
    """``sentence`` is a claim that something may be added to (``adds_to_before``): no
    question, no filler, nothing added itself."""
    return not _is_question(sentence) and not adds_to_before(sentence) and is_candidate(sentence)


# A promise declared of the sentence before, and nothing else: "Keys in the door at Tempsford
# by autumn next year. That is a promise.", "We'll have it fixed by June. You have my word."
# The declaration makes the sentence before a commitment (``classify``) and is no claim alone.
_DECLARED_PROMISE = re.compile(
    r"(?i)(?:(?:and|so|yes|look|now)[,\s]+)*(?:(?:that|this)(?:['’]s|\s+is)\s+(?:a|my|our)\s+"
    r"(?:firm\s+|solemn\s+|personal\s+|cast-iron\s+)?(?:promise|commitment|pledge|guarantee)"
    r"|(?:i|we)\s+(?:promise|guarantee|pledge)(?:\s+(?:you|it|that))?(?:\s+(?:that|it))?"
    r"|you\s+have\s+(?:my|our)\s+word(?:\s+on\s+(?:that|it))?|(?:my|our)\s+word\s+on\s+(?:it|that)"
    r"|you\s+can\s+hold\s+(?:me|us)\s+to\s+(?:it|that|this))"
    r"(?:,\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?))?[.!]*"
)


def _declares_promise(before: str, sentence: str) -> bool:
    """``sentence`` only declares ``before`` a promise, and ``before`` is no question."""
    return _DECLARED_PROMISE.fullmatch(sentence.strip()) is not None and not _is_question(before)


# A bare year after a sentence with a horizon, revising it: "Not by 2030. Maybe 2032.",
# "By 2027. Or 2028, honestly.", "Before 2030. More like 2031." (too short to stand alone;
# "Maybe, by 2027." after a horizon is a statement of its own, asked about as a fragment).
_REVISION = re.compile(
    r"^(?:(?:maybe|probably|perhaps|possibly|or|more\s+like|make\s+(?:it|that)|say|actually"
    r"|realistically|honestly)[,\s]+)+(?:19|20)\d\d\b[^.!?]{0,20}[.!]?$",
    re.IGNORECASE,
)
_REVISION_IN = re.compile(
    r"[.!?…]\s+((?:(?:maybe|probably|perhaps|possibly|or|more\s+like|make\s+(?:it|that)|say"
    r"|actually|realistically|honestly)[,\s]+)+(?:19|20)\d\d\b"
    r"[^.!?]{0,20}[.!]?)$",
    re.IGNORECASE,
)
NORMATIVE_DURATION = (
    "how long it ought to take, not when: a view, or a forecast of when? no deadline given"
)
REVISED_HORIZON = (
    "revised horizon: “{phrase}” follows an earlier time (“{earlier}”): which is meant? "
    "check the deadline"
)


def _revises(before: str, sentence: str) -> bool:
    """``sentence`` revises the horizon of ``before``, a forecast (not the past's)."""
    if not _REVISION.match(sentence) or not read_horizon(before, said_on=_LONG_AGO).phrase:
        return False
    return classify(before, timed=True) == ClaimKind.PREDICTION


def _time_only(sentence: str) -> bool:
    return fragment_remark(sentence) == FRAGMENT and is_time_answer(sentence)


_LONG_AGO = datetime.date(1900, 1, 1)  # any year said reads as a horizon


def _forecast_without_time(sentence: str) -> bool:
    if _is_question(sentence) or not looks_like_prediction(sentence):
        return False
    return not read_horizon(sentence, said_on=_LONG_AGO).phrase


_BARE_ANSWER = re.compile(r"(?i)(?:yes|yeah|yep|no|nope|sure|maybe|perhaps|probably)[.!,]*")
_MAX_QUESTION_WORDS = 15


def _is_short_question(sentence: str) -> bool:
    return sentence.rstrip(' ”"’)').endswith("?") and len(sentence.split()) <= _MAX_QUESTION_WORDS


# What a caption or a note marks of the room, not of the words: "[LAUGHTER]", "[APPLAUSE]",
# "(laughs)", "[laughs]", "(chuckles)". It closes the sentence before it, and is no quote.
REACTION_TAG = re.compile(
    r"\s*[\[(](?:laughter|laughs?|laughing|applause|applauding|chuckles?|chuckling|cheers"
    r"|cheering|giggles?|sighs?|crosstalk|cross-talk|music|groans?|booing|boos)[\])]\s*",
    re.IGNORECASE,
)


def drop_reaction_tags(text: str) -> tuple[str, bool]:
    """``text`` without its reaction tags, and whether one ended it: ("of work there.
    [LAUGHTER]") → ("of work there.", True); ("[APPLAUSE]") → ("", True)."""
    tags = list(REACTION_TAG.finditer(text)) if ("[" in text or "(" in text) else []
    if not tags:
        return text, False
    return " ".join(REACTION_TAG.sub(" ", text).split()), not text[tags[-1].end() :].strip()


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    """The sentences of ``text``; a reaction tag ends one and is dropped."""
    if ("[" in text or "(" in text) and REACTION_TAG.search(text):
        start = 0
        for tag in REACTION_TAG.finditer(text):
            for offset, sentence in _plain_sentences(text[start : tag.start()]):
                yield start + offset, sentence
            start = tag.end()
        for offset, sentence in _plain_sentences(text[start:]):
            yield start + offset, sentence
        return
    yield from _plain_sentences(text)


def _plain_sentences(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rsplit(None, 1)
        last_word = before[-1].lower().strip('(“"') if before else ""
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        if last_word in _MONTH_ABBREVIATIONS and _DAY_OR_YEAR.match(text, match.end()):
            continue  # "before the Oct. 5 election", "in Sept. 2027"
        end = match.end()
        yield start, text[start:end].strip()
        start = end
    if text[start:].strip():
        yield start, text[start:].strip()


# A month abbreviated, as news style writes it before a day or a year (AP: "Oct. 5").
_MONTH_ABBREVIATIONS = frozenset(
    ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
)
_DAY_OR_YEAR = re.compile(r"(?:\d{1,2}|\d{4})\b")


_INLINE_BULLET = re.compile(r"\s+-(?=[A-Z])")


def split_inline_bullets(text: str) -> list[str]:
    """'Powerpoint, slides -Artists too' is two notes; 'Which first? -Call centers' is one.

    A question followed by an inline bullet is kept with its answer.
    """
    parts, start = [], 0
    for match in _INLINE_BULLET.finditer(text):
        if text[start : match.start()].rstrip(' ”"’').endswith("?"):
            continue
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


_MAX_PROMPT_WORDS = 6


def _is_question(sentence: str) -> bool:
    """A question, or a host's request for a claim ("Give me a number for the S&P.")."""
    return (
        sentence.rstrip(' ”"’)').endswith("?")
        or is_prompt(sentence)
        or relays_question(sentence)  # "… he's asking whether prices will keep falling."
    )


def last_question(text: str) -> str:
    """The last question (or request for a claim) in ``text``, when what follows it is only
    prompts ("Will rates fall next year? Take your time." → "Will rates fall next year?");
    else ""."""
    sentences = [s for _, s in sentences_of(text)]
    last = _last_question_index(sentences)
    if last is None or not all(_is_prompt(s) for s in sentences[last + 1 :]):
        return ""
    return sentences[last]


# An answer's first word: "Will it? Absolutely not." answers the question it asked.
_ANSWER_START = re.compile(
    r"^(?:yes|yeah|yep|no(?! (?:rush|pressure|hurry|worries))|nope|absolutely|definitely"
    r"|certainly|sure|of course|maybe|probably|perhaps|not|never|i|we)\b",
    re.IGNORECASE,
)


def _is_prompt(sentence: str) -> bool:
    """What an interviewer adds around a question to hand over: "Take your time.", "Go
    ahead.", "Be honest.", "Quick one." (short, no forecast and no answer of its own)."""
    return (
        len(sentence.split()) <= _MAX_PROMPT_WORDS
        and not _ANSWER_START.match(sentence.lstrip(' “"‘('))
        and not looks_like_prediction(sentence)
    )


def _last_question_index(sentences: list[str]) -> int | None:
    """The index of the last question in ``sentences`` (``_is_question``), or None."""
    for index in range(len(sentences) - 1, -1, -1):
        if _is_question(sentences[index]):
            return index
    return None


def prompts_after_question(sentences: list[str]) -> int:
    """Where the prompts after a turn's last question start ("Take your time.", "Go
    ahead."), as an index into ``sentences``; ``len(sentences)`` when the turn does not end
    with a question and its prompts. A prompt is no claim: it hands the turn over."""
    last = _last_question_index(sentences)
    if last is None or not all(_is_prompt(s) for s in sentences[last + 1 :]):
        return len(sentences)
    return last + 1


def asks(text: str) -> bool:
    """Whether ``text`` hands over with a question: it holds a question, and what follows
    the last one is only prompts ("Will rates fall next year? Take your time.").

    A question need not be the last sentence for the next words to be its answer; a
    statement after it ("Will rates fall? I think they will.") keeps the turn.
    """
    sentences = [s for _, s in sentences_of(text)]
    last = _last_question_index(sentences)
    return last is not None and all(_is_prompt(s) for s in sentences[last + 1 :])


def only_asks(text: str) -> bool:
    """Whether ``text`` is only questions, with at most filler or prompts around them
    ("Will AI take jobs?", "Kevin, quick one: will AI take jobs? Go ahead."): an
    interviewer's turn, whoever the cue names, so the words after it are the answer."""
    asked = False
    for _, sentence in sentences_of(text):
        if _is_question(sentence):
            asked = True
        elif not _is_prompt(sentence):
            return False
    return asked


def tidy_quote(text: str) -> str:
    """Drop a quotation mark left unbalanced at either end by sentence splitting."""
    text = text.strip()
    for opening, closing in (("“", "”"), ('"', '"'), ("‘", "’")):
        if text.startswith(opening) and closing not in text[1:]:
            text = text[1:].lstrip()
        if text.endswith(closing) and opening not in text[:-1]:
            text = text[:-1].rstrip()
    return text


# A horizon that points back to a date said before: "Costs will be halved by then."
_BACK_HORIZON = re.compile(
    r"\b(?:(?:by|until|till|before|from)\s+then|by\s+that\s+(?:time|point|date|stage|year)"
    r"|by\s+the\s+same\s+(?:time|date))\b",
    re.IGNORECASE,
)
# Words ``_BACK_HORIZON`` cannot match without, in any case.
_BACK_WORDS = ("then", "that", "same")
_BACK_WORDS_ANY_CASE = re.compile("|".join(_BACK_WORDS), re.IGNORECASE)
BACK_HORIZON = (
    "deadline unclear: “{phrase}” refers to a date in an earlier sentence: which is it? "
    "give the deadline"
)
FISCAL_HORIZON = (
    "deadline unclear: “{phrase}” follows a fiscal calendar, whose year may end in any month:"
    " when does it end? give the deadline"
)


def _read_at(section: Section, today: datetime.date) -> tuple[datetime.date, str]:
    """The day and precision a statement of ``section`` is read at (``today`` when the section
    has no date)."""
    return section.published_on or today, section.precision or "day"


def _reading(text: str, section: Section, today: datetime.date) -> HorizonResult:
    """The horizon of ``text`` said in ``section`` (on ``today`` when it has no date); the
    frame telling why it is said now is no part of it ("Our base case, since a few of you
    asked: …": its past is the talk's, ``asked_frame_dropped``)."""
    said_on, precision = _read_at(section, today)
    return read_horizon(asked_frame_dropped(text), said_on=said_on, precision=precision)


def _kept_reading(statement: Statement, section: Section, today: datetime.date) -> Statement:
    """``statement`` keeping its horizon as ``_reading`` reads it (``Statement.read_as``)."""
    said_on, precision = _read_at(section, today)
    reading = _reading(statement.text, section, today)
    return replace(statement, reading=(statement.text, said_on, precision, reading))


def _horizon_remark(
    text: str, section: Section, today: datetime.date, reading: HorizonResult | None = None
) -> str:
    """What the curator is asked of the statement's horizon, or "": alternatives or two dates
    ("this year or next", "in December and March": the later end taken, which is meant?), a
    fiscal period ("by the end of FY26": its year's end is not known), a horizon that refers
    back ("by then": to what?). ``reading``: the text's horizon as ``_reading`` gives it, when
    read already."""
    if reading is None:
        reading = _reading(text, section, today)
    if reading.kind == HorizonKind.NONE and NORMATIVE_TAKE.search(text):
        return NORMATIVE_DURATION
    revised = _REVISION_IN.search(text) if ("19" in text or "20" in text) else None
    if revised and _revises(text[: revised.start(1)], revised.group(1)):
        earlier = read_horizon(text[: revised.start(1)], said_on=_LONG_AGO).phrase
        return REVISED_HORIZON.format(phrase=revised.group(1).strip(), earlier=earlier)
    if reading.remark:
        return reading.remark
    if reading.kind == HorizonKind.VAGUE and FISCAL in reading.rule:
        return FISCAL_HORIZON.format(phrase=reading.phrase)
    return _back_remark(text, reading)


def _back_remark(text: str, reading: HorizonResult) -> str:
    """``BACK_HORIZON`` for a horizon that refers back ("by then") and no date of its own."""
    if reading.kind == HorizonKind.DATED or not holds_any(text, _BACK_WORDS, _BACK_WORDS_ANY_CASE):
        return ""
    back = _BACK_HORIZON.search(text)
    return BACK_HORIZON.format(phrase=back.group()) if back else ""


CONDITIONED = (
    "conditional (“{condition}”): a forecast of what follows if it holds; check the deadline"
)
ADVICE = (
    "advice (“{words}”): read as a recommendation, not a forecast; {when}if the speaker"
    " expects it rather than advises it, make it a prediction"
)


def _kind_remark(
    text: str,
    horizon_remark: str,
    section: Section,
    today: datetime.date,
    reading: HorizonResult | None = None,
) -> str:
    """What the curator is asked of the statement's kind, or "": a hypothetical ("A US
    recession next year would hit exporters hard": what would follow from a condition, not
    a forecast) or advice ("MAS should publish its stress-test results by June", "Don't
    buy on a floodplain."), whose date is when it is advised for, not a forecast's.
    ``reading`` as for ``_horizon_remark``."""
    if horizon_remark.startswith("conditional"):
        return ""  # the horizon's remark says it already
    told = service_remark(text)  # "The 12:30 will run as normal.": whose service?
    if told and classify(text) == ClaimKind.COMMITMENT:
        return told
    if hypothetical(text) and not surprise_forecast(text.lower().replace("’", "'")):
        what = "what would follow from it, not a forecast"
        return CONDITIONAL.format(condition=condition(text), what=what)
    if reading is None:
        reading = _reading(text, section, today)
    words = condition(text) if reading.kind == HorizonKind.DATED else ""
    if words and classify(text, has_horizon=True) == ClaimKind.PREDICTION:
        # "Prices should double by 2030, if demand holds": a forecast, should it hold.
        return CONDITIONED.format(condition=words)
    found = advice(text)
    if found is None:
        return ""
    when = ""
    if reading.kind == HorizonKind.DATED:
        phrase = reading.phrase.rstrip(".")
        when = f"“{phrase}” is when it is advised for, not a deadline; "
    return ADVICE.format(words=found.group().strip(" -*•>"), when=when)


# The person addressed, told what they said before: "Two years ago you said we'd have fusion
# by 2030.", "Last time you told us rates would be 2% by now." It restates their old forecast:
# no new one of the speaker's, nor one of theirs said today.
_RESTATED = re.compile(
    r"^(?:[\w'’,]+\s+){0,6}?(?<!\bas\s)(?<!\blike\s)you(?:'ve|\s+have)?\s+(?:once\s+"
    r"|famously\s+|previously\s+|also\s+|then\s+|even\s+|actually\s+)?(?:said|told\s+(?:us"
    r"|me|them|the\s+\w+|our\s+\w+|listeners|viewers|readers)|predicted|forecast|forecasted"
    r"|projected|argued|claimed|wrote|tweeted|reckoned|promised|guessed|called|were\s+(?:saying"
    r"|predicting|arguing|telling\s+us)|made\s+(?:a|the)\s+(?:call|prediction|forecast))\b",
    re.IGNORECASE,
)
# Someone else's forecast of some time ago, told: "Back in 2021 she said rates would be 2%
# by now.", "Last year Powell told us cuts were coming." (the speaker's own, "In 2019 I
# predicted …", is read by ``classify`` as looking back).
_RETOLD = re.compile(
    r"^(?:[\w'’,]+\s+){0,4}?(?i:ago|last\s+(?:time|year|month|week|spring|summer|autumn|fall"
    r"|winter)|back\s+in\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d|at\s+the\s+time|back\s+then)[,—–]?\s+"
    # "In 2022 I said …" is the speaker's own look back (``classify``), no one else's.
    r"(?P<subject>(?!(?:I|We)\s)(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?|[Hh]e|[Ss]he"
    r"|[Tt]hey)\s+"
    r"(?:once\s+|even\s+"
    r"|confidently\s+)?(?:said|told\s+(?:us|me|them|the\s+\w+|our\s+\w+|listeners|viewers)"
    r"|predicted|forecast|forecasted|projected|claimed|promised|wrote|reckoned)\b"
)
RESTATED = "restates a forecast said before, by the person addressed or another: no new claim"
# "you", in any case: ``_RESTATED`` cannot match without it, and most statements lack it.
_ADDRESSED = ("you",)
_ADDRESSED_ANY_CASE = re.compile("you", re.IGNORECASE)


def holds_any(text: str, words: tuple[str, ...], any_case: re.Pattern) -> bool:
    """Whether ``text`` holds one of ``words`` (lower case) in any case, as ``any_case`` (the
    words as a pattern ignoring case) finds them: a pattern that cannot match without one
    need not be tried. Substring tests for ASCII text, whose case is plain; else the search
    (ignoring case, "i" also matches "ı" and "k" the Kelvin sign)."""
    if not text.isascii():
        return any_case.search(text) is not None
    return any(map(text.lower().__contains__, words))


def restates_old_forecast(text: str) -> bool:
    """Whether ``text`` tells what was said before: to the person addressed ("Two years ago
    you said we'd have fusion by 2030.", "Last time you told us rates would be 2% by now.")
    or of someone else ("Back in 2021 she said rates would be 2% by now."). Narration or a
    question, not a forecast of anyone's made now. "As you said, rates will fall" agrees,
    and is the speaker's own."""
    text = text.strip(" “\"‘'(")
    if holds_any(text, _ADDRESSED, _ADDRESSED_ANY_CASE) and _RESTATED.match(text):
        return True
    return _RETOLD.match(text) is not None


def _own_retold(statement: Statement, section: Section) -> bool:
    """Whether a retold forecast is the section's speaker's own, told of in the third
    person by notes of their appearance ("## Fireside: Tobias Fenn" then "Last year he
    predicted a downturn; he concedes it didn't happen."): what they said today of their
    old call, as "In 2019 I predicted …" is, and no narration of another's."""
    speaker = section.speaker or section.inherited_speaker
    if statement.host or not speaker or statement.speaker != speaker:
        return False
    retold = _RETOLD.match(statement.text.strip(" “\"‘'("))
    return retold is not None and retold.group("subject").lower() in ("he", "she", "they")


def _answer_marked(statement: Statement) -> tuple[Statement, str]:
    """``(statement, remark)`` for a statement read with the question it opens: a short
    answer to a question about what will come ("Short answer, yes.": ``GUESSED_ANSWER``) or
    one that needs the question ("Bankrupt, if she wins.": ``ANSWER``), its question kept;
    any other, its question dropped, with no remark."""
    if not statement.asked:
        return statement, ""
    if answers_forecast(statement.text, statement.asked):
        return statement, GUESSED_ANSWER  # "Short answer, yes." to "… will prices fall?"
    if needs_question(statement.text):
        return statement, ANSWER  # "Bankrupt, if she wins.": its subject, its horizon, asked
    return replace(statement, asked=""), ""


def _marked(statement: Statement, section: Section, today: datetime.date) -> Statement:
    """The statement with the remarks the curator should read: an answer with no claim of its
    own ("Maybe, over the next 12 to 18 months."), to read with the line before; an answer
    read with the other speaker's question it opens (``Statement.asked``, kept only then:
    "Bankrupt, if she wins."); a hedge ("I'm not sure…"); a horizon given as alternatives
    ("this year or next")."""
    if statement.narration or len(statement.text) > QUOTE_MAX:
        return statement  # too long for a quote: refused when planned, with its line
    text = statement.text
    if restates_old_forecast(text) and not _own_retold(statement, section):
        return replace(statement, narration=True, note=RESTATED)
    statement = _kept_reading(statement, section, today)  # read once: every remark, the plan
    reading = statement.reading[3]
    if statement.host:  # a host's own forecast is asked about as anyone's: "by then"?
        remarks = [doubt_remark(text), _horizon_remark(text, section, today, reading)]
        if not any(remarks):
            return statement
        return replace(statement, note="; ".join(n for n in (statement.note, *remarks) if n))
    statement, answer = _answer_marked(statement)
    remarks = [
        fragment_remark(text) or answer,
        doubt_remark(text),
        _horizon_remark(text, section, today, reading),
    ]
    remarks.append(_kind_remark(text, remarks[2], section, today, reading))
    if not any(remarks[2:]) and undated_belief(text):
        if (section.precision or "day") != "day":  # read at the day said on, not the section's
            reading = read_horizon(text, said_on=section.published_on or today)
        if reading.kind == HorizonKind.NONE:
            remarks.append(UNDATED)
    if not any(remarks):
        return statement
    return replace(statement, note="; ".join(n for n in (statement.note, *remarks) if n))


def _answers_said_in_full(statements: Iterator[Statement]) -> Iterator[Statement]:
    """``statements``, each short answer that only a question makes a claim of ("IT WILL.",
    after "WILL THE AIRPORT LINE OPEN IN DECEMBER 2027?") without its question when the same
    speaker says it in full on the same line ("IT WILL. THE AIRPORT LINE OPENS IN DECEMBER
    2027, AS PROMISED."): the claim is the sentence after it, and the short answer alone is
    not proposed. Alone on its line, before no claim ("It will. Trust me.") or before another
    claim ("They will. We'll build 20,000 new homes by 2029.", ``_restates``), it keeps its
    question and stands for the answer. Reads one statement ahead."""
    held: Statement | None = None
    for read in statements:
        if held is not None:
            if (
                read.line == held.line
                and read.speaker == held.speaker
                and read.section == held.section
                and not read.narration
                and not read.asked
                and is_candidate(read.text)
                and _restates(read.text, held.asked)
            ):
                held = replace(held, asked="")
            yield held
            held = None
        if read.asked and not read.narration and _short_answer_only(read.text, read.asked):
            held = read
        else:
            yield read
    if held is not None:
        yield held


_CONTENT_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_QUESTION_WORDS = frozenset({
    "will", "would", "could", "should", "does", "have", "what", "when", "where", "which",
    "there", "this", "that", "with", "from", "about", "your", "they", "them", "then", "than",
    "into", "over", "been", "were", "their", "it'll", "we'll", "they'll", "you're",
})  # fmt: skip


def _restates(text: str, asked: str) -> bool:
    """Whether ``text`` says again what ``asked`` asks: half of the question's content words
    (their first four letters), one at least and two at most. "THE AIRPORT LINE OPENS IN
    DECEMBER 2027" restates "WILL IT OPEN ON TIME?"; "We'll build 20,000 new homes by 2029"
    does not restate "Will rents come down if you're elected?", and "They will." before it
    is the answer."""
    stems = {w[:4] for w in _CONTENT_WORD.findall(asked.lower()) if w not in _QUESTION_WORDS}
    said = {w[:4] for w in _CONTENT_WORD.findall(text.lower()) if w not in _QUESTION_WORDS}
    return bool(stems) and len(stems & said) >= max(1, min(2, len(stems) // 2))


def _short_answer_only(text: str, asked: str) -> bool:
    """Whether ``text`` is a claim only with ``asked``, the question it answers ("They
    will.")."""
    return not is_candidate(text) and is_candidate(text, asked=asked)


@dataclass
class StatementStream:
    """A document read a statement at a time: what ``parse_document`` collects.

    ``statements`` can be iterated once; ``sections`` grows as it is, and holds
    every section once it is done (a statement's section is there when the
    statement is yielded). ``count`` is how many statements were yielded.
    Iterating raises ``ImportFileError`` at a malformed line, or at the end
    when the document held no statement.
    """

    format: str
    line_count: int
    sections: list[Section]
    _statements: Iterator[Statement]
    count: int = 0
    today: datetime.date | None = None
    # The said-on date of a section without a date of its own: the curator's source's
    # when they gave one, else today.
    said_on: datetime.date | None = None
    # A layout reader (``shaped``) read the document: it knows whose its lines are.
    layout_read: bool = False

    def __iter__(self) -> Iterator[Statement]:
        said_on = self.said_on or self.today or datetime.datetime.now(tz=datetime.UTC).date()
        for read in _answers_said_in_full(self._statements):
            self.count += 1
            statement = _marked(read, self.sections[read.section], said_on)
            yield statement
        if not self.count:
            raise ImportFileError("No statements were found in the file.")


def stream_document(
    document: TextDocument,
    *,
    breaks: dict[int, str] | None = None,
    known_people: frozenset[str] = frozenset(),
    today: datetime.date | None = None,
    said_on: datetime.date | None = None,
) -> StatementStream:
    """Read notes or a transcript, by the document's format, a statement at a time.

    ``known_people`` holds the ``person_key`` of every name the curator or the
    database already knows (a "Name:" label naming one is a speaker cue);
    ``today`` bounds the dates a heading can carry; ``said_on`` (the curator's
    source's date, if given) is when a section without a date was said, for
    the remarks on horizons (else ``today``).
    """
    from claims.importing.discussion_cues import discussion_cues
    from claims.importing.interpreted import interpreted
    from claims.importing.introductions import signatures_joined
    from claims.importing.notes import notes_statements
    from claims.importing.numbered_lines import margin_numbers_dropped
    from claims.importing.shaped import reshape
    from claims.importing.transcripts import (
        PLAIN_CAPTIONS,
        plain_captions,
        transcript_statements,
    )
    from claims.importing.wrapped_prose import unwrapped

    lines = document.lines
    sections: list[Section] = []
    shaped = None
    if document.format in CAPTION_FORMATS:
        statements = transcript_statements(lines, sections, file_format=document.format)
    elif plain_captions(lines):  # captions saved as text: ">>" at each change of speaker
        statements = transcript_statements(lines, sections, file_format=PLAIN_CAPTIONS)
    else:
        # A reporter's numbered lines without their margin (``numbered_lines``); Hansard, a
        # Descript export, a press conference: rewritten as notes (``shaped``).
        lines = margin_numbers_dropped(lines)
        lines = interpreted(lines)  # an interpreter's lines: the interpreted speaker's
        lines, discussers = discussion_cues(lines)  # "A (Kallestad): …" after a paper
        known_people |= discussers
        shaped = reshape(lines)
        # Prose wrapped at a page's width, made whole (``wrapped_prose``).
        # A quotation's signature on the line below it, joined to it (``introductions``).
        plain = lines if shaped else signatures_joined(unwrapped(lines))
        statements = notes_statements(
            shaped.lines if shaped else plain,
            sections,
            breaks=breaks,
            known_people=known_people | shaped.people if shaped else known_people,
            today=today,
            said_on=said_on,
            wrapped=plain is not lines,
        )
        statements = shaped.remarked(statements, said_on) if shaped else statements
    return StatementStream(
        document.format,
        len(lines),
        sections,
        statements,
        today=today,
        said_on=said_on,
        layout_read=shaped is not None,
    )


def parse_document(
    document: TextDocument,
    *,
    breaks: dict[int, str] | None = None,
    known_people: frozenset[str] = frozenset(),
    today: datetime.date | None = None,
) -> ParsedDocument:
    """Parse notes or a transcript: ``stream_document``, every statement collected."""
    stream = stream_document(document, breaks=breaks, known_people=known_people, today=today)
    statements = list(stream)
    return ParsedDocument(stream.format, stream.line_count, stream.sections, statements)
