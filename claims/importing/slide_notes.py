"""A presenter's speaker notes exported from a deck, read as notes (``shaped``).

The layout (PowerPoint's "Notes Pages" saved as text, Keynote's presenter notes, a Google
Slides deck downloaded with its "Speaker notes"): a title and the export's front matter, then
one block a slide, opened by a slide heading: "Slide 3 — Where we are today", "Slide 3: Title",
"Slide 3 of 20", "Notes page 3", "--- Slide 4 ---". The heading, or a line of the block,
declares who presents the slide: "[Presenter: Name, Role]", "Presenter: Name", "Speaker:
Name", "Owner: Name", "(Name presents)", "[Name leads, …]". The block's notes ("Notes:",
"Speaker notes:", "Talk track:", "Narration:", "SAY ON STAGE:", plain lines and bullets) are
that presenter's words until the next slide; a presenter declared above the first slide
presents every slide no other is declared for; a first name alone is the one presenter the
deck names in full with it (declared, or in a list: "Speakers: Rui Costa and Ines Duarte",
which declares no slide's presenter). The slide's own text ("On slide:", "Slide text:" and
the lines under them; the lines above a label alone on its line, "Speaker notes") is not said.

No claims: the front matter, slide headings, footers ("Page 8 of 8 …"), placeholders ("(no
speaker notes)"), reviewers' comments ("[Comment — …]"), what not to say ("DO NOT SAY: …"),
and the directions to the presenter: "(pause)", "[click]", "(Legal OK'd wording 5/14)",
"Say "could", NOT "will".", "Keep it short.", "— cite on slide footer"; greetings and
thanks ("Good morning and welcome."). A prepared answer ("Likely Q: "…?" → answer") is the
presenter's answer (or that of the presenter its own tag names, "→ (Marek) …"), never the
question. In a deck that declares its presenters at handovers only (two or more, each
another than the one before), a slide no presenter is declared for is presented by whoever
was declared before it, with a remark to check. Otherwise such a slide opens a section
nobody is named for, and the curator is asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from claims.importing.names import person_key, reads_as_name
from claims.importing.parsing import split_sentences
from claims.importing.shaped import Reshaped, cued

# "Slide 3 — Title [Presenter: …]", "Slide 3: Title", "Slide 3 of 20", "Notes page 3",
# "--- Slide 4 ---", "=== SLIDE 12 ===".
_SLIDE = re.compile(
    r"^[-=#*\s]*(?:slide|notes\s+page)\s+(?P<number>\d{1,3})(?:\s+of\s+\d{1,3})?"
    r"(?:(?:\s*(?:[—–:.|]|-(?!-))\s*|\s+(?=[\[(]))(?P<title>.*?))?[-=*\s]*$",
    re.IGNORECASE,
)
# A declaration of who presents: "[Presenter: Chloe Marchetti, CEO]", "Speaker: Name".
_DECLARED = re.compile(
    r"^[\[(]?\s*(?:presenter|presented\s+by|speaker|owner|presenting)\s*[:—–-]\s*"
    r"(?P<name>[^\])]+?)\s*[\])]?$",
    re.IGNORECASE,
)
# A list of who presents, declaring nobody's slide: "Presenters: Rui Costa and Ines Duarte".
_LISTED = re.compile(
    r"^\[?\s*(?:presenters|speakers|presenting)\s*:\s*(?P<names>.+)$", re.IGNORECASE
)
# "(Dana presents)", "[Ivo leads, Mei on numbers]": the one who leads the slide.
_LEADS = re.compile(
    r"^[\[(]\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:presents|leads|presenting"
    r"|speaks)\b[^\])]*[\])]$"
)
_BRACKETED = re.compile(r"\s*(?:\[[^\[\]]*\]|\([^()]*\))\s*$")
# The labels of the notes, read past: "Notes:", "Speaker notes:", "Talk track:".
_NOTES_LABEL = re.compile(
    r"^(?:(?:speaker|presenter(?:'s)?|slide)\s+notes|notes|talk\s+track|script|say\s+on\s+stage"
    r"|narration|say|voice-?over|vo)\s*[:—–-]\s*",
    re.IGNORECASE,
)
# A label alone on its line, between the slide's text above and its notes below (Google
# Slides' and Keynote's "Speaker notes", "Presenter notes", "Notes:").
_BARE_LABEL = re.compile(
    r"^(?:(?:speaker|presenter(?:'s)?)\s+notes|notes|talk\s+track|script|narration)\s*:?\s*$",
    re.IGNORECASE,
)
# The slide's own text, not said: "On slide:", "Slide text:", "Visual:".
_SLIDE_TEXT = re.compile(
    r"^(?:on[\s-]slide|slide\s+(?:text|content|copy|bullets)|visuals?|graphic|chart|image|"
    r"footnote|source)\s*[:—–-]\s*",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:[•·▪●◦*–-]|\d{1,2}[.)])\s+")
_FOOTER = re.compile(r"^(?:page\s+\d+\s+of\s+\d+|\d+\s*/\s*\d+)\b|\bconfidential\b.*$", re.I)
# What not to say, and the slides held back: no claims at all.
_NOT_SAID = re.compile(
    r"^(?:do\s+not\s+say|don['’]t\s+say|never\s+say|avoid|backup(?:\s+slide)?|appendix)\b",
    re.IGNORECASE,
)
# A direction in brackets: "(pause)", "[click]", "(Legal OK'd wording 5/14)", "(beat)".
_DIRECTION = re.compile(
    r"\s*[\[(](?:pause|beat|click|next\s+slide|advance|build|animation|smile|breathe|slow\s+"
    r"down|laugh|look\s+up|wait|transition|[^\[\]()]*\b(?:legal|counsel|compliance|approved|"
    r"OK['’]?d|wording|TBC|TBD|cite|footnote|per\s+IR)\b)[^\[\]()]*[\])]",
    re.IGNORECASE,
)
# A sentence telling the presenter what to do: "Say "could", NOT "will".", "Keep it short.",
# "Read verbatim.", "Legal sending final wording."
_INSTRUCTION = re.compile(
    r"^(?:(?:say|don['’]t\s+say|do\s+not\s+say|keep\s+it|keep\s+(?:this|as\s+is)|read(?:\s+it)?"
    r"\s+verbatim|pause|slow\s+down|smile|click|advance|look\s+(?:up|at)|emphasi[sz]e|stress|"
    r"thank\s+(?:everyone|everybody|the\s+audience)|hand\s+(?:over|off)|mention|skip|cite|"
    r"time\s*:|timing\s*:|tbd|tbc|note\s+to\s+self)\b"
    r"|.*\b(?:legal|counsel|compliance|IR)\s+(?:OK['’]?d|ok|approved|cleared|sending|to\s+"
    r"(?:confirm|review|send)|reviewing|signed\s+off)\b"
    r"|.*\bread\s+verbatim\b)",
    re.IGNORECASE,
)
# A direction after a dash at a line's end: "… by 2030 — cite on slide footer."
_TRAILING = re.compile(
    r"\s+[—–-]\s+(?:cite|source|check|confirm|verify|update|footnote|see)\b[^—–]*$", re.I
)
# The presenter's greetings and thanks, which say nothing: "Good morning and welcome, thank
# you for joining us." ("Thank you for the question; we will open two plants." is a claim.)
_GREETING = re.compile(
    r"^(?:good\s+(?:morning|afternoon|evening)|hello|hi|welcome|thank\s+you|thanks)\b"
    r"(?!.*\b(?:will|won['’]t|expect|plan|think|believe|is|are|was|were)\b)(?!.*\d)",
    re.IGNORECASE,
)
# A prepared answer: "Likely Q: "Why not partner?" → We think …", "Q: … A: …".
_PREPARED = re.compile(
    r"^(?:likely|possible|expected|anticipated|tough|potential)?\s*(?:q|question)\s*[:.]\s*"
    r"(?P<question>.*?)\s*(?:→|->|=>|⇒|\bA\s*:)\s*(?P<answer>.*)$",
    re.IGNORECASE,
)
_QUESTION_ONLY = re.compile(
    r"^(?:likely|possible|expected|anticipated)?\s*(?:q|question)\s*[:.]", re.IGNORECASE
)
# A presenter's tag at the start of a note or of a prepared answer: "[Chloe] Good morning …",
# "→ (Raj) Into 2029." ("(Applause)" names no presenter of the deck: no tag.)
_TAG = re.compile(r"^(?P<open>[\[(])(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]+){0,2})[\])]\s*")


def _slide_heading(line: str) -> re.Match[str] | None:
    """A slide's heading ("Slide 3 — Title [Presenter: …]"), or None."""
    return _SLIDE.match(line.strip()) if line.strip()[:1] in "-=#*Ss Nn" else None


def _speaker_notes(lines: Sequence[str]) -> bool:
    """Whether the document is a deck's speaker notes: two slide headings or more, and a
    presenter declared or the notes labelled."""
    headings = [line for line in lines if _slide_heading(line)]
    if len(headings) < 2:
        return False
    labels = (_NOTES_LABEL, _BARE_LABEL)
    return any(
        _presenter(line) or any(label.match(_unbulleted(line)) for label in labels)
        for line in lines
    )


def _unbulleted(line: str) -> str:
    return _BULLET.sub("", line.strip())


def _presenter(line: str) -> str:
    """The presenter a heading or a line declares ("[Presenter: Chloe Marchetti, CEO]",
    "Speaker: Ivo Brandt", "(Dana presents)"), their role left out; "" for none."""
    text = line.strip()
    heading = _slide_heading(text)
    if heading:
        tail = _BRACKETED.search(heading.group("title") or "")
        text = tail.group(0).strip() if tail else ""
    found = _DECLARED.match(text) or _LEADS.match(text)
    if not found:
        return ""
    name = re.split(r"\s*[,;/|]\s*|\s+[—–-]\s+|\s+\(", found.group("name"))[0].strip(" .")
    if re.search(r"\s(?:and|&)\s", name):
        return ""  # "Presenter: Ana Ruiz and Ben Ortiz": which of them says what is not known
    one_word = " " not in name and name.istitle() and len(name) > 1
    return name if reads_as_name(name) or one_word else ""


def _listed(line: str) -> list[str]:
    """The people a list of presenters names ("Presenters: Rui Costa (CFO) and Ines
    Duarte"), each in full; [] for any other line."""
    found = _LISTED.match(_unbulleted(line))
    if not found:
        return []
    parts = re.split(r"\s*[,;&]\s*|\s+and\s+", re.sub(r"\([^()]*\)|\]", "", found.group("names")))
    return [part.strip(" .") for part in parts if " " in part.strip() and reads_as_name(part)]


def _full_names(lines: Sequence[str]) -> list[str]:
    """Every presenter the deck names in full (declared, or in a list of presenters)."""
    names = [name for line in lines for name in (_presenter(line), *_listed(line))]
    return list(dict.fromkeys(name for name in names if " " in name))


def _resolved(name: str, full: Sequence[str]) -> tuple[str, str]:
    """A short name as the one presenter the deck names in full with it, and the remark
    saying so; the name as written otherwise."""
    if " " in name:
        return name, ""
    key = person_key(name)
    found = [f for f in full if key in (person_key(f).split()[0], person_key(f).split()[-1])]
    if len(found) == 1:
        return found[0], (
            f"The notes name only “{name}”: taken as {found[0]}, the deck's one presenter "
            "of that name; check the speaker"
        )
    return name, f"The notes name only “{name}”, never the full name: check who it is"


def _said(text: str) -> str:
    """A note's words without the directions to the presenter (``_DIRECTION``,
    ``_INSTRUCTION``, ``_TRAILING``), or "" when nothing is left to say."""
    text = _DIRECTION.sub("", text).strip()
    prepared = _PREPARED.match(text)
    if prepared:
        text = prepared.group("answer")
    elif _QUESTION_ONLY.match(text):
        return ""
    kept = []
    for _, written in split_sentences(text):
        sentence = _TRAILING.sub("", written.strip())
        if sentence and not (_INSTRUCTION.match(sentence) or _GREETING.match(sentence)):
            kept.append(sentence)
    return " ".join(kept)


def _handovers(lines: Sequence[str]) -> bool:
    """Whether the deck declares its presenters at handovers only: two or more declared on
    its slides, each another than the one declared before ("Presenter: Mireille Castellan"
    on slide 4, "Presenter: Ayesha Khatri-Lund" on slide 7)."""
    declared = [person_key(name) for line in lines if (name := _presenter(_unbulleted(line)))]
    return len(declared) >= 2 and all(a != b for a, b in pairwise(declared))


CARRIED = (
    "no presenter is declared for slide {slide}: taken as {name}, who presented the slides"
    " before it; check the speaker"
)


class _Deck:
    """The reading of a deck's lines, a slide at a time."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines, self.full = lines, _full_names(lines)
        self.out: list[str] = []
        self.notes: dict[int, str] = {}
        self.spoken: set[str] = set()
        self.speaker, self.remark, self.started, self.on_slide = "", "", False, False
        self.deck_presenter: tuple[str, str] = ("", "")  # declared above the first slide
        self.handovers = _handovers(lines)

    def heading(self, number: int, line: str) -> None:
        """A slide's heading: a section of its own, named by the presenter it declares."""
        # Above a label alone on its line ("Speaker notes"), the slide's text, not said.
        block = self.lines[number:]
        end = next((i for i, text in enumerate(block) if _slide_heading(text)), len(block))
        self.started = True
        self.on_slide = any(_BARE_LABEL.match(_unbulleted(text)) for text in block[:end])
        declared = _presenter(line)
        found = _resolved(declared, self.full) if declared else self.deck_presenter
        slide = _slide_heading(line).group("number")
        if not found[0] and self.speaker and self.handovers:
            # A presenter declared on an earlier slide goes on presenting until another is
            # declared (a section's first slide names who presents it): with a remark.
            found = (self.speaker, CARRIED.format(slide=slide, name=self.speaker))
        self.speaker, self.remark = found
        self.out.append(f"## Slide {slide}")

    def line(self, number: int, raw: str) -> None:
        """A line of a slide's block (or of the front matter, before any slide)."""
        text = _unbulleted(raw)
        declared = _presenter(text) if text else ""
        if declared and not self.started:  # the whole deck's presenter, unless a slide says
            self.deck_presenter = _resolved(declared, self.full)
        elif declared:
            self.speaker, self.remark = _resolved(declared, self.full)
        skipped = not text or _FOOTER.match(text) or _NOT_SAID.match(text) or _LISTED.match(text)
        if declared or not self.started or skipped:
            self.out.append("")
            return
        self._note(number, text)

    def _tagged(self, tag: re.Match[str]) -> tuple[str, str]:
        """Who a note's tag names, and the remark: "[Chloe]" as ``_resolved``; "(Raj)" only
        when it is a presenter the deck names in full (else ("", ""))."""
        name, remark = _resolved(tag.group("name"), self.full)
        if tag.group("open") == "(" and name not in self.full and not reads_as_name(name):
            return "", ""
        return name, remark

    def _note(self, number: int, text: str) -> None:
        if _SLIDE_TEXT.match(text) or _BARE_LABEL.match(text):
            self.on_slide = _BARE_LABEL.match(text) is None
            self.out.append("")
            return
        labelled = _NOTES_LABEL.match(text)
        if labelled:
            self.on_slide, text = False, text[labelled.end() :]
        prepared = _PREPARED.match(_DIRECTION.sub("", text).strip())
        text = prepared.group("answer") if prepared else text
        # "[BUILD] Most analysts …": a direction, no presenter's tag.
        tag = _TAG.match(text) if not _DIRECTION.match(text) else None
        speaker, remark = self._tagged(tag) if tag else ("", "")
        text = text[tag.end() :] if tag else text
        said = "" if self.on_slide or _BRACKETED.fullmatch(text) else _said(text)
        speaker, remark = (speaker, remark) if speaker else (self.speaker, self.remark)
        if not said:
            self.out.append("")
        elif not speaker:  # no presenter declared: the section's, asked about
            self.out.append(said)
        else:
            self.out.append(cued(speaker, said))
            self.spoken.add(speaker)
            if remark:
                self.notes[number] = remark


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A deck's speaker notes as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; the document's first line (its title) as it was, the
    rest of the front matter blank; each slide heading "## Slide N" (a section of its own);
    every note of a declared presenter "Full Name: words" without the directions to them;
    a note of a slide nobody is declared for its words alone (the section's, asked about);
    the slide's text, footers, comments and directions blank. Source of the layout:
    PowerPoint's Notes Pages, Keynote's presenter notes and Google Slides' speaker notes
    exported as text."""
    if not _speaker_notes(lines):
        return None
    deck = _Deck(lines)
    for number, raw in enumerate(lines, start=1):
        if _slide_heading(raw):
            deck.heading(number, raw)
        elif number == 1 and not deck.started:
            deck.out.append(raw)  # the document's title: a heading the notes reader reads
        else:
            deck.line(number, raw)
    return Reshaped.of(deck.out, deck.spoken, deck.notes)
