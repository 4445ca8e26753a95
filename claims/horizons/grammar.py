"""The grammar of horizons: one regular expression per rule, and the rule table pairing each
with its handler and the words it can start with."""

from __future__ import annotations

import re
from collections.abc import Callable

from claims.horizons.amounts import _ONES, _TEENS, _TENS
from claims.horizons.handlers import (
    _TOO_VAGUE,
    _Ctx,
    _cyclic,
    _Found,
    _h_dayword,
    _h_decade,
    _h_iso,
    _h_qual_year,
    _h_relative,
    _h_rolling,
    _h_vague_word,
    _h_year,
    _h_year_after_next,
    _make_christmas,
    _make_half,
    _make_month,
    _make_quarter,
    _make_season,
    _month_ok,
    _quarter_ok,
    _vague,
)
from claims.horizons.periods import _MONTH_ABBR, _MONTH_NUMBER

# ---- Grammar pieces. Named groups are read by the handlers; ``_ng`` strips the names where a
# ---- piece is reused without being read (Python needs group names unique per pattern).


def _ng(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _trie(words: str) -> str:
    """A regular expression for ``words`` (space-separated; "_" for a space) as a prefix tree.

    sre tries the branches of an alternation one by one; as a tree, a miss costs a character
    or two instead of a comparison per word, which is most of the scan's time.
    """
    tree: dict = {}
    for word in words.split():
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(sub) for char, sub in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return "(?:" + emit(tree).replace("_", r"\s+") + ")"


_NUMBER_WORDS = f"{_ONES} {_TEENS} {_TENS}"
_NUM = (
    rf"(?:(?<![\d.,$€£])\d{{1,3}}(?:\.\d+)?(?![\d,%])|{_trie(_TENS)}(?:[-\s]{_trie(_ONES)})?\b"
    rf"|{_trie(f'{_ONES} {_TEENS}')}\b"
    r"|(?:a\s+)?couple(?:\s+of)?\b|half\s+a\s+dozen\b|(?:a\s+)?dozen\b|an?\b)"
)
_AMOUNT = (
    rf"(?:(?P<halfof>half\s+an?)|(?P<n1>{_NUM})(?:\s*(?:-|to|or)\s*(?P<n2>{_NUM}))?"
    r"(?P<andhalf1>\s+and\s+a\s+half)?)"
)
_UNIT_WORDS = "day week month quarter year yr decade"
_UNITS = _trie(f"{_UNIT_WORDS} {_UNIT_WORDS.replace(' ', 's ')}s century centuries") + r"\b"

_UNIT = rf"(?P<unit>{_UNITS})"
_PLURAL_UNITS = _trie("days weeks months quarters years decades") + r"\b"
_TAIL_RANGE = rf"(?P<andhalf2>\s+and\s+a\s+half)?(?:\s+or\s+(?P<n3>{_NUM}))?"
# An age ("16 year old"), the past ("2 years ago") or an approximation ("or so") is not a date.
_NOT_AFTER_UNIT = r"(?![-\s]+old\b|\s+or\s+so\b|\s+ago\b|\s+later\b|\s+earlier\b)"
_YEAR_NUM = (
    r"(?<![\d$€£.,])(?:19|20|21)\d\d(?![\d%]|[.,]\d|'?s\b|\s+at\s+the\s+earliest\b|\s+or\s+so\b)"
)
_YEARS = (
    rf"(?P<y1>{_YEAR_NUM})(?:\s*(?:-|to|or|and|/)\s*(?P<y2>{_YEAR_NUM}|\d\d\b(?!\s*%|\s+percent)))?"
)
_YSPEC = rf"(?:,?\s+(?:of\s+)?(?:(?P<y1>{_YEAR_NUM})|(?P<rel>this|next)\s+year\b))?"
_PREP_WORDS = _trie(
    "by before until till til through thru in_time_for in during between between_now_and within"
    " sometime sometime_in sometime_during some_time_in no_later_than not_later_than"
)
_PREP = rf"(?:(?P<prep>{_PREP_WORDS})\s+)?"
_END_OF = (
    r"(?:(?:the\s+)?(?:very\s+)?(?P<edge>end|close|start|beginning|middle|turn)\s+of\s+(?:the\s+)?)"
)
_MONTH_RE = rf"(?P<month>{_trie(' '.join([*_MONTH_NUMBER, *_MONTH_ABBR]))})\b\.?"
_WHICH = r"(?:this|(?:the\s+)?next|the\s+coming)"
_REL_UNITS = r"(?:year|month|quarter|week|decade)"
_PERIODISH = (  # what a lower bound or an approximation may refer to (not read, only matched)
    rf"(?:(?:early|mid|late)[-\s]*)?(?:19|20|21)\d\d(?:'?s)?\b|(?:this|next)\s+(?:{_REL_UNITS}"
    rf"|spring|summer|autumn|fall|winter)\b|{_ng(_MONTH_RE)}\s+(?:19|20|21)\d\d\b|q[1-4]\s+\d{{4}}\b"
)


# ---- The grammar: one pattern per rule, then one table. Order matters only between rules
# ---- that can start at the same word (the first listed wins there).
_AGE = rf"{_ng(_AMOUNT)}[-\s]+{_UNITS}[-\s]+old\b"
_AGO = (
    rf"(?:{_ng(_AMOUNT)}|(?:a\s+)?few|several|many|some)\+?\s+{_UNITS}"
    r"\s+(?:ago|earlier|later|before|back|prior)\b"
)
_SINCE = r"since\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?[\w']+"
_FOR = (
    r"for\s+(?:(?:over|about|nearly|almost|more\s+than|at\s+least|the\s+(?:past|last))\s+)?"
    rf"{_ng(_AMOUNT)}\+?\s+{_UNITS}"
)
_LOWER = (
    r"(?:after|not\s+before|no\s+(?:earlier|sooner)\s+than|as\s+(?:early|soon)\s+as"
    r"|starting(?:\s+(?:in|from))?|beginning\s+in|from)\s+(?:the\s+)?"
    rf"(?:{_PERIODISH})|(?:{_PERIODISH})\s+at\s+the\s+earliest\b"
    r"|(?:(?:in|within|take|takes)\s+)?(?:at\s+least|more\s+than|no\s+(?:less|fewer)\s+than)\s+"
    rf"{_ng(_AMOUNT)}\s+{_UNITS}|(?:(?:in|within|take|takes)\s+)?{_ng(_AMOUNT)}\+\s+{_UNITS}"
    rf"|(?:(?:in|within|take|takes)\s+)?{_ng(_AMOUNT)}\s+{_UNITS}\s+or\s+(?:more|longer)\b"
)
_APPROX = (
    r"(?:(?:in|within|by|sometime|over\s+the\s+next)\s+)?"
    r"(?:about|around|approximately|roughly|circa|maybe|perhaps)\s+(?:the\s+year\s+)?"
    rf"(?:{_ng(_AMOUNT)}\s+{_UNITS}|{_ng(_YEARS)}|(?:the\s+)?(?:19|20|21)\d0'?s\b)"
    rf"|(?:(?:in|within|by)\s+)?(?:{_ng(_AMOUNT)}\s+{_UNITS}|(?:19|20|21)\d\d)\s+or\s+so\b"
)
_ROLLING = (
    r"(?P<pre>(?:within|in|over(?:\s+the\s+course\s+of)?|during|inside(?:\s+of)?)(?:\s+the\s+(?:next|coming)"
    r"|\s+(?:next|coming))?|for\s+the\s+(?:next|coming)|take|takes|taking)\s+"
    r"(?:(?:less|fewer)\s+than\s+|under\s+|no\s+more\s+than\s+|at\s+most\s+|just\s+|only\s+)?"
    rf"{_AMOUNT}\s+{_UNIT}{_TAIL_RANGE}(?:'s|')?(?:\s+time\b)?{_NOT_AFTER_UNIT}"
)
_ROLLING_ONE = (  # "over the next decade": one unit
    r"(?P<pre>(?:within|in|over(?:\s+the\s+course\s+of)?|during|for)\s+the\s+(?:next|coming))\s+"
    r"(?P<unit>day|week|month|quarter|year|decade|century)\b(?!')"
)
_FROM_NOW = (
    rf"{_AMOUNT}\s+{_UNIT}{_TAIL_RANGE}\s+"
    r"(?:from\s+(?:now|today)|away|out\b(?!\s+of)|hence|down\s+the\s+(?:road|line))\b"
)
_THIS_TIME = r"(?:(?:by|until|before)\s+)?this\s+time\s+next\s+(?P<unit>year|month|week)\b"
_ISO = rf"{_PREP}(?P<y1>(?:19|20|21)\d\d)-(?P<mm>0[1-9]|1[0-2])-(?P<dd>[0-3]\d)\b"
_DAY_MONTH = (
    rf"{_PREP}(?:the\s+)?(?<![\d.,$])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH_RE}{_YSPEC}"
)
_MONTH_DAY = (
    rf"{_PREP}{_END_OF}?(?:(?P<which>this|next)\s+)?{_MONTH_RE}"
    rf"(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)?{_YSPEC}"
)
_CHRISTMAS = (
    rf"{_PREP}(?:(?P<which>this|next)\s+)?(?:christmas|xmas)(?:\s+(?P<eve>eve)|\s+day)?\b{_YSPEC}"
)
_SEASON = (
    rf"{_PREP}{_END_OF}?(?:the\s+)?(?:(?P<which>this|next)\s+)?"
    rf"(?P<season>spring|summer|autumn|fall|winter)\b{_YSPEC}"
)
_QUARTER = (
    rf"{_PREP}{_END_OF}?(?:(?P<which>this|next)\s+)?(?:(?P<q>q[1-4])\b|(?:the\s+)?"
    r"(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter\b)"
    rf"(?:\s*'(?P<yy>\d\d)\b)?{_YSPEC}"
)
_HALF = (
    rf"{_PREP}{_END_OF}?(?:(?P<h>h[12])\b|(?:the\s+)?"
    rf"(?P<hw>first|second|1st|2nd|latter|back)\s+half\b){_YSPEC}"
)
_DECADE = (
    rf"{_PREP}(?:{_END_OF}|(?:the\s+)?(?P<q>early|mid|late)[-\s]*)?(?:the\s+)?"
    r"(?P<dec>(?:19|20|21)\d0)'?s\b"
)
_QUAL_YEAR = (
    rf"{_PREP}(?:{_END_OF}(?:the\s+year\s+)?|(?P<q>early|mid|late|year[-\s]end)[-\s]*){_YEARS}"
)
_RELATIVE = (
    rf"{_PREP}(?:{_END_OF}(?:(?P<which>{_WHICH})\s+)?"
    rf"|(?:(?P<q>early|mid|late|later)[-\s]+)?(?P<which2>{_WHICH})\s+)"
    rf"(?P<unit>{_REL_UNITS}|century)\b"
)
_AFTER_NEXT = rf"{_PREP}(?:the\s+)?year\s+after\s+next\b"
_RELATIVE_END = (  # "by year's end", "EOY", "within the year"
    rf"{_PREP}(?:(?P<unit>{_REL_UNITS})(?:'s|s')?[-\s]?end\b|(?:the\s+)?eo(?P<eo>[ymq])\b)"
    rf"|within\s+the\s+(?P<unit2>{_REL_UNITS})\b"
)
_YEAR_RX = (
    rf"(?P<prep>{_PREP_WORDS})\s+(?:the\s+year\s+)?{_YEARS}"  # a bare year needs a preposition
)
_DAY_WORD = (
    r"(?P<prep>by|before|until|till)\s+"
    r"(?P<dw>tonight|tomorrow|the\s+end\s+of\s+(?:the\s+)?day)\b"  # "before today" is the past
)
_FEW = (
    r"(?:(?:in|within|over|during)(?:\s+the)?(?:\s+(?:next|coming))?|for\s+the\s+(?:next|coming))"
    r"\s+(?:a\s+few|few|several|a\s+number\s+of|a\s+handful\s+of|a\s+couple\s+more)\s+"
    rf"{_PLURAL_UNITS}|(?:in|over|during)\s+the\s+(?:next|coming)\s+{_PLURAL_UNITS}"
    rf"|(?:(?:a\s+)?few\s+|several\s+)?{_PLURAL_UNITS}\s+"
    r"(?:from\s+now|away|out|down\s+the\s+(?:road|line))\b"
    rf"|within\s+(?:a\s+matter\s+of\s+)?{_PLURAL_UNITS}|in\s+a\s+matter\s+of\s+{_PLURAL_UNITS}"
    rf"|(?:in|over|for)\s+the\s+{_PLURAL_UNITS}\s+(?:to\s+come|ahead)\b"
    rf"|for\s+{_PLURAL_UNITS}\s+to\s+come\b"
)
# "Down the road" is left out on purpose: "far enough down the road" is about progress.
_WORDS = (
    r"(?:soon(?:er)?|sooner\s+or\s+later|eventually|some\s?day|one\s+day(?!\s+(?:a|per|of)\b)"
    r"|one\s+of\s+these\s+days|any\s+(?:day|time|moment|minute|week)\s+now|shortly"
    r"|imminent(?:ly)?|(?:the\s+)?mid[-\s]century|before\s+(?:too\s+)?long|in\s+due\s+course|at\s+some\s+point"
    r"|(?:in|within)\s+(?:the\s+)?(?:(?:not[-\s](?:too[-\s])?(?:distant|far)|near|foreseeable"
    r"|distant|far)\s+)?future|in\s+(?:our|my|your|his|her|their|a)\s+lifetimes?"
    r"|within\s+(?:a|one|our|my|a\s+single)\s+(?:generation|lifetime)|in\s+a\s+generation"
    r"|(?:in|over)\s+the\s+(?:long|short|medium|near)[-\s](?:run|term)|down\s+the\s+line"
    r"|it\s+won't\s+be\s+long|not\s+long\s+from\s+now)\b"
)
_FUNCTION_WORD = (
    r"(?:and|or|but|we|they|it|he|she|you|i|will|would|the|a|to|is|are|of|for|in|on|at|with)\b"
)
_EVENT = (
    # the clause after "by the time", up to punctuation or a spaced dash
    r"by\s+the\s+time\b(?:[^,;.!?:()\"\n\s]|\s(?!-\s)){0,100}"
    rf"|(?:by|before|until)\s+the\s+(?:next|upcoming|coming)\s+(?!{_UNITS})[\w'-]+"
    rf"(?:\s+(?!{_FUNCTION_WORD})[\w'-]+){{0,2}}"
)

_Handler = Callable[[re.Match, _Ctx], _Found | None]
# Words a rule can start with ("@x" stands for a group of words below); a test checks them.
_STARTS = {
    "@amount": f"@digit a an half couple dozen {_NUMBER_WORDS}",
    "@prep": "by before until till til through thru in during between within sometime some no not",
    "@end": "the very end close start beginning middle turn",
    "@month": " ".join([*_MONTH_NUMBER, *_MONTH_ABBR]),
}
_RULES: list[tuple[str, str, _Handler | None, str]] = [  # handler None: blocks a span
    ("age", _AGE, None, "@amount"),
    ("ago", _AGO, None, "@amount few several many some"),
    ("since", _SINCE, None, "since"),
    ("for", _FOR, None, "for"),
    (
        "lower",
        _LOWER,
        _vague("gives only an earliest date, not a deadline"),
        "after not no as starting beginning from in within take takes at more early mid late"
        " this next q1 q2 q3 q4 @month @amount",
    ),
    (
        "approx",
        _APPROX,
        _vague("is approximate"),
        "in within by sometime over about around approximately roughly circa maybe perhaps @amount",
    ),
    ("rolling", _ROLLING, _h_rolling, "within in over during inside for take takes taking"),
    ("rolling_one", _ROLLING_ONE, _h_rolling, "within in over during for"),
    ("from_now", _FROM_NOW, _h_rolling, "@amount"),
    ("this_time", _THIS_TIME, _h_rolling, "by until before this"),
    ("iso", _ISO, _h_iso, "@prep @digit"),
    ("day_month", _DAY_MONTH, _cyclic(_make_month, _month_ok), "@prep the @digit"),
    ("month", _MONTH_DAY, _cyclic(_make_month, _month_ok), "@prep @end this next @month"),
    ("christmas", _CHRISTMAS, _cyclic(_make_christmas), "@prep this next christmas xmas"),
    (
        "season",
        _SEASON,
        _cyclic(_make_season),
        "@prep @end this next spring summer autumn fall winter",
    ),
    (
        "quarter",
        _QUARTER,
        _cyclic(_make_quarter, _quarter_ok),
        "@prep @end this next q1 q2 q3 q4 first second third fourth last final @digit",
    ),
    (
        "half",
        _HALF,
        _cyclic(_make_half, lambda m, ctx: bool(m["h"])),
        "@prep @end h1 h2 first second latter back @digit",
    ),
    ("decade", _DECADE, _h_decade, "@prep @end early mid late @digit"),
    ("qual_year", _QUAL_YEAR, _h_qual_year, "@prep @end early mid late year"),
    ("after_next", _AFTER_NEXT, _h_year_after_next, "@prep the year"),
    ("relative", _RELATIVE, _h_relative, "@prep @end early mid late later this next"),
    (
        "relative_end",
        _RELATIVE_END,
        _h_relative,
        "@prep year month quarter week decade the eoy eom eoq",
    ),
    ("year", _YEAR_RX, _h_year, "@prep"),
    ("day_word", _DAY_WORD, _h_dayword, "by before until till"),
    (
        "few",
        _FEW,
        _TOO_VAGUE,
        "in within over during for a few several days weeks months quarters years decades",
    ),
    (
        "words",
        _WORDS,
        _h_vague_word,
        "soon sooner eventually some someday one any shortly imminent imminently the mid"
        " before in at within down it not",
    ),
    ("event", _EVENT, _vague("ties the claim to an event with no date"), "by before until"),
    ("asap", r"as\s+soon\s+as\s+possible\b", _TOO_VAGUE, "as"),
    ("as_soon_as", r"as\s+soon\s+as\b", None, "as"),  # a conjunction: "as soon as they ship it"
]


def _start_words(spec: str) -> set[str]:
    words = set()
    for word in spec.split():
        words |= _start_words(_STARTS[word]) if word in _STARTS else {word}
    return words
