"""A sentence the page breaks in two: one statement again.

Pages cut a speaker's sentence where their own layout says, not where the sentence ends:

- a thread's post runs out of room and the next post goes on with it: "5/ My bet is that it
  gets renegotiated" … (the post's counts, the next byline) … "6/ ...within 18 months.";
- a talk's transcript starts a new paragraph at its time line in mid-sentence: "my bet is
  that the first vertiport to turn a profit" / "06:12" / "will do it before the end of 2028".

Read apart, the first half is a forecast without its time and the second a fragment; read
together, they are one forecast due when the second half says. A sentence is taken as broken
only when its first half ends with no sentence's end (a word, a comma, a dash or an ellipsis,
not ".", "!", "?", ":" or a closing quote) and the second half opens as a sentence goes on,
or when the first half ends with a colon and the second opens in lower case (a forecast's
frame, "Prediction, since everyone else is doing it:", and the forecast below it):
with an ellipsis ("...within", "…and"), or, where the break is the page's and not the
writer's (``lower_goes_on``: a talk's time line), with a lower-case word. A post that opens
"lol yes" after a post ending with an emoji is a new post. The halves are joined as said,
without the ellipses that marked the break. Source of the rule: threads copied from Mastodon
and X, and talks sites' transcripts, whose breaks fall inside sentences.
"""

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace

from claims.importing.parsing import Statement

# The end of a sentence: ".", "!", "?", ":", ";" or a closing quote or bracket after one,
# or an emoji or a symbol (a post that ends "… 🧵" or "/end" ends there).
_ENDED = re.compile(r"(?:[.!?:;][\"”’)\]]*|[\"”’)\]]|[^\w\s,.…—–-]|(?:^|\s)/\s*end)\s*$", re.I)
# An ellipsis or a dash a writer ends a half with: "it gets renegotiated...", "— ".
_OPEN_END = re.compile(r"(?:\.{3}|…|\s[—–-])\s*$")
# An ellipsis a second half opens with: "...within 18 months.", "… and then".
_ELLIPSIS_START = re.compile(r"^(?:\.{2,}|…)\s*(?=[a-z0-9])")
_LOWER_START = re.compile(r"^[a-z]")
_MAX_HALF = 600


def continues(before: str, after: str, *, lower_goes_on: bool = False) -> bool:
    """Whether ``after`` goes on with the sentence ``before`` leaves unended (see the
    module's docstring): ``before`` ends with a word, a comma, a dash or an ellipsis, and
    ``after`` opens with an ellipsis before a lower-case word ("...within 18 months."), or,
    when ``lower_goes_on`` (a break the page makes, not the writer), with a lower-case word
    ("will do it before the end of 2028"). "… in 2027." then "...and" is two sentences."""
    before, after = before.strip(), after.strip()
    if not before or not after or len(before) > _MAX_HALF or len(after) > _MAX_HALF:
        return False
    if before.endswith(":") and _LOWER_START.match(after):
        return True  # "Prediction, since everyone else is doing it:" / "at least one OEM …"
    if _OPEN_END.search(before) is None and _ENDED.search(before) is not None:
        return False
    if before.rstrip()[-3:] != "..." and before.rstrip()[-1:] in ".!?":
        return False
    if _ELLIPSIS_START.match(after):
        return True
    return lower_goes_on and _LOWER_START.match(after) is not None


def joined(before: str, after: str) -> str:
    """The two halves of a broken sentence as one, without the ellipses or the dash that
    marked the break: ("My bet is that it gets renegotiated", "...within 18 months.") →
    "My bet is that it gets renegotiated within 18 months."."""
    first = re.sub(r"\s*(?:\.{3}|…|[—–-])\s*$", "", before.strip())
    second = _ELLIPSIS_START.sub("", after.strip())
    return f"{first} {second}"


_MIN_PUNCTUATED = 0.6
_SENTENCE_END_AT_LINE_END = re.compile(r"[.!?…][\"”’)\]]*\s*$")


def punctuated(lines: Sequence[str]) -> bool:
    """Whether most of ``lines`` with words (``_MIN_PUNCTUATED`` of them) end as a sentence
    does: a transcript's, not notes' or a chat's, whose lines mostly stop without a mark."""
    filled = [line for line in lines if len(line.split()) >= 4]
    ended = sum(1 for line in filled if _SENTENCE_END_AT_LINE_END.search(line))
    return bool(filled) and ended >= len(filled) * _MIN_PUNCTUATED


class BrokenPosts:
    """A thread's statements as they are read, each post that goes on with the sentence its
    author's last post left unended joined to it (``continues``, an ellipsis opening the
    second half): the earlier statement, on its line, holds both halves, and the later one is
    gone. The last statement with words waits until the next one with words shows whether it
    goes on; statements with no words (the page's lines between) wait with it, in their
    order. ``thread``: whether the document is read as a thread now. ``talk``: whether it is
    a talk's transcript (no chat's), where a turn cut at a time mark goes on in the next
    timed turn of the same speaker that opens in lower case; ``running``: whether it is a
    typed-up transcript whose turns run over lines (``running_turns``), where a line of a
    turn goes on in the next line of it that opens in lower case; elsewhere nothing is
    joined."""

    def __init__(
        self,
        thread: Callable[[], bool],
        talk: Callable[[], bool] = bool,
        running: Callable[[], bool] = bool,
    ) -> None:
        self.thread = thread
        self.talk = talk
        self.running = running
        self.pending: Statement | None = None
        self.between: list[Statement] = []

    def joined(self, statements: Iterable[Statement]) -> Iterator[Statement]:
        """``statements``, all of them, with each broken sentence joined, in their order."""
        yield from self.feed(statements)
        yield from self.flush()

    def feed(self, statements: Iterable[Statement]) -> Iterator[Statement]:
        """The statements that are settled once ``statements`` are read, in their order."""
        for statement in statements:
            if self.pending is None:
                if self._open(statement):
                    self.pending = statement
                else:
                    yield statement
                continue
            if not statement.text:
                self.between.append(statement)
                continue
            if self._goes_on(statement):
                before = self.pending
                self.pending = replace(before, text=joined(before.text, statement.text))
                continue
            yield from self.flush()
            if self._open(statement):
                self.pending = statement
            else:
                yield statement

    def flush(self) -> Iterator[Statement]:
        """The statement waiting and the lines after it, in their order."""
        if self.pending is not None:
            yield self.pending
        yield from self.between
        self.pending, self.between = None, []

    def _open(self, statement: Statement) -> bool:
        """Whether ``statement`` may be the first half of a broken sentence."""
        text = statement.text.rstrip()
        return bool(
            (self.thread() or (statement.timestamp and self.talk()) or self.running())
            and text
            and statement.speaker
            and not statement.narration
            and (_OPEN_END.search(text) or _ENDED.search(text) is None or text.endswith(":"))
        )

    def _goes_on(self, statement: Statement) -> bool:
        pending = self.pending
        if (
            pending is None
            or statement.narration
            or statement.speaker != pending.speaker
            or statement.section != pending.section
        ):
            return False
        if self.thread():
            return continues(pending.text, statement.text)
        # A talk's turn cut at its next time mark: "[27:40] Rasmus: I think the first
        # reactor" / "[27:49] Rasmus: is delivering power before 2031." A labelled note
        # ("Forecast: electricity demand …") starts its own.
        timed = bool(
            pending.timestamp and statement.timestamp and not statement.topic and self.talk()
        )
        # A typed-up transcript's turn broken over its next line: "… gets back to target," /
        # "properly back, by the end of Q3 next year."
        running = self.running() and statement.line == pending.line + 1
        # Clauses one line was cut into are two claims already: not a sentence broken over
        # lines ("… next year, and they'll blame the tram for it.").
        later_line = statement.line != pending.line
        return (
            (timed or running)
            and later_line
            and continues(pending.text, statement.text, lower_goes_on=True)
        )
