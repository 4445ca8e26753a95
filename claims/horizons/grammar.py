"""The grammar of horizons: one regular expression per rule, and the rule table pairing each
with its handler and the words it can start with."""

from __future__ import annotations

import re
from collections.abc import Callable

from claims.horizons.amounts import _ONES, _TEENS, _TENS
from claims.horizons.breaks import BREAK_WORDS, EASTER_WORDS, h_break, h_easter, h_school_year
from claims.horizons.handlers import (
    _TOO_VAGUE,
    LOWER_BOUND,
    PERSONAL_CALENDAR,
    _Ctx,
    _cyclic,
    _Found,
    _h_bare_day,
    _h_dayword,
    _h_decade,
    _h_event,
    _h_fiscal,
    _h_for,
    _h_for_more,
    _h_from_now,
    _h_full_year,
    _h_guided_year,
    _h_half_alone,
    _h_holiday,
    _h_iso,
    _h_month_noun,
    _h_on_date,
    _h_on_day_alone,
    _h_qual_year,
    _h_relative,
    _h_rolling,
    _h_season,
    _h_short_year,
    _h_target_year,
    _h_unit_ends,
    _h_vague_word,
    _h_weekday,
    _h_year,
    _h_year_after_next,
    _h_year_event,
    _life,
    _make_christmas,
    _make_half,
    _make_month,
    _make_quarter,
    _month_ok,
    _quarter_ok,
    _vague,
)
from claims.horizons.harvests import HARVEST, HARVEST_CUES, h_harvest
from claims.horizons.holidays import HOLIDAY, HOLIDAY_CUES, h_holiday
from claims.horizons.numeric_dates import DOTTED, NUMERIC_CUES, SLASHED, h_dotted, h_slashed
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
    r"|(?:a\s+)?couple(?:\s+of)?\b|half\s+a\s+dozen\b|(?:a\s+)?dozen\b|an?\b"
    rf"|(?:{_trie(_ONES)}\s+|an?\s+)?hundred\b(?:\s+(?:and\s+)?(?:{_trie(_TENS)}(?:[-\s]{_trie(_ONES)})?"
    rf"|{_trie(f'{_ONES} {_TEENS}')})\b)?)"
)
_AMOUNT = (
    rf"(?:(?P<halfof>half\s+an?)|(?P<n1>{_NUM})"
    rf"(?:(?:\s*(?:-|to|or)|\s*,?\s+(?:or\s+)?(?:maybe|perhaps|possibly))\s*(?P<n2>{_NUM}))?"
    r"(?P<andhalf1>\s+and\s+a\s+half)?)"
)
_UNIT_WORDS = "day week wk month mo mth quarter year yr decade"
_UNITS = _trie(f"{_UNIT_WORDS} {_UNIT_WORDS.replace(' ', 's ')}s century centuries") + r"\b"

_UNIT = rf"(?P<unit>{_UNITS})"
_PLURAL_UNITS = _trie("days weeks months quarters years decades") + r"\b"
# The other end of a range said as an alternative: "a year or two", "18 months, maybe two years".
# A bare number there must not be the start of a count ("in 5 years or 10 million users").
_TAIL_RANGE = (
    rf"(?P<andhalf2>\s+and\s+a\s+half)?(?:\s*,?\s+(?:or|maybe|perhaps|possibly|or\s+maybe"
    rf"|or\s+perhaps|or\s+possibly)\s+(?P<n3>{_NUM})(?P<andhalf3>\s+and\s+a\s+half)?"
    rf"(?:\s*(?P<unit3>{_UNITS})|(?!\s*(?:%|percent\b|x\b|times\b|[$€£]|[mbk]\b|million|billion"
    r"|thousand|trillion)|\s+(?!this\b|is\b|as\b|was\b|has\b|its\b|his\b|us\b)[a-z]{2,}s\b)))?"
)
# An age ("16 year old") or the past ("2 years ago") is not a date.
_NOT_AFTER_UNIT = r"(?![-\s]+old\b|\s+ago\b|\s+later\b|\s+earlier\b)"
_YEAR_NUM = r"(?<![\d$€£.,])(?:19|20|21)\d\d(?![\d%]|[.,]\d|'?s\b)"
_YEARS = (
    rf"(?P<y1>{_YEAR_NUM})(?:\s*(?:-|to|or|and|/)\s*(?P<y2>{_YEAR_NUM}|\d\d\b(?!\s*%|\s+percent)))?"
)
_CALENDAR = r"(?:the\s+year\s+|(?:the\s+)?calendar\s+(?:year\s+)?|cy\s?)?"
_YSPEC = (
    rf"(?:,?\s+(?:of\s+)?{_CALENDAR}"
    rf"(?:(?P<y1>{_YEAR_NUM})|(?P<rel>this|next)\s+(?:calendar\s+)?year\b))?"
)
# Words before a period that make it a deadline ("by", "until"). Words that make it a lower
# bound ("after", "not until") or approximate ("around") are read by the qualifiers module in
# the text before a match; only a bare year, which needs a word before it, takes them here.
_DEADLINE_PREPS = (
    "by before until till til through thru in_time_for in during between between_now_and within"
    " sometime sometime_in sometime_during some_time_in no_later_than not_later_than"
    " ahead_of prior_to sooner_than earlier_than"
    # A date moved later is when it is now due: "Android slips to August", "the launch was
    # pushed back to Q3", "delayed to March".
    " slips_to slip_to slipped_to slipping_to pushed_to pushed_back_to delayed_to"
    " postponed_to moved_back_to slips_into slip_into slipped_into slipping_into pushed_into"
    " pushed_back_into"
)
_PREP_WORDS = _trie(_DEADLINE_PREPS)
# A year a quantity ends or closes at: "The 10-year yield ends 2024 around 4%" (the end of 2024).
_YEAR_END_VERBS = "ends end will_end closes close will_close finishes finish will_finish"
_YEAR_PREP_WORDS = _trie(
    f"{_DEADLINE_PREPS} {_YEAR_END_VERBS} after sometime_after some_time_after not_before"
    " not_until not_till"
    " no_earlier_than no_sooner_than as_early_as as_soon_as starting starting_in starting_from"
    " beginning_in beginning_from from beyond later_than past around about approximately approx"
    " roughly circa near nearly close_to towards toward sometime_around sometime_near"
    " somewhere_around some_time_around"
)
# Approximations, and the speaker's hedges ("maybe", "perhaps", "possibly", "probably"), which
# are read where they stand ("in maybe five years") but change nothing (``qualifiers``).
_HEDGES = _trie(
    "about around roughly approximately approx circa maybe perhaps possibly probably some"
    " something_like"
)
_PREP = rf"(?:(?P<prep>{_PREP_WORDS})\s+)?"
_END_OF = (
    r"(?:(?:the\s+)?(?:very\s+|tail\s+|back\s+)?(?P<edge>end|close|start|beginning|middle|turn)"
    r"\s+of\s+(?:the\s+)?)"
)
# "the early part of", "the latter stages of": a part of a year, decade or century.
_PARTS = "early earlier first middle mid latter later late last final closing back"
_PART_OF = (
    rf"(?:the\s+)?(?P<part>{_trie(_PARTS)})"
    rf"[-\s]+{_trie('part parts stage stages years months half')}\s+of\s+(?:the\s+)?"
)
_MONTH_RE = rf"(?P<month>{_trie(' '.join([*_MONTH_NUMBER, *_MONTH_ABBR]))})\b\.?"
_WHICH = r"(?:this|(?:the\s+)?next|the\s+coming)"
_REL_UNITS = r"(?:year|month|quarter|week|decade)"


# ---- The grammar: one pattern per rule, then one table. Order matters only between rules
# ---- that can start at the same word (the first listed wins there).
_AGE = rf"{_ng(_AMOUNT)}[-\s]+{_UNITS}[-\s]+old\b"
_AGO = (
    rf"(?:{_ng(_AMOUNT)}|(?:a\s+)?few|several|many|some)\+?\s+{_UNITS}"
    r"\s+(?:ago|earlier|later|before|back|prior)\b"
)
_SINCE = r"since\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?[\w']+"
_FOR = (  # a duration ("for 20 years"), unless negated: "won't happen for another five years"
    r"for\s+(?:(?:over|about|nearly|almost|more\s+than|at\s+least|the\s+(?:past|last)"
    rf"|another|a\s+further)\s+)?{_ng(_AMOUNT)}\+?\s*{_UNITS}"
)
# A span that goes on from now: "will be importing lithium for another twenty years", "for a
# further decade", "for two more years": as "for the next twenty years" (``_h_for_more``).
_MORE_PRE = (
    r"(?P<pre>for\s+(?:(?:at\s+least|about|roughly|maybe|perhaps)\s+)?(?:another|a\s+further))"
)
_FOR_MORE = rf"{_MORE_PRE}\s+{_AMOUNT}\s*{_UNIT}{_NOT_AFTER_UNIT}"
_FOR_MORE_ONE = rf"{_MORE_PRE}\s+(?P<unit>day|week|month|quarter|year|decade|century)\b(?!')"
_FOR_N_MORE = rf"(?P<pre>for)\s+{_AMOUNT}\s+more\s+{_UNIT}{_NOT_AFTER_UNIT}"
_AT_LEAST = (
    r"at\s+least|more\s+than|(?:well\s+)?over|upwards\s+of|north\s+of|no\s+(?:less|fewer)\s+than"
    r"|not\s+less\s+than|a\s+minimum\s+of|longer\s+than|beyond|a\s+good|a\s+solid"
)
_LOWER = (  # durations only: lower bounds of named periods are read by the qualifiers
    rf"(?:(?:in|within|take|takes|taking)\s+)?(?:{_AT_LEAST})\s+{_ng(_AMOUNT)}\s*{_UNITS}"
    rf"|(?:(?:in|within|take|takes|taking)\s+)?{_ng(_AMOUNT)}\s*\+\s*{_UNITS}"
    rf"|(?:(?:in|within|take|takes|taking)\s+)?{_ng(_AMOUNT)}\s*{_UNITS}[-\s]plus\b"
    rf"|(?:(?:in|within|take|takes|taking)\s+)?{_ng(_AMOUNT)}\s*{_UNITS}\s+or\s+(?:more|longer)\b"
)
_ROLLING = (
    r"(?P<pre>(?:within|in|over(?:\s+the\s+course\s+of)?|during|inside(?:\s+of)?)(?:\s+the\s+(?:next|coming)"
    r"|\s+(?:next|coming))?|for\s+the\s+(?:next|coming)|(?<!or\s)takes?|taking"
    # "give it 18 months and it'll be most weekends", "give it two years max"
    r"|give\s+it(?:\s+another)?)\s+"
    r"(?:(?:less|fewer)\s+than\s+|under\s+|no\s+more\s+than\s+|at\s+most\s+|just\s+|only\s+"
    rf"|(?P<hedge>{_HEDGES})\s+)?"
    rf"{_AMOUNT}\s*{_UNIT}{_TAIL_RANGE}(?:'s|')?(?:\s+time\b)?{_NOT_AFTER_UNIT}"
)
_ROLLING_ONE = (  # "over the next decade": one unit
    r"(?P<pre>(?:within|in|over(?:\s+the\s+course\s+of)?|during|for)\s+the\s+(?:next|coming))\s+"
    r"(?P<unit>day|week|month|quarter|year|decade|century)\b(?!')"
)
_FROM_NOW_WORDS = (
    r"\s+(?:from\s+(?:now|today)|away|out\b(?!\s+of)|hence|down\s+the\s+(?:road|line))\b"
)
_THIS_TIME = r"(?:(?:by|until|before)\s+)?this\s+time\s+next\s+(?P<unit>year|month|week)\b"
_ISO = rf"{_PREP}(?P<y1>(?:19|20|21)\d\d)-(?P<mm>0[1-9]|1[0-2])-(?P<dd>[0-3]\d)\b"
_DAY_MONTH = (
    rf"{_PREP}(?:the\s+)?(?<![\d.,$])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH_RE}{_YSPEC}"
)
# A scheduled day said with "on": "on 12 November", "on the 3rd of March", "on March 3rd".
_ON_DAY_MONTH = (
    r"(?P<prep>on)\s+(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH_RE}{_YSPEC}"
)
# "on the 19th", "on the 3rd of next month": a day of the month alone (not "on the 19th of
# March": ``_ON_DAY_MONTH``; not "on the 19th floor", "on the 3rd attempt").
_ON_DAY_ALONE = (
    r"(?P<prep>on)\s+the\s+(?P<dd>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?:\s+of\s+(?:(?P<this>this)|(?P<next>next))\s+month\b)?"
    r"(?!\s+(?:of\s+)?[a-z])"
)
_ON_MONTH_DAY = (
    rf"(?P<prep>on)\s+{_MONTH_RE}\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?!\s*(?:%|[:.]\d)){_YSPEC}"
)
_MONTH_DAY = (
    rf"{_PREP}{_END_OF}?(?:(?P<which>this|next)\s+)?{_MONTH_RE}"
    rf"(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)?{_YSPEC}"
)
# A meeting or summit named by its month: "at its December meeting", "at the June summit",
# "by the March policy meeting". The month is known (the next such month); the day is not,
# unless the name gives it ("before the April 14 meeting": the 14th, not all of April).
_MONTH_EVENT = (
    r"(?P<prep>at|in|during|by|before|until|till|on)\s+(?:its|the|their|our|this)\s+"
    rf"(?:(?P<which>next)\s+)?{_MONTH_RE}(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))?"
    r"\s+(?:[a-z0-9'-]+\s+){0,2}?"
    r"(?:meeting|summit|session|conference|council|congress|gathering|sitting|hearing|review"
    r"|vote|decision|statement|update|recess|break|ballot|election|referendum|primary"
    r"|primaries|holiday|vacation|adjournment)s?\b"
)
# A break by its season or holiday: "before the summer recess", "by next year's Christmas
# break", "ahead of Parliament's Easter holidays" (``breaks``; the handler reads a preposition
# before an owner's name).
_BREAK = (
    rf"(?:(?P<prep>{_PREP_WORDS}|at|over|for)\s+)?(?:the\s+)?(?:(?P<which>this|next)(?P<years>\s+year's)?\s+)?"
    rf"(?P<when>summer|winter|spring|autumn|fall|christmas|xmas|easter)\s+{BREAK_WORDS}\b{_YSPEC}"
)
# "for the 2026-27 school year", "in the 2027/28 academic year", "next school year"
# (``breaks``).
_SCHOOL_YEAR = (
    rf"(?:(?P<prep>{_PREP_WORDS}|for|over|at|throughout)\s+)?(?:the\s+)?"
    rf"(?:(?P<y1>{_YEAR_NUM})\s*(?:-|/|to)\s*(?P<y2>{_YEAR_NUM}|\d\d(?!\d))"
    r"|(?P<which>this|next|coming|current))\s+(?:school|academic|university)\s+year\b"
)
# "by Easter", "over Easter 2027", "before next Easter" (``breaks``).
_EASTER = (
    rf"(?:(?P<prep>{_PREP_WORDS}|at|over|on|for)\s+)?(?:(?P<which>this|next)\s+)?{EASTER_WORDS}\b"
    rf"{_YSPEC}"
)
_CHRISTMAS = (
    rf"{_PREP}(?:(?P<which>this|next)\s+)?(?:christmas|xmas)(?:\s+(?P<eve>eve)|\s+day)?\b{_YSPEC}"
)
# "a December cut", "the March meeting": a month named as the time of an event to come; its
# phrase alone ("December cut", stored as the horizon) reads the same again.
_MONTH_NOUN = (
    rf"(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s)|^){_MONTH_RE}(?P<day>)\s+(?:rate\s+)?(?:cut|hike|rise"
    r"|move|meeting|decision|vote|election|announcement|launch|release|deadline)s?\b"
)
# "at Christmas", "on Boxing Day", "miss Boxing Day": a named day, with or without a
# preposition ("by Christmas" is ``_CHRISTMAS``'s).
_HOLIDAY = (
    # Christmas alone is ``_CHRISTMAS``'s ("after Christmas": a bound).
    r"(?=(?:at|on|over|for|this|next)\s|boxing|christmas\s+(?:day|eve)|new\s+year)"
    r"(?:(?P<prep>at|on|over|for)\s+)?(?:(?P<which>this|next)\s+)?(?P<holiday>boxing\s+day"
    r"|christmas\s+(?:day|eve)|new\s+year's\s+(?:day|eve)|christmas|xmas)\b"
    rf"{_YSPEC}"
)
_SEASON = (
    rf"{_PREP}{_END_OF}?(?:the\s+)?(?:(?P<which>this|next)\s+)?"
    rf"(?P<season>spring|summer|autumn|fall|winter)\b{_YSPEC}"
)
# A short year after a quarter or half: "Q3'25", "2H26", "Q1 '24".
_SHORT_YEAR = r"(?:(?:\s?')?(?P<yy>\d\d)\b|\b)"
# "Q3 FY25", "the third quarter of fiscal 2027" are fiscal quarters: the fiscal rule's.
_NOT_FISCAL = (
    r"(?!\s*'?(?:fy\d*|fiscal)\b"
    r"|\s+of\s+(?:the\s+|our\s+|its\s+)?(?:fy\d*|fiscal|financial\s+year)\b)"
)
_QUARTER = (
    rf"{_PREP}{_END_OF}?(?:(?P<which>this|next)\s+)?(?:(?:(?P<q>q[1-4])|(?P<qn>[1-4])q"
    rf"(?=\s?'?\d\d\b|\s+(?:19|20|21)\d\d\b)){_SHORT_YEAR}|(?:the\s+)?"
    r"(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[-\s]+quarter\b)"
    rf"{_NOT_FISCAL}{_YSPEC}{_NOT_FISCAL}"
)
_HALF = (
    rf"{_PREP}{_END_OF}?(?:(?:(?P<h>h[12])|(?P<hn>[12])h(?=\s?'?\d\d\b|\s+(?:19|20|21)\d\d\b))"
    rf"{_SHORT_YEAR}|(?:the\s+)?(?P<hw>first|second|1st|2nd|latter|back|front)\s+half\b"
    r"(?!\s+of\s+(?:the\s+)?(?:(?:this|next|coming)\s+)?(?:decade|century|(?:19|20|21)\d0'?s)))"
    rf"{_NOT_FISCAL}{_YSPEC}{_NOT_FISCAL}"
)
# "early", "mid", "late", or a span of them ("mid-to-late": its upper end is read).
_SPAN = r"(?:early|mid|late)[-\s]+to[-\s]+(?P<q2>mid|late)"
_QUALIFIER = rf"{_SPAN}|(?P<q>early|mid|late|year[-\s]end)"
_DECADE = (
    rf"{_PREP}(?:{_END_OF}|{_PART_OF}|(?:the\s+)?(?:{_SPAN}|(?P<q>early|mid|late))[-\s]*)?"
    r"(?:the\s+)?"
    r"(?P<dec>(?:19|20|21)\d0)'?s\b"
)
_QUAL_YEAR = rf"{_PREP}(?:{_END_OF}|{_PART_OF}|(?:{_QUALIFIER})[-\s]*){_CALENDAR}{_YEARS}"
_RELATIVE = (
    rf"{_PREP}(?:(?:{_END_OF}|{_PART_OF})(?:(?P<which>{_WHICH})\s+)?"
    rf"|(?:(?P<q>early|mid|late|later)[-\s]+)?(?P<which2>{_WHICH})\s+"
    r"|(?P<bare>early|mid|late)[-\s]+(?=(?:year|decade)\b))"
    rf"(?P<unit>{_REL_UNITS}|century)\b"
    # "this year or next": the next one is the upper bound ("or next year" is read as a period)
    rf"(?:\s+or\s+(?P<ornext>(?:the\s+)?(?:next|following)(?:\s+one)?"
    rf"|the\s+(?:one|{_REL_UNITS})\s+after)\b(?!\s+(?:{_REL_UNITS}|century|next)\b))?"
)
# "before the decade ends", "by the time the year is out": the end of that period.
_UNIT_ENDS = (
    r"(?:before|until|till|by\s+the\s+time)\s+(?P<which>the|this|next)\s+"
    rf"(?P<unit>{_REL_UNITS}|century)(?:'s)?\s+(?:ends|is\s+(?:out|over|done|up)|closes|runs\s+out"
    r"|wraps\s+up|draws\s+to\s+a\s+close|comes\s+to\s+an\s+end)\b"
)
# A quantity that ends the period at a level: "The 10-year ends the year around 4.25%", "the
# index will close the quarter higher" (the end of the period said in; not "the end the year").
_PERIOD_CLOSE = (
    r"(?<!the\s)(?<!an\s)(?:ends|end|closes|close|finishes|finish)\s+(?P<which>the|this)\s+"
    rf"(?P<unit>{_REL_UNITS})\b(?!'s|\s+(?:before|ago|earlier|of)\b)"
)
# A fiscal year or quarter: its calendar is the organisation's, which the parser does not know.
# A quarter by its ordinal: "third" in "our third fiscal quarter", "the fiscal third quarter".
_FISCAL_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_FISCAL = (
    # "our third fiscal quarter", "the fiscal third quarter", "fiscal Q3": the year said in.
    rf"(?:(?P<fqw>{_FISCAL_ORDINAL})\s+(?:fiscal|financial)\s+quarter\b"
    rf"|(?:fiscal|financial)\s+(?:(?P<fqw2>{_FISCAL_ORDINAL})\s+quarter\b|(?P<fq2>q[1-4])\b)"
    # "Q3 FY27", "2H fiscal 2027", "FY27", "Q3 of fiscal 2027", "the third quarter of FY27".
    rf"|(?:(?:(?P<fq>q[1-4]|[1-4]q)|(?P<fh>h[12]|[12]h)|(?P<fqw3>{_FISCAL_ORDINAL})\s+quarter)"
    r"\s*'?(?:\s+of(?:\s+the|\s+our|\s+its)?\s+)?)?"
    r"(?:fy|fiscal(?:\s+year)?|financial\s+year)(?:\s*'?\s*(?P<fy>(?:19|20|21)?\d\d))?\b)"
    r"(?:[-\s]+end\b)?(?:\s+(?:closes|ends|is\s+out|is\s+over|wraps\s+up))?"
)
_AFTER_NEXT = rf"{_PREP}(?:the\s+)?year\s+after\s+next\b"
# A year a forecast is made for: "for 2027", "for the full year 2026", "full-year 2026".
_GUIDED_YEAR = (
    r"(?:for\s+(?:the\s+)?(?:(?:full|whole|entire)[-\s]+)?(?:year\s+)?|full[-\s]+year\s+)"
    rf"{_CALENDAR}{_YEARS}"
)
_RELATIVE_END = (  # "by year's end", "EOY", "within the year", "for the rest of the year"
    rf"{_PREP}(?:(?P<unit>{_REL_UNITS})(?:'s|s')?[-\s]?end\b|(?:the\s+)?eo(?P<eo>[ymq])\b)"
    rf"|within\s+the\s+(?P<unit2>{_REL_UNITS})\b"
    rf"|(?:for|over|during|through|throughout)\s+(?:the\s+)?(?:rest|remainder)\s+of\s+"
    rf"(?:the|this)\s+(?P<unit3>{_REL_UNITS})\b"
)
# "in the second half", with no year: this year's only when said before it began.
_HALF_ALONE = (
    r"(?:(?P<prep>in|by|during|through)\s+the\s+|(?:the\s+)?)"
    r"(?P<hw>second|2nd|latter|back|first|1st|front)"
    r"[-\s]+half\b(?:\s+of\s+(?:the\s+(?:calendar\s+)?|this\s+)year\b)?(?!\s+of\b|\s*'?\d|\s+(?:19|20|21)\d\d"
    r"|,?\s+(?:this|next)\s+year|[-\s]+(?:point|percent|hour|dozen|time|inning|of\b))"
)
# "For the full year we see revenue of about 4 billion", "full-year revenue will be": no year.
_FULL_YEAR = (
    r"(?:(?:for|over|in|through)\s+)?(?:the\s+)?(?:full|whole|entire)[-\s]+year\b"
    r"(?!\s*(?:'?\d|of\b|fy\b|fiscal|financial|calendar|cy\b)|[-\s]+(?:old|long|round)\b)"
)
# A target named by its year: "its 2030 renewables target", "the 2050 net-zero pledge".
_TARGET_YEAR = (
    rf"(?P<y1>{_YEAR_NUM})(?:[-\s]+(?!(?:targets?|goals?|guidance|outlook)\b)[a-z][\w'-]*){{0,3}}?"
    r"[-\s]+"
    r"(?:targets?|goals?|pledges?|deadlines?|commitments?|ambitions?|objectives?|milestones?"
    # a forecast for a year, as companies give it: "2026 operating expense guidance remains …"
    r"|mandates?|(?P<guide>guidance|outlook|forecasts?|projections?))\b"
)
# "by '27": a year by its last two digits ("the '90s" is a decade, left out).
_SHORT_YEAR_RX = r"(?P<prep>by|in|until|till|before|through)\s+'(?P<yy>\d\d)\b(?!'?s\b)"
_YEAR_RX = (  # a bare year needs a preposition
    rf"(?P<prep>{_YEAR_PREP_WORDS})\.?\s+(?:(?P<hedge>{_HEDGES})\.?\s+)?{_CALENDAR}{_YEARS}"
)
# Words after a horizon that bound or hedge it ("2030 at the earliest", "five years or so");
# the qualifiers module reads them. A bare year or duration followed by one is a horizon.
SUFFIX_WORDS = (
    r"\s*,?\s*(?:at\s+the\s+(?:very\s+)?(?:earliest|latest|soonest|outside|most)"
    # "at least" before an amount counts the amount, not the time: "By 2030, at least three
    # cities will …".
    r"|at\s+(?:the\s+)?(?:very\s+)?least(?!\s+(?:[\d$£€]|(?:a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|half"
    r"|some|several|a\s+few|a\s+dozen|dozens|hundreds|thousands|millions|billions)\b))"
    r"|(?:at\s+a\s+)?minimum\b"
    r"|or\s+(?:even\s+)?(?:later|beyond|after|longer|more|so|thereabouts|sooner|earlier|before)"
    r"|and\s+(?:later|beyond|after|onwards?|up)|onwards?\b|-?\s?ish\b|give\s+or\s+take"
    r"|more\s+or\s+less|plus\s+or\s+minus|if\s+not\s+(?:later|longer|sooner|earlier|before)"
    r"|(?:or\s+)?(?:maybe|perhaps|possibly|probably)\s+(?:later|longer|sooner|earlier)\b|tops\b|max\b"
    r"|\+(?!\w)|-?plus\b)"
)
_EVENT_AFTER = r"\s+(?:after|following|post|into|from|once|upon)\b(?!\s+(?:now|today|here)\b)"
_YEAR_MOD = rf"{_YEARS}(?={SUFFIX_WORDS})"
# "five years from now"; or a duration with no preposition followed by a qualifier or an event.
_FROM_NOW = (
    rf"{_AMOUNT}\s*{_UNIT}{_TAIL_RANGE}(?:(?P<fromnow>{_FROM_NOW_WORDS})"
    rf"|(?={SUFFIX_WORDS}|{_EVENT_AFTER}))"
)
_DAY_WORD = (
    r"(?P<prep>by|before|until|till|(?:by\s+)?no\s+later\s+than|not\s+later\s+than)\s+"
    r"(?P<dw>tonight|tomorrow|the\s+end\s+of\s+(?:the\s+)?day)\b"  # "before today" is the past
)
# A day of the week ahead: "by Friday", "before Thu", "on Monday", "this coming Friday",
# "next Fri", "no later than Monday", and with its day of the month: "by Friday 23 October",
# "on Thursday the 12th", "on Thursday, March 12" (the month first, as in the US); "by Friday
# week", the Friday after next (British).
_US_MONTH = _MONTH_RE.replace("?P<month>", "?P<us_month>")
_WEEKDAY = (
    r"(?:(?P<prep>by|before|until|till|on|into|(?:by\s+)?no\s+later\s+than|not\s+later\s+than)\s+)?"
    r"(?:(?P<which>this|next|this\s+coming)\s+)?"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed"
    r"|thu(?:rs?)?|fri|sat|sun)\b(?!\.\w|'|\s+(?:night|evening|morning|afternoon)s\b)"
    r"(?P<fw>\s+week\b(?!\s+(?:of|in|after|before|from|to|and)\b))?"  # "by Friday week"
    rf"(?:\s*,?\s*(?:the\s+)?(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|[:.]\d))"
    rf"(?:\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+(?P<y1>{_YEAR_NUM}))?)?"
    rf"|\s*,?\s*{_US_MONTH}\s+(?P<us_dd>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|[:.]\d))"
    rf"(?:,?\s+(?P<us_y>{_YEAR_NUM}))?)?"
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
# The word spoken of, opening its sentence or quoted, is no horizon: "Soon is doing a lot of
# work there", "'Eventually' means" (not "the model soon is", a word of the sentence).
_SPOKEN_OF = (
    r"(?![\"”’']?\s+(?:is|was|isn't|wasn't|does|doesn't|did|means|meant|can|could|has|had)\b)"
)
_WORDS = (
    rf"(?:soon(?:(?<=[a-z\d,]\ssoon)|{_SPOKEN_OF})|sooner|sooner\s+or\s+later"
    rf"|eventually(?:(?<=[a-z\d,]\seventually)|{_SPOKEN_OF})|some\s?day|one\s+day(?!\s+(?:a|per|of)\b)"
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
_BEFORE_EVENT = (
    r"(?:by|before|until|till|ahead\s+of|prior\s+to|in\s+time\s+for|in\s+advance\s+of|after"
    r"|following|once)"
)
_POSSESSIVE = r"(?:my|our|his|her|their|your|its)"
_EVENT_NOUNS = _trie(
    "election elections general_election midterms midterm primaries ipo listing launch merger"
    " acquisition olympics world_cup inauguration referendum wedding graduation retirement"
    " approval handover spin-off spinoff recession rollout release"
)
_TERM_NOUNS = _trie(
    "term tenure presidency administration mandate career watch time_in_office contract"
    " parliament congress premiership chairmanship lifetime lifetimes life"
)
_MORE_WORDS = rf"(?:\s+(?!{_FUNCTION_WORD})[\w'-]+)"
_EVENT = (
    # the clause after "by the time", up to punctuation or a spaced dash
    r"by\s+the\s+time\b(?:[^,;.!?:()\"\n\s]|\s(?!-\s)){0,100}"
    rf"|{_BEFORE_EVENT}\s+the\s+(?:next|upcoming|coming|following)\s+(?!{_UNITS})[\w'-]+"
    rf"{_MORE_WORDS}{{0,2}}"
    rf"|{_BEFORE_EVENT}\s+(?:the\s+|{_POSSESSIVE}\s+)?{_EVENT_NOUNS}\b"
    rf"|(?:by|before|until|till|ahead\s+of|prior\s+to|in\s+time\s+for)\s+{_POSSESSIVE}\s+"
    rf"(?!(?:own|very|eyes|time|times|peers|rivals|competitors)\b)[\w'-]+{_MORE_WORDS}{{0,3}}"
    r"|(?:before|until|till)\s+(?:i|he|she|we|they)\s+"
    rf"(?!(?:know|can|could|will|would|do|did|get|are|were|was|have|had)\b)[\w'-]+{_MORE_WORDS}{{0,3}}"
)
# Personal and institutional calendars: "within my term", "by the end of his presidency".
_TERM_PREPS = (
    r"(?:within|during|by\s+the\s+end\s+of|before\s+the\s+end\s+of|for\s+the\s+rest\s+of"
    r"|over\s+the\s+course\s+of|through(?:out)?)"
)
# Bodies and offices that sit for a term: "before this government leaves office", "by the end
# of the legislative session", "before Congress adjourns".
_INSTITUTIONS = _trie(
    "government administration parliament congress legislature presidency premiership"
    " mandate coalition cabinet president prime_minister chancellor governor mayor"
)
_SITTINGS = r"(?:legislative|parliamentary|congressional)\s+(?:session|term|sitting|year)"
_LEAVES = _trie(
    "leaves_office leave_office is_out_of_office is_out falls ends adjourns rises dissolves"
    " is_dissolved breaks_up steps_down is_voted_out wraps_up runs_out goes"
)
_ORDINAL_TERM = rf"(?:(?:second|first|third|next|current|final)\s+)?{_TERM_NOUNS}\b"
_TERM = (
    rf"(?:{_TERM_PREPS}|before|over)\s+(?:{_POSSESSIVE}|this|the\s+current|the\s+next)\s+"
    rf"{_ORDINAL_TERM}"
    # a named holder: "before the end of Biden's term", "during Macron's presidency"
    rf"|{_TERM_PREPS}\s+(?!(?:it|that|what|who|there|here|today|tomorrow)'s\b)[a-z]+(?:'s|s')\s+"
    rf"{_ORDINAL_TERM}"
    # "by the end of the legislative session", "within the current parliament"
    rf"|{_TERM_PREPS}\s+the\s+(?:(?:present|current|next|new|coming)\s+)?"
    rf"(?:{_SITTINGS}|session\s+of\s+(?:parliament|congress)|{_INSTITUTIONS})\b"
    # "in his second term", "in the next parliament": a term said by its order
    rf"|in\s+(?:{_POSSESSIVE}|the|a)\s+(?:second|third|fourth|next|final)\s+{_TERM_NOUNS}\b"
    # "before this government leaves office", "until Congress adjourns"
    r"|(?:before|until|till|by\s+the\s+time)\s+(?:(?:this|the|our|the\s+current|the\s+next)\s+)?"
    rf"(?:{_SITTINGS}|{_INSTITUTIONS})\s+{_LEAVES}\b"
)
# A person's life: "in my kids' lifetime", "within our grandchildren's lifetimes", "in my old
# age", "within the next generation", "in two generations", "before I'm 50", "by the time
# we're dead". No date can be known from the words.
_AGE_WORDS = _trie("twenty thirty forty fifty sixty seventy eighty ninety a_hundred")
_LIFE = (
    r"(?:in|within|during|over)\s+(?:the\s+)?(?:(?:my|our|your|his|her|their)\s+)?"
    r"[a-z-]+(?:'s|s'|')\s+(?:life\s*times?|lives)\b"
    r"|(?:in|within|during)\s+(?:my|our|your|his|her|their)\s+(?:old\s+age|remaining\s+years)\b"
    r"|(?:in|within|over|during)\s+(?:the\s+(?:next|coming)|a\s+couple(?:\s+of)?|a\s+few|two|three"
    r"|four|[2-4])\s+generations?\b(?!\s+of\b|-)"
    r"|(?:before|until|till|by\s+the\s+time)\s+(?:i'm|i\s+am|we're|we\s+are|he's|he\s+is|she's"
    r"|she\s+is|they're|they\s+are|you're|you\s+are)\s+(?:dead|gone|old|retired|grey|gray"
    rf"|\d{{2,3}}(?![\d%])|{_AGE_WORDS}\b)"
)
# An event named by its year: "before the 2028 election", "by the 2026 midterms". It falls in
# that year, on a day the words do not give.
_YEAR_EVENT = (
    r"(?P<prep>by|before|until|till|ahead\s+of|prior\s+to|in\s+time\s+for|in|at|after|following)"
    rf"\s+(?:the\s+)?(?P<y1>{_YEAR_NUM})\s+"
    r"(?:(?:us|u\.s\.|uk|eu|federal|general|presidential|national|state|local|european"
    r"|parliamentary|congressional|summer|winter|fifa|olympic)\s+){0,2}"
    r"(?P<event>elections?|midterms?|primar(?:y|ies)|olympics|olympic\s+games|games|world\s+cup"
    r"|census|referendum|inauguration)\b"
)

_Handler = Callable[[re.Match, _Ctx], _Found | None]
# Words a rule can start with ("@x" stands for a group of words below); a test checks them.
# "@count" is a run of one to three digits, "@year" one of four that reads as a year.
_STARTS = {
    "@amount": f"@count a an half couple dozen hundred {_NUMBER_WORDS}",
    "@prep": "by before until till til through thru in during between within sometime some no not"
    " ahead prior sooner earlier slips slip slipped slipping pushed delayed postponed moved",
    "@end": "the very end close start beginning middle turn tail back",
    "@part": "the early earlier first middle mid latter later late last final closing back",
    "@month": " ".join([*_MONTH_NUMBER, *_MONTH_ABBR]),
}
_RULES: list[tuple[str, str, _Handler | None, str]] = [  # handler None: blocks a span
    ("age", _AGE, None, "@amount"),
    ("ago", _AGO, None, "@amount few several many some"),
    ("since", _SINCE, None, "since"),
    (
        "school_year",
        _SCHOOL_YEAR,
        h_school_year,
        "@prep? for over at throughout the this next coming current @year",
    ),
    ("for_more", _FOR_MORE, _h_for_more, "for"),
    ("for_more_one", _FOR_MORE_ONE, _h_for_more, "for"),
    ("for_n_more", _FOR_N_MORE, _h_for_more, "for"),
    ("for", _FOR, _h_for, "for"),
    ("guided_year", _GUIDED_YEAR, _h_guided_year, "for full"),
    ("full_year", _FULL_YEAR, _h_full_year, "for over in through the full whole entire"),
    (
        "lower",
        _LOWER,
        _vague(LOWER_BOUND),
        "in within take takes taking at more well over upwards north no not a longer beyond"
        " @amount",
    ),
    (
        "fiscal",
        _FISCAL,
        _h_fiscal,
        "q1 q2 q3 q4 h1 h2 @count fy fiscal financial first second third fourth",
    ),
    ("rolling", _ROLLING, _h_rolling, "within in over during inside for take takes taking give"),
    ("rolling_one", _ROLLING_ONE, _h_rolling, "within in over during for"),
    ("from_now", _FROM_NOW, _h_from_now, "@amount"),
    ("this_time", _THIS_TIME, _h_rolling, "by until before this"),
    (
        "year_event",
        _YEAR_EVENT,
        _h_year_event,
        "by before until till ahead prior in at after following",
    ),
    ("target_year", _TARGET_YEAR, _h_target_year, "@year"),
    ("iso", _ISO, _h_iso, "@prep? @year"),
    ("dotted_date", DOTTED, h_dotted, NUMERIC_CUES),
    ("slashed_date", SLASHED, h_slashed, NUMERIC_CUES),
    ("day_month", _DAY_MONTH, _cyclic(_make_month, _month_ok), "@prep? the @count"),
    (
        "month_event",
        _MONTH_EVENT,
        _cyclic(_make_month, _month_ok),
        "at in during by before until till on",
    ),
    ("on_day_month", _ON_DAY_MONTH, _h_on_date, "on"),
    ("on_month_day", _ON_MONTH_DAY, _h_on_date, "on"),
    ("on_day_alone", _ON_DAY_ALONE, _h_on_day_alone, "on"),
    ("month_noun", _MONTH_NOUN, _h_month_noun, "@month"),
    # before "month": "by July Fourth" is the day, not July
    ("public_holiday", rf"{_PREP}{HOLIDAY}{_YSPEC}", h_holiday, HOLIDAY_CUES),
    ("month", _MONTH_DAY, _cyclic(_make_month, _month_ok), "@prep? @end this next @month"),
    (
        "break",
        _BREAK,
        h_break,
        "@prep? at over for the this next summer winter spring autumn fall christmas xmas easter",
    ),
    ("easter", _EASTER, h_easter, "@prep? at over on for this next easter"),
    ("harvest", HARVEST, h_harvest, HARVEST_CUES),
    ("holiday", _HOLIDAY, _h_holiday, "at on over for this next boxing christmas xmas new"),
    ("christmas", _CHRISTMAS, _cyclic(_make_christmas), "@prep? this next christmas xmas"),
    (
        "season",
        _SEASON,
        _h_season,
        "@prep? @end this next spring summer autumn fall winter",
    ),
    (
        "half_alone",
        _HALF_ALONE,
        _h_half_alone,
        "in by during through the second latter back first front @count",
    ),
    (
        "quarter",
        _QUARTER,
        _cyclic(_make_quarter, _quarter_ok),
        "@prep? @end this next q1 q2 q3 q4 first second third fourth last final @count",
    ),
    (
        "half",
        _HALF,
        _cyclic(_make_half, lambda m, ctx: bool(m["h"] or m["hn"])),
        "@prep? @end h1 h2 first second latter back front @count",
    ),
    ("decade", _DECADE, _h_decade, "@prep? @end @part early mid late @year"),
    ("qual_year", _QUAL_YEAR, _h_qual_year, "@prep? @end @part early mid late year"),
    ("after_next", _AFTER_NEXT, _h_year_after_next, "@prep? the year"),
    ("relative", _RELATIVE, _h_relative, "@prep? @end @part early mid late later this next"),
    (
        "relative_end",
        _RELATIVE_END,
        _h_relative,
        "@prep? within year month quarter week decade the eoy eom eoq for over during through"
        " throughout",
    ),
    ("short_year", _SHORT_YEAR_RX, _h_short_year, "by in until till before through"),
    ("unit_ends", _UNIT_ENDS, _h_unit_ends, "before until till by"),
    ("period_close", _PERIOD_CLOSE, _h_unit_ends, "ends end closes close finishes finish"),
    (
        "year",
        _YEAR_RX,
        _h_year,
        "@prep after as starting beginning from beyond later past around about approximately"
        " approx roughly circa near nearly close towards toward somewhere ends end will closes"
        " finishes finish",
    ),
    ("year_mod", _YEAR_MOD, _h_year, "@year"),
    ("day_word", _DAY_WORD, _h_dayword, "by before until till no not"),
    ("bare_day", r"(?P<prep>)(?P<dw>tomorrow|tonight)\b", _h_bare_day, "tomorrow tonight"),
    ("weekday", _WEEKDAY, _h_weekday, "by before until till on into this next no not"),
    (
        "few",
        _FEW,
        _TOO_VAGUE,
        "in within over during for a few several days weeks months quarters years decades",
    ),
    ("life", _LIFE, _life, "in within during over before until till by"),
    (
        "term",
        _TERM,
        _vague(PERSONAL_CALENDAR),
        "within during by before for over through throughout in until till",
    ),
    (
        "words",
        _WORDS,
        _h_vague_word,
        "soon sooner eventually some someday one any shortly imminent imminently the mid"
        " before in at within down it not",
    ),
    (
        "event",
        _EVENT,
        _h_event,
        "by before until till ahead prior in in after following once",
    ),
    ("asap", r"as\s+soon\s+as\s+possible\b", _TOO_VAGUE, "as"),
    ("as_soon_as", r"as\s+soon\s+as\b", None, "as"),  # a conjunction: "as soon as they ship it"
]


def _start_words(spec: str) -> set[str]:
    """The words a rule with this spec can start with, besides a preposition if "@prep?"."""
    words = set()
    for word in spec.split():
        if word != "@prep?":
            words |= _start_words(_STARTS[word]) if word in _STARTS else {word}
    return words


def _after_prep(spec: str) -> bool:
    """Can the rule also start with a preposition (its pattern begins with an optional one)?"""
    return "@prep?" in spec.split()
