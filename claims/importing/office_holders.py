"""Who the document says holds an office in a side: whose timetable told is that side's.

An officer who tells their own side's timetable commits it, however they word it
(docs/importing.md, kind): "Monterrey opens in January 2027, assuming the customs
pre-clearance pilot is approved" (the chief executive, of the company's hub), "Public Works
Director Hale stated that construction of the Fennel Lane culvert replacement is scheduled
for August and September" (minutes), "All four pumps will be back in service by the end of
September" (a utility's director of operations, to a committee), "Construction will begin
in June 2026" (a company's own release, whose speaker is the company). The same words from
an analyst, a caller or a columnist forecast someone else's act ("I reckon the council will
have it open by March").

The importer reads who holds an office from the document's own words about its people:

- the office before the name: "Public Works Director Tamsin Hale", "the city's transport
  convener, Councillor Euan Moffat", "MAYOR TOM ACHTERBERG";
- the office after the name: "Marcus Oyelaran -- Chief Executive Officer" (a call
  transcript's speaker line), "Owen Prichard, Director of Operations, Severn Catchment
  Authority", "Raj Chandrasekar, our head of housing delivery";
- an organisation the document names someone's role in, speaking as itself (a release's
  body: ``acts.organisations_of``).

A councillor, a member, an analyst, a caller or a reader holds no office of a side's that
runs the thing: their timetables stay forecasts. The reading is asked about all the same
(``agency.DOERLESS``): the officer may be telling another body's timetable.

Source of the shapes: council minutes' roll calls, earnings-call transcripts' speaker lines,
select committees' witness lists, radio and debate introductions, and wire releases.
"""

import contextlib
import contextvars
import re
from collections.abc import Iterator

from claims.horizons.scanning import finditer_near
from claims.importing.acts import led_organisations

# An office that runs a side's work or speaks for it. Not "councillor", "member", "analyst".
_OFFICE = (
    r"(?i:chief\s+executive(?:\s+officer)?|ceo|cfo|coo|cto|chief\s+[a-z]+\s+officer"
    r"|(?:vice[\s-])?president|chair(?:man|woman|person)?|director|(?:city|county|general"
    r"|programme|program|project|operations|elections?|network|plant|site)\s+manager|head"
    r"|convenor|convener|minister|secretary|spokes(?:person|man|woman)|mayor|commissioner"
    r"|superintendent|chief\s+constable|leader\s+of\s+the\s+council|cabinet\s+member"
    r"|portfolio\s+holder|returning\s+officer|elections?\s+(?:officer|supervisor"
    r"|administrator)|registrar|clerk|recorder|city\s+engineer|treasurer)"
)
# A word every office above holds (``scanning.finditer_near``).
_OFFICE_WORDS = (
    "chief", "ceo", "cfo", "coo", "cto", "president", "chair", "director", "manager", "head",
    "conven", "minister", "secretary", "spokes", "mayor", "commissioner", "superintendent",
    "leader", "cabinet", "portfolio", "returning", "election", "registrar", "clerk",
    "recorder", "engineer", "treasurer",
)  # fmt: skip
_NOT_NAME = r"(?!(?i:and|or|of|the|to|at|in|on|for|with|said|says)\b)"
_NAME = rf"{_NOT_NAME}[A-Z][\w'’.-]*(?:[ \t]+{_NOT_NAME}[A-Z][\w'’-]*){{0,2}}"
_HONORIFIC = r"(?:(?i:councillor|councilor|cllr|dr|mr|mrs|ms|miss|prof|professor|sir|dame)\.?\s+)"
# "Public Works Director Tamsin Hale", "transport convener, Councillor Euan Moffat".
_OFFICE_THEN_NAME = re.compile(
    rf"\b{_OFFICE}(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})?,?[ \t]+{_HONORIFIC}?"
    rf"(?P<name>{_NAME})"
)
# "Marcus Oyelaran -- Chief Executive Officer", "Raj Chandrasekar, our head of housing".
_NAME_THEN_OFFICE = re.compile(
    rf"(?P<name>{_NAME})[ \t]*(?:,|--|—|–|\()[ \t]*(?:(?i:our|the|its|their|his|her)\s+)?"
    rf"(?:[\w&'’-]+[ \t]+){{0,3}}?{_OFFICE}\b"
)

_HOLDERS: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar(
    "holders", default=frozenset()
)


def _surname(name: str) -> str:
    words = name.replace("’", "'").strip(" .,").split()
    return words[-1].lower() if words else ""


def holders_in(text: str) -> frozenset[str]:
    """The surnames (lower case) of the people ``text`` gives an office (module docstring)."""
    found = set()
    for pattern in (_OFFICE_THEN_NAME, _NAME_THEN_OFFICE):
        for match in finditer_near(pattern, text, _OFFICE_WORDS):
            if surname := _surname(match["name"]):
                found.add(surname)
    return frozenset(found)


@contextlib.contextmanager
def office_holders_of(data: bytes) -> Iterator[frozenset[str]]:
    """While the document ``data`` is read, the people it gives an office (``holders_in``)
    are the ones ``holds_office`` answers for; yields their surnames."""
    token = _HOLDERS.set(holders_in(data.decode("utf-8", "replace")))
    try:
        yield _HOLDERS.get()
    finally:
        _HOLDERS.reset(token)


def holds_office(speaker: str) -> bool:
    """Whether the document being read gives ``speaker`` an office (``office_holders_of``),
    or ``speaker`` is an organisation it names someone's role in, speaking as itself ("Northwind
    Grid Storage", whose release names its chief executive)."""
    if not speaker:
        return False
    words = speaker.replace("’", "'").lower().removeprefix("the ").split()
    if not words:
        return False
    return words[-1] in _HOLDERS.get() or (len(words) > 1 and words[0] in led_organisations())
