"""A news article copied from a news site's page: the page around the story is no claim.

A regional or national news site's article, selected whole in a browser, comes with its
page::

    Tyneside Chronicle  |  News  Business  Sport  What's On  Opinion
    Subscribe from £1 a week   Sign in
    BUSINESS
    Port chief says quay will be 'fully booked' by 2028 as union warns over jobs
    Seahaven's £190m expansion has promised hundreds of local roles, but critics …
    By Callum Reddy, Business Reporter
    14:32, 3 MAR 2026  |  Updated 16:05, 3 MAR 2026
    Share   Comments (37)

    The head of the port has predicted …
    ADVERTISEMENT
    …
    MOST READ
    1  Seahaven bypass closed overnight for resurfacing
    Sign up to the Chronicle Business newsletter
    Enter your email   Sign up
    We use your sign-up to provide content in ways you've consented to. See our Privacy Notice.
    Comments (37)  |  Community guidelines

What stands above the byline (the masthead, the navigation, the section's label, the
headline and the standfirst, which the story says again), the lines between the byline and
the story's first paragraph (its date and times, the share bar, the reading time), an
advertisement's marker and the page's lists and forms (a heading such as "MOST READ",
"Related", "More from Business", a newsletter's sign-up, the comments' bar, and the lines
under it up to the next paragraph of prose) are the page's own. The byline itself and the
story's lines are read as an article's are (``asides.byline_of``, ``quoted_speech``).

A quotation its sayer follows that makes two claims (""We have signed heads of terms with two
developers, and I fully expect the quay to be booked solid by 2028," said Elena Ortiz, …")
is split as any sentence is (``compounds``), each part keeping the attribution, so both are
the sayer's (``split_quoted_compounds``).

A sentence that opens with its sayer and reports two things they said ("Per Aasen said he
expects output to reach 300,000 tonnes by 2029, and that costs would likely rise by 10%.") is
two statements, the second written with the reporting clause ("Per Aasen said that costs would
likely rise by 10%."), so that both are the sayer's (``second_reported_clause``).

``article_chrome`` finds the page's lines once for the whole document. Source of the shapes:
Reach plc's regional titles (the Chronicle, the Echo, the Mirror's sites), the BBC's and the
Guardian's article pages as their text is selected and copied.
"""

import datetime
import re
from collections.abc import Sequence

from claims.importing.asides import byline, byline_of
from claims.importing.compounds import split_compounds
from claims.importing.quoted_speech import headline, quoted_first, saying

# The byline comes within the page's first lines with words; what is above it is short.
_BYLINE_WITHIN = 12
_ABOVE_WORDS = 40
# The lines between the byline and the story: a date, times, a share bar, a reading time.
_UNDER_LINES = 4
_UNDER_WORDS = 12
# A line of prose: enough words, ending as a sentence does.
_PROSE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s*$")

# An advertisement's marker, in the story or beside it.
_ADVERT = re.compile(
    r"^(?:advertisement|advert|sponsored(?:\s+content)?|story\s+continues\s+(?:below|after)"
    r"(?:\s+(?:this\s+)?(?:advertisement|advert|ad))?|article\s+continues\s+below(?:\s+\w+)?"
    r"|skip\s+(?:past\s+)?(?:newsletter\s+promotion|advertisement))$",
    re.IGNORECASE,
)
# What opens the page's lists and forms: "MOST READ", "Related stories", "More from Business",
# "Sign up to the Chronicle Business newsletter", "Comments (37)  |  Community guidelines".
_TAIL_HEADING = re.compile(
    r"^(?:most\s+(?:read|popular|viewed|shared|commented)|related(?:\s+(?:articles|stories"
    r"|content|topics|links))?|read\s+more|more\s+(?:from|on|in|stories|news)\b.{0,40}"
    r"|trending(?:\s+now)?|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|top\s+stories"
    r"|(?:sign\s+up|subscribe)\s+(?:to|for)\b.{0,60}|.{0,40}\bnewsletters?|comments\s*\(\d+\).*"
    r"|(?:view|show|join\s+the)\s+comments?.*|topics?(?::\s.{0,60})?|follow\s+us\b.{0,40}"
    r"|share\s+this\s+(?:article|story|page))$",
    re.IGNORECASE,
)
# The page's forms and small print, under a list's heading: "Enter your email   Sign up",
# "We use your sign-up to provide content in ways you've consented to. See our Privacy
# Notice.".
_FORM = re.compile(
    r"(?i)\bprivacy\s+(?:notice|policy)\b|\bconsented\s+to\b|\bunsubscribe\s+at\s+any\s+time\b"
    r"|\bterms\s+(?:of\s+use|and\s+conditions)\b|^enter\s+your\s+e-?mail\b|\bcommunity"
    r"\s+guidelines\b"
)


def article_chrome(lines: Sequence[str]) -> frozenset[int]:
    """The numbers (1-based) of the lines of a news site's page around its article (see
    above); none when the document has no byline among its first lines."""
    found = _byline_index(lines)
    if found is None:
        return frozenset()
    # A headline alone above the byline is read as one already (``quoted_speech.headline``).
    chrome = {
        i + 1 for i in range(found) if lines[i].strip() and not headline(lines, i + 1, byline)
    }
    chrome |= _under_byline(lines, found)
    chrome |= _page_lists(lines, found)
    return frozenset(chrome)


def _byline_index(lines: Sequence[str]) -> int | None:
    """The index of an article's byline ("By Callum Reddy, Business Reporter") with page
    lines above it, each short; None when there is none."""
    seen = 0
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if text[:3] == "By " and byline_of(text) is not None:
            return index if seen else None
        if len(text.split()) > _ABOVE_WORDS:
            return None
        seen += 1
        if seen >= _BYLINE_WITHIN:
            return None
    return None


def _under_byline(lines: Sequence[str], start: int) -> set[int]:
    """The lines between the byline and the story's first paragraph: short, no prose."""
    found: set[int] = set()
    for index in range(start + 1, min(len(lines), start + 1 + _UNDER_LINES)):
        text = lines[index].strip()
        if not text:
            if found:
                break
            continue
        if _prose(text) or len(text.split()) > _UNDER_WORDS:
            break
        found.add(index + 1)
    return found


def _page_lists(lines: Sequence[str], start: int) -> set[int]:
    """Advertisements' markers, and the page's lists and forms: a heading such as "MOST
    READ", then its lines up to the next paragraph of prose."""
    found: set[int] = set()
    listing = False
    for index in range(start + 1, len(lines)):
        text = lines[index].strip()
        if not text:
            continue
        if _ADVERT.match(text):
            found.add(index + 1)
        elif _TAIL_HEADING.match(text) and not _prose(text):
            listing = True
            found.add(index + 1)
        elif listing and (not _prose(text) or _FORM.search(text)):
            found.add(index + 1)
        else:
            listing = False
    return found


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and bool(_SENTENCE_END.search(text))


def split_quoted_compounds(
    sentences: list[str], *, said_on: datetime.date | None = None
) -> tuple[list[str], dict[str, str]]:
    """``compounds.split_compounds`` of ``sentences``, a quotation followed by its sayer split
    within its quote marks, each part written with the attribution (see above)."""
    out: list[str] = []
    notes: dict[str, str] = {}
    run: list[str] = []
    sentences = [part for sentence in sentences for part in second_reported_clause(sentence)]
    for sentence in [*sentences, None]:
        quoted = quoted_first(sentence) if sentence is not None else None
        if quoted is None and sentence is not None:
            run.append(sentence)
            continue
        if run:
            parts, run_notes = split_compounds(run, said_on=said_on)
            out += parts
            notes.update(run_notes)
            run = []
        if quoted is None:
            continue
        parts, part_notes = split_compounds([quoted[0]], said_on=said_on)
        if len(parts) == 1:
            out.append(sentence)
            continue
        mark = sentence.lstrip()[:1]
        for part in parts:
            rebuilt = f"{mark}{part.strip().rstrip(',;')}{quoted[1]}"
            out.append(rebuilt)
            if part in part_notes:
                notes[rebuilt] = part_notes[part]
    return out, notes


# The reporting clause a sentence opens with: "Per Aasen said", "She told analysts".
_REPORTING_HEAD = re.compile(
    r"^(?P<head>[^\"“”,;]{2,80}?\b(?:said|says|told\s+(?:reporters|analysts|investors|the\s+\w+"
    r"|[A-Z][\w&]*)|added|argued|warned|predicted|estimated))\s+(?:that\s+)?(?=\S)"
)
# Not "and that was that", "and that is why …": "that" the pronoun, no second clause.
_AND_THAT = re.compile(
    r",?\s+and\s+that\s+(?!(?:was|is|'s|will|would|could|has|had|means|meant|seems|made)\b)"
    r"(?=[a-z])"
)


_FIRST_WORDS = 3


def second_reported_clause(sentence: str) -> list[str]:
    """``sentence`` as one statement, or two when it opens with a named sayer and goes on
    ", and that …": the first part, then the second written with the reporting clause ("Per
    Aasen said he expects …, and that costs would likely rise." → "Per Aasen said he expects
    ….", "Per Aasen said that costs would likely rise."). Raises nothing."""
    if " and that " not in sentence or '"' in sentence or "“" in sentence:
        return [sentence]
    head = _REPORTING_HEAD.match(sentence)
    found = _AND_THAT.search(sentence, head.end()) if head else None
    said = saying(sentence) if found else None
    if said is None or not said.name or said.words != sentence:
        return [sentence]
    if len(sentence[head.end() : found.start()].split()) < _FIRST_WORDS:
        return [sentence]  # "Moreau says yes, and that …": no clause of its own first
    first = sentence[: found.start()].rstrip(" ,")
    return [f"{first}.", f"{head['head']} that {sentence[found.end() :]}"]
