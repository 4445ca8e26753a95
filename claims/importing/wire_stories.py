"""A news agency's story (Reuters, AP, Bloomberg) relaying what a company's people said.

A wire story, as its site's page is copied::

    Markets | Energy
    UPDATE 1-Nordvik Grid sees Norwegian power demand up a third by 2030
    By Oskar Lindqvist
    June 3, 2026 9:02 AM GMT Updated an hour ago

    OSLO, June 3 (Reuters) - Nordvik Grid expects Norwegian power demand to rise by a third
    by 2030, chief executive Ingrid Haugen said on Wednesday, as data centres multiply.

    * Demand seen at 180 TWh in 2030
    * Company to build two substations next year
    * Shares down 2% in Oslo

    (Adds analyst comment in paragraph 7)
    …
    (Reporting by Oskar Lindqvist; Editing by Tom Becker)

    Our Standards: The Thomson Reuters Trust Principles.

The story's first paragraph, after its dateline ("OSLO, June 3 (Reuters) - ", "DETROIT (AP)
— ", "(Bloomberg) -- "), tells what the company expects and who said so. That forecast, and
the summary's bullets that say it again or tell the company's plans ("Demand seen at …",
"Company to build …"), are the words of the person the story says gave it (", chief executive
Ingrid Haugen said", ", said Ingrid Haugen, the company's chief executive", ", its CEO said"
with one executive named in the story), when the story names exactly one of the company's
people; when it names two of them, who said them is asked (the placeholder "Unknown speaker"),
never given to the reporter. A first paragraph that names none of them ("…, the company
said", "…, analysts said") leaves the story as an article is read. The summary's other bullets
("Shares down 2% in Oslo") stay the reporter's (the byline's one name). The wire's own lines
are nobody's: the summary's heading, an update's note ("(Adds analyst comment …)"), the
credits ("Reporting by …; Editing by …", "--With assistance from …", "To contact the reporter
on this story: …", "Associated Press writer … contributed to this report."), the publisher's
small print ("Our Standards: …", "Purchase Licensing Rights", a copyright) and the list of
other stories under "Read Next".

Everything else reads as an article does (``quoted_speech``, ``news_pages``). Source of the
shapes: Reuters', AP's and Bloomberg's story pages as their text is selected and copied.
"""

import re
from collections.abc import Sequence

from claims.importing.asides import byline, byline_of, without_dateline
from claims.importing.names import person_key
from claims.importing.outlets import AGENCY_IN_BRACKETS
from claims.importing.shaped import Reshaped, cued

# Who asks about words whose sayer the story leaves open (a placeholder the curator maps).
ASKED = "Unknown speaker"
GIVEN = (
    "the company's forecast in a wire story's {where}, given to {name}, whom the story says"
    " gave it: check the speaker"
)
OPEN = (
    "the company's forecast in a wire story's {where}; the story names {who} of the"
    " company's people: who said it?"
)

# The dateline lies within the story's first lines.
_DATELINE_WITHIN = 25
_DATELINE_CUE = re.compile(r"^\((?:Reuters|AP|Bloomberg(?:\s+News)?|AFP|Dow\s+Jones)\)\s*[-—–]")
_BULLET = re.compile(r"^\s*[*•·▪■-]\s+(?P<words>\S.*)$")
# The heading of a summary's bullets, alone on a line.
_SUMMARY_HEADING = re.compile(r"^(?i:summary|key\s+points|highlights|the\s+takeaway)\s*:?$")
# The company's people: its offices, as news copy writes them.
_EXEC = (
    r"(?i:chief\s+executive(?:\s+officer)?|ceo|chief\s+financial\s+officer|cfo|finance\s+chief"
    r"|chief\s+operating\s+officer|coo|chief\s+commercial\s+officer|president|chairman"
    r"|chairwoman|chair|managing\s+director|founder|co-founder|spokes(?:person|man|woman)"
    r"|executive\s+vice\s+president|general\s+manager|chief\s+strategy\s+officer)"
)
_PARTICLES = r"(?:de|del|da|dos|van|von|der|la|le|di|bin|al)"


def _full_name(group: str = "name") -> str:
    """A person's full name as news copy writes it, in the group ``group``."""
    return rf"(?P<{group}>[A-ZÀ-Þ][\w'’.-]+(?:\s+{_PARTICLES})*(?:\s+[A-ZÀ-Þ][\w'’-]+){{1,2}})"


_FULL_NAME = _full_name()
_SAID = r"(?:said|says|told|tells|added|predicted|forecast|estimated)"
# "Nordvik Grid CEO Ingrid Haugen", "its chief executive, Ingrid Haugen,".
_ROLE_NAME = re.compile(rf"\b{_EXEC}(?:,)?\s+{_FULL_NAME}")
# "Ingrid Haugen, chief executive of Nordvik Grid", "Ingrid Haugen, the company's CEO".
_NAME_ROLE = re.compile(
    rf"{_FULL_NAME},\s+(?:the\s+company['’]s\s+|its\s+|(?:[A-Z][\w&.'’-]*\s+){{1,3}})?{_EXEC}\b"
)
# The lede's attribution: ", chief executive Ingrid Haugen said", ", said Ingrid Haugen, …",
# ", Ingrid Haugen, the company's CEO, told Reuters", ", its CEO said".
_LEDE_SAYER = re.compile(
    rf",\s+(?:(?:its|the\s+company['’]s|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}(?:['’]s)?)\s+)?"
    rf"{_EXEC}\s+{_full_name('a')}\s+{_SAID}\b"
    rf"|,\s+{_SAID}\s+(?:{_EXEC}\s+)?{_full_name('b')},\s+(?:the\s+company['’]s\s+|its\s+)?"
    rf"{_EXEC}"
    rf"|,\s+{_SAID}\s+{_EXEC}\s+{_full_name('c')}"
    rf"|,\s+{_full_name('d')},\s+(?:the\s+company['’]s\s+|its\s+|(?:[A-Z][\w&.'’-]*\s+){{1,3}})?"
    rf"{_EXEC}\b[^,]{{0,60}},\s+{_SAID}\b"
)
# ", its chief executive said", ", the company's CEO told reporters": an office, no name.
_LEDE_OFFICE = re.compile(rf",\s+(?:its|the\s+company['’]s|the)\s+(?:new\s+)?{_EXEC}\s+{_SAID}\b")
# A forecast or a plan, as a lede or a summary's bullet writes it: "expects …", "seen at …",
# "to build …", "will …", "by 2030", "this year".
_AHEAD = re.compile(
    r"\b(?:expects?|expected|sees|seen|forecasts?|projects?|predicts?|plans?|targets?|aims?"
    r"|pledges?|will|would|outlook|guidance|to\s+(?!date\b)[a-z]+)\b"
    r"|\b(?:by|in|from)\s+20\d\d\b|\b(?:this|next)\s+(?:year|quarter|month)\b"
)
# A summary bullet's forecast or plan, in headline words: "Output seen at …", "Sees demand
# up …", "Company to build …", "Plans to cut …", "Targets 5% growth by 2028". Not a change
# already told ("Profit rose 12% in 2025", "Net income rises to record", "Beats forecasts").
_BULLET_AHEAD = re.compile(
    r"\b(?:expects?|expected|sees|seen|plans?|targets?|aims?|pledges?|vows?|will|outlook"
    r"|guidance|on\s+track)\b|\bby\s+20\d\d\b"
    r"|^(?:(?:the\s+)?[A-Za-z][\w'’-]*\s+){0,3}?to\s+(?!(?:record|date|lowest|highest)\b)[a-z]+\b"
)
_AHEAD_WORD = re.compile(r"\b(?:expects?|sees|seen|plans?|targets?|will|outlook|guidance)\b")
_CHANGE_TO = re.compile(
    r"\b(?:rises?|rose|falls?|fell|climbs?|climbed|drops?|dropped|jumps?|jumped|slides?|slid"
    r"|slips?|slipped|surges?|surged|sinks?|sank|grows?|grew|soars?|soared|plunges?|plunged"
    r"|tumbles?|tumbled|increases?|increased|decreases?|decreased|declines?|declined)\s+to\b",
    re.IGNORECASE,
)
# A bullet about someone else, or about the market: the reporter's, or theirs as told.
_NOT_COMPANY = re.compile(
    r"^(?i:shares?|stocks?|analysts?|economists?|investors?|traders?|markets?|prices?"
    r"|government|ministry|regulators?|unions?|critics?|rivals?|peers?|sector|industry)\b"
)
# The wire's own lines: an update's note, credits, small print.
_WIRE_OWN = re.compile(
    r"^(?:\((?:adds|updates|recasts|changes|corrects|rewrites|removes|fixes|clarifies"
    r"|repeats|refiles|writes\s+through)\b[^)]*\)"
    r"|\(?(?:additional\s+)?reporting\s+by\b.*|[-—–]{1,2}\s*with\s+assistance\s+from\b.*"
    r"|to\s+contact\s+the\s+(?:reporters?|editors?)\b.*|our\s+standards:.*"
    r"|purchase\s+licensing\s+rights|(?:©|copyright)\s*\d{4}\b.*|.*\bcontributed\s+to\s+this"
    r"\s+report\.?|this\s+material\s+may\s+not\s+be\s+published\b.*)$",
    re.IGNORECASE,
)
# The list of other stories under the story.
_OTHERS_HEADING = re.compile(
    r"^(?i:to\s+contact\s+the\s+(?:reporters?|editors?)\b.*:|read\s+next|related\s+coverage"
    r"|more\s+from\s+(?:reuters|bloomberg|ap)|most\s+read(?:\s+from\s+\w+)?|related\s+stories"
    r"|recommended)$"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s*$")


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """``lines`` rewritten as notes (see above): the lede and the summary's bullets of the
    company's forecast cued to whoever the story says gave it, or to ``ASKED``; the
    summary's other bullets after them cued to the byline's reporter; the wire's own lines
    blank. None when the document has no wire dateline among its first lines, or nothing of
    the above to rewrite."""
    lede = _lede_index(lines)
    if lede is None:
        return None
    out = list(lines)
    notes: dict[int, str] = {}
    blanked = _blank_wire_lines(lines, out, lede)
    sayer, where, cut = _sayer(lines, lede)
    people = [sayer] if sayer != ASKED else []
    words = _lede_words(lines[lede])
    if cut is not None and _AHEAD.search(words[:cut]):
        # The forecast without its attribution: the reporting clause is no claim.
        out[lede] = cued(sayer, words[:cut].rstrip(" ,") + ".")
        notes[lede + 1] = _remark(sayer, where, "first paragraph")
    bullets = _summary_bullets(lines, lede)
    reporter = _reporter(lines, lede)
    cue_open = False
    for index in bullets:
        words = _BULLET.match(lines[index])["words"].strip()
        if cut is not None and _companys_forecast(words):
            out[index], cue_open = cued(sayer, words), True
            notes[index + 1] = _remark(sayer, where, "summary")
        elif cue_open:  # the cue above would run on: this one is the reporter's
            out[index] = cued(reporter or ASKED, words)
            people += [reporter] if reporter else []
    if out == list(lines) and not blanked:
        return None
    return Reshaped.of(out, people, notes)


def _remark(sayer: str, where: tuple[str, ...], part: str) -> str:
    if sayer == ASKED:
        who = f"{len(where)} ({', '.join(where)})" if where else "none"
        return OPEN.format(where=part, who=who)
    return GIVEN.format(where=part, name=sayer)


def _lede_index(lines: Sequence[str]) -> int | None:
    """The index of the story's first paragraph, opening with a wire dateline ("OSLO, June 3
    (Reuters) - ", "DETROIT (AP) — ", "(Bloomberg) -- "), or None."""
    for index, line in enumerate(lines[:_DATELINE_WITHIN]):
        text = line.strip()
        if _DATELINE_CUE.match(text):
            return index
        rest = without_dateline(text, under_byline=True) if text[:1].isupper() else text
        if rest != text and re.search(AGENCY_IN_BRACKETS, text[: len(text) - len(rest)]):
            return index
    return None


def _lede_words(line: str) -> str:
    """The first paragraph's words, without its dateline."""
    text = line.strip()
    found = _DATELINE_CUE.match(text)
    if found:
        return text[found.end() :].lstrip(" -—–")
    return without_dateline(text, under_byline=True)


def _executives(lines: Sequence[str], lede: int) -> dict[str, str]:
    """The company's people the story names with an office (person key → name as written),
    from its first paragraph on."""
    found: dict[str, str] = {}
    for line in lines[lede:]:
        for pattern in (_ROLE_NAME, _NAME_ROLE):
            for match in pattern.finditer(line):
                name = match["name"].strip(" ,.")
                found.setdefault(person_key(name), name)
    return found


def _sayer(lines: Sequence[str], lede: int) -> tuple[str, tuple[str, ...], int | None]:
    """Who the story says gave the company's forecast its first paragraph tells (the one
    person of the company it names, else ``ASKED``), the names of the company's people the
    story gives, and where in the paragraph's words (``_lede_words``) its attribution to one
    of them or to an office of the company begins (None when it names none after the
    forecast: then neither the paragraph nor the bullets are rewritten)."""
    words = _lede_words(lines[lede])
    people = _executives(lines, lede)
    named = _LEDE_SAYER.search(words)
    office = _LEDE_OFFICE.search(words) if named is None else None
    cut = (named or office).start() if named or office else None
    if len(people) != 1:
        return ASKED, tuple(people.values()), cut
    name = next(iter(people.values()))
    said = next((n for n in named.groups("") if n), "") if named else ""
    if said and person_key(said.strip(" ,.")) != person_key(name):
        return ASKED, tuple(people.values()), cut
    return name, (name,), cut


def _summary_bullets(lines: Sequence[str], lede: int) -> list[int]:
    """The indices of the summary's bullets: right above the first paragraph (under a
    "Summary" heading or not) or right under it, blank lines between."""
    found: list[int] = []
    for step, start in ((-1, lede - 1), (1, lede + 1)):
        index = start
        while 0 <= index < len(lines):
            text = lines[index].strip()
            if _BULLET.match(text):
                found.append(index)
            elif text and not _SUMMARY_HEADING.match(text):
                break
            index += step
    return sorted(found)


def _companys_forecast(words: str) -> bool:
    """Whether a summary's bullet tells the company's forecast or plan ("Output seen at
    90,000 T in 2028", "Company to build two substations next year"), not the market's nor
    another's ("Shares down 2% in Oslo", "Analysts see …")."""
    if _NOT_COMPANY.match(words) or not _BULLET_AHEAD.search(words):
        return False
    return not (_CHANGE_TO.search(words) and not _AHEAD_WORD.search(words))


def _reporter(lines: Sequence[str], lede: int) -> str:
    """The one reporter the byline above the first paragraph names, or ""."""
    for line in lines[:lede]:
        found = byline_of(line)
        if found is not None:
            return found.author
    return ""


def _blank_wire_lines(lines: Sequence[str], out: list[str], lede: int) -> bool:
    """Blank in ``out`` the wire's own lines (see above); whether there were any."""
    blanked = False
    listing = False
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        own = index > lede and bool(_WIRE_OWN.match(text) or byline(text))
        if _OTHERS_HEADING.match(text) and index > lede:
            listing = own = True
        elif listing and _SENTENCE_END.search(text) and " · " not in text:
            listing = False
        own = own or listing or (index < lede + 4 and _SUMMARY_HEADING.match(text))
        if own:
            out[index], blanked = "", True
    return blanked
