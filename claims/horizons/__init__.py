"""Horizon parser: turn "by next year" into the last day a claim should have come true.

A pure module (no database, no models). ``parse_horizon(text, said_on=..., precision=...)``
reads a whole claim sentence or just its horizon phrase and returns a ``HorizonResult``:
``DATED`` with a deadline, ``VAGUE`` (a time reference a curator must date) or ``NONE``.
The full semantics, with examples, are in docs/horizons.md; in short:

Named periods ("by X", "by the end of X", "in X", "sometime X", "until X") mean the LAST day
of X: "by 2030" → 2030-12-31 (YEAR); "by March 2025" → 2025-03-31 (MONTH); "Q3 2024", "3Q24",
"Q3'24" → 2024-09-30; "H1 2025", "1H25" → 2025-06-30; "mid-2025" → 06-30, "early 2025" →
04-30, "late 2025" → 12-31 (and "the early part of", "the latter part of" alike); a decade's
early / late part ends in its year 3 / 9, named or relative ("late next decade" → 2039), and
its middle ("by mid-decade", "the mid-2030s") is vague; a part of a century other than its
end is vague; seasons are northern meteorological
(spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter YYYY = Dec YYYY-Feb YYYY+1), so
"summer 2024" → 2024-08-31 (MONTH); "the 2030s" → 2039-12-31, "early/mid/late 2030s" →
2033/2036/2039-12-31; "the end of the century" → 2099-12-31;
Christmas → Dec 25 (DAY). A day of the week ahead ("by Friday", "before Thu", "this coming
Friday", "by Friday 23 October") is the first such day after the day it was said ("on Monday"
only for a scheduled act: after a future, or a timetable's verb, "goes out on Thursday"; not
"every Thursday"; "next Friday" is asked about); with its day of the month ("on Friday the
18th") the next such day, and vague with a remark when the weekday is not that date's. "On 12
November", "on March 3" for a scheduled act are the next such day (``scheduled``).
"Before X" is the day before X begins ("before 2026" → 2025-12-31), and so are "prior to X",
"sooner than X", "earlier than X".
A bare year counts only after such a preposition, after "ends", "closes" or "finishes" ("the
yield ends 2024 around 4%" → 2024-12-31), after "for" in words of guidance or of what is
expected ("We're guiding to 33% for the full year 2026", "Our outlook for 2027 is flat" →
the end of that year; "tickets for 2026" is none), or when it is the whole text ("2030").

Relative named periods ("this year", "next quarter", "by year's end", "by Christmas", "by
March") are the calendar period relative to the said-on date; a month, season or holiday
without a year is its next occurrence that has not ended yet ("next March": that has not begun;
"this summer": the one under way, else this calendar year's, even if over).

Rolling horizons ("within N units", "in (the) next N units", "over the next N units", "in N
units", "take N units", "N units from now", "N units away/out") are said-on date + N units, with
dateutil.relativedelta (2024-02-29 + 1 year → 2025-02-28); "over the next decade" is 10 years,
but "by the next decade" the 2030s (a named period). Ranges and alternatives take the upper
bound ("3-5 years", "two to three years", "a year or two", "18 months, maybe two years", "2025
or 2026", "by 2030, maybe 2035", "this year or next"; alternatives carry a ``remark`` that
the deadline is unclear); numbers are digits or words up to the
hundreds, units may be abbreviated ("9mo", "3yrs"); "a couple of" = 2, "half a decade" = 5
years, "a decade" = 10 years; fractions round up to whole months (years, quarters) or days
(weeks).

Unknown day: when ``said_on`` is known only to the MONTH or YEAR (and is then the first day of
that month or year), relative horizons count from the LAST day it could have been said, so a
claim is never due too early, and the deadline is rounded UP to the end of its month or year:
it is never finer than the said-on precision. "within 2 years" said in October 2022 → 2024-10-31
(MONTH); "next month" said in 2022 → January 2023 at the latest, given as 2023-12-31 (YEAR).
Absolute periods ("by March 2025") keep their own precision. Deadline precision: YEAR for a year
or decade, MONTH for a month, quarter, half, season or mid/early year, DAY for a day; rolling
horizons take the said-on precision.

Fiscal periods ("FY27", "fiscal 2027", "Q3 FY27", "next fiscal year") are dated only with
``fiscal_year_end`` (the month the speaker's fiscal year ends in, which a document may
declare: ``fiscal.declared_fiscal_year_end``), a fiscal year named by the calendar year it
ends in: "FY27", its year ending in June → 2027-06-30 (MONTH). An event named by its year
("before the 2028 election") is that year's end (YEAR), with a remark asking for its day.

VAGUE (no date): "soon", "eventually", "one day", "someday", "any day now", "in the near /
foreseeable future", "in a few years", "within weeks", "in the coming years", "in our lifetime",
"by the next election", "by the time <event>", "before the IPO", personal, institutional and
fiscal calendars ("during her presidency", "before this government leaves office", "FY26"), a
person's life ("in my kids' lifetime", "before I'm 50", "within the next generation"), and, read
from the words around a date (qualifiers.py): lower bounds ("after 2030", "not until 2030",
"2030 or later", "it won't happen until 2031", "until 2031, it won't happen", "10+ years";
but a promise in the first person from a period, "We will publish it from next year", is
due by its end, with a remark),
approximations ("around 2030", "in 5 years or so": the rule text names the period) and durations
counted from an event ("18 months after the IPO": the rule text names the event). Each vague
rule text says why. A negated forecast keeps its deadline ("rates won't be cut before the
summer" → the end of May, the rule text saying "negated: comes true if it has not happened by
then"), in any word order ("Not before 2030 will it ship" as "it won't ship before 2030", and so
"Not before 2030." as a sentence of its own, its clause elided: "Inflation at 2%? Not before
2026."); "but not before 2030" after a clause of its own is a lower bound; only a negated
"until" is a lower bound. A speaker's hedge ("maybe", "perhaps", "possibly", "probably") is no
approximation: "Maybe by 2027" is dated as "Maybe, by 2027" is. A date denied ("Not this year,
next year") is not the deadline: the one after it is; alone it is a negated forecast.

NONE: numbers that do not read as years ("10,000 GPUs", "2030 units", "$100B"), "march" and
"may" as ordinary words, and the past: ages ("a 16 year old"), "N years ago", "since 1970s",
"for 20+ years", a period that ended before ``said_on`` ("in 2015"), and a bare month, season or
"in N units" in a sentence that reads as past tense ("did a round in August").

Several horizons in one text: the first DATED one wins; if none, the first VAGUE one. Two
dates joined by "and" / "or" ("Probably in December and March", the second read with the
first's preposition) are no confident deadline: the later end is taken and ``remark`` asks
which is meant.
Time words as typed in chats ("next yr", "nxt year", "b4 christmas", "tmrw", "6 mths",
"febuary") are read as the words they stand for, the phrase kept as typed (``shorthand``). The
days a document declares for its events ("polling day is Thursday 5 November") are the
importer's to apply (``declared``: ``claims.importing.horizon_readings``).
The deadline is always after ``said_on``; an explicit date must end after the last day it
could have been said ("in March 2024", said in March 2024, is no horizon).
"""

from __future__ import annotations

from claims.horizons.parser import parse_horizon
from claims.horizons.result import HorizonKind, HorizonResult

__all__ = ["HorizonKind", "HorizonResult", "parse_horizon"]
