"""What ``parse_horizon`` returns: the kind of horizon found and the result record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from claims.choices import DatePrecision


class HorizonKind(StrEnum):
    """What kind of horizon a text holds."""

    DATED = "dated"  # a deadline was derived
    VAGUE = "vague"  # recognised as a time reference, too vague to date: a curator must decide
    NONE = "none"  # no horizon at all


@dataclass(frozen=True)
class HorizonResult:
    """The outcome of ``parse_horizon``; ``deadline`` and ``precision`` are set only if DATED.

    ``remark`` says what a curator should check about a date the speaker did not give as one
    ("this year or next": alternatives, the later end taken); '' when there is nothing.

    ``pledged`` is set for a negated "before" ("we will not cut a single job before the end
    of 2027"), a lower bound for a forecast: the same words read as a promise not to act
    before the date, dated the day before it (a commitment is kept if it has not been done
    by then); None otherwise.
    """

    kind: HorizonKind
    deadline: date | None
    precision: DatePrecision | None
    phrase: str  # the words read, as they appear in the input ('' for NONE)
    rule: str  # the rule in plain words ('' for NONE)
    remark: str = ""
    pledged: HorizonResult | None = None


_NONE = HorizonResult(HorizonKind.NONE, None, None, "", "")
