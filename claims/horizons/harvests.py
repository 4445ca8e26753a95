"""A harvest named by its year: "by harvest 2027", "in time for the 2026 harvest", "for
harvest of 2028". A harvest's days depend on the crop and the place (grain in the north from
July to October, in the south from November to April; grapes, potatoes and maize later): the
words give no day. The latest honest deadline is taken, the end of that year, with a remark
asking for the day (docs/horizons.md). "Before harvest 2027" begins on a day not known:
vague. "After harvest 2027" is a lower bound, left to the other rules; words of the past
("the 2025 harvest failed") have no horizon."""

from __future__ import annotations

import re

from claims.horizons.handlers import _Ctx, _finish, _Found
from claims.horizons.periods import _year
from claims.horizons.result import HorizonKind
from claims.horizons.tense import _sounds_past

HARVEST = (
    r"(?:(?P<prep>by|until|till|for|at|in|before|after)\s+)?(?:(?:time\s+for|the)\s+)*"
    r"(?:(?P<y1>(?:19|20)\d\d)(?:'s)?\s+harvest|harvest\s+(?:of\s+)?(?P<y2>(?:19|20)\d\d))\b"
)
HARVEST_CUES = "@prep? for at after time the harvest @year"
HARVEST_ASKED = (
    "deadline unclear: “{phrase}”: a harvest's days depend on the crop and the place; 31"
    " December {year}, the latest, is taken: give the day"
)
HARVEST_UNKNOWN = "is tied to a harvest whose days are not known"


def h_harvest(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "by harvest 2027", "in time for the 2027 harvest": the end of 2027, year precision,
    with ``HARVEST_ASKED``; "before harvest 2027" vague; "after …" and the past: None."""
    prep = (m["prep"] or "").lower()
    if prep == "after" or _sounds_past(ctx.text):
        return None
    if prep == "before":
        return _Found(HorizonKind.VAGUE, reason=HARVEST_UNKNOWN)
    year = int(m["y1"] or m["y2"])
    found = _finish(m, _year(year), relative=False)
    return found._replace(remark=HARVEST_ASKED.replace("{year}", str(year)))
