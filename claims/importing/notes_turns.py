"""Turns in notes that no cue opens: a dash interview's host turns, and a bullet after a
bullet that opened with a cue (a part of the notes reader, ``notes``).

A dash interview writes each turn on a line of its own opened by a dash ("— When does the
plant open?", "— And at what capacity?", "— We open it in 2027."), with no name: a turn that
only asks, or that tells the guest what they said ("— That one is due by 2029, you said
earlier."), is the host's, nobody's claim, and the turn after it is the answer. Two host
turns in a row do not make the second the guest's.

In a list whose bullets open with cues ("- Ada: …", "- Tom Reyes: …"), a bullet with no cue
at the same depth may go on with the bullet before it or go back to the section's speaker:
it is taken as the cue's, as the notes' rule is (the bullets after a cue are its speaker's),
and says so, unless the two are the same person, it is indented below the cue's bullet, or
it goes on with a joining word ("- and gas follows it down by 2027").
"""

import re

from claims.importing.fragments import fragment_remark
from claims.importing.names import names_same_person, role_cue
from claims.importing.parsing import only_asks, split_sentences

# The dashes that open an interview's turns (a hyphen opens a list's bullet).
TURN_DASHES = ("—", "–")
# A host telling the guest what they said: "you said earlier", "as you put it".
_RESTATED = re.compile(
    r"\b(?:you(?:['’]ve| have)?\s+(?:said|mentioned|told us|told me|claimed|predicted|argued|"
    r"promised|were saying|wrote)|as you (?:put it|say|said))\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i['’]m|i['’]d|we|we['’]re|we['’]ll|my|our|us)\b", re.I)
# Words that go on with the bullet before: "- and gas follows it down by 2027".
_GOES_ON = re.compile(
    r"^(?:and|but|also|plus|then|though|although|which|so|because|while|or)\b", re.IGNORECASE
)
CARRIED = (
    "no cue of its own: taken as {speaker}'s, as the bullet before it opened with their cue; "
    "it may be {other}'s: check the speaker"
)


# A one-word hedge that answers a question ("Possibly.", "Probably not."): no claim alone,
# but one with the fragment after it ("Possibly. By 2028.").
_HEDGE_ANSWERS = frozenset(
    (
        *("possibly", "probably", "maybe", "perhaps", "likely", "unlikely", "hopefully"),
        *("possibly not", "probably not", "maybe not", "perhaps not", "most likely"),
    )
)
MAX_FRAGMENT_WORDS = 6


def hedged_answers(sentences: list[str]) -> list[str]:
    """``sentences`` with a hedge alone ("Possibly.") joined to the short verbless
    fragment after it ("By 2028."): one answer, "Possibly. By 2028.", which the question
    before it completes (``Statement.asked``) and whose hedge is asked about. Sentences
    without such a pair are given as they are."""
    if len(sentences) < 2:
        return sentences
    joined: list[str] = []
    for sentence in sentences:
        before = joined[-1] if joined else ""
        if (
            before
            and " ".join(before.lower().strip(" .!,").split()) in _HEDGE_ANSWERS
            and len(sentence.split()) <= MAX_FRAGMENT_WORDS
            and fragment_remark(sentence)
        ):
            joined[-1] = f"{before} {sentence}"
        else:
            joined.append(sentence)
    return joined


def host_turn(body: str) -> bool:
    """Whether a dash interview's turn with no name is the host's: it only asks ("When does
    the plant open?", "Tell me about prices.") or tells the guest what they said, with no
    word of the speaker's own ("And the second line, due by 2029, you said earlier.")."""
    if only_asks(body):  # a question last, or a request alone ("Big question. We open …": no)
        return body.rstrip(' ”"’)').endswith("?") or len(list(split_sentences(body))) == 1
    return _RESTATED.search(body) is not None and _FIRST_PERSON.search(body) is None


class NoteTurns:
    """Dash interviews' host turns and bullets carried on from a cue (a part of the notes
    reader: ``self`` is a ``notes._NotesReader``)."""

    def _dash_host_turn(self, text: str, body: str, number: int) -> bool:
        """A dash turn with no name that is the host's (``host_turn``): theirs, as narration,
        and the next turn is the answer. True when it was one."""
        if not text.startswith(TURN_DASHES) or self.cue_host or not host_turn(body):
            return False
        hosts = self.section.hosts or list(self.hosts.values())
        host = self.last_asker or (hosts[0] if len(hosts) == 1 else "")
        self._end_cue()
        self.emit(body, host or self.unnamed_host or "Host", number, host=True, narration=True)
        self._answer_after(host)
        return True

    def _carried_note(self, body: str, *, bullet: bool) -> str:
        """The remark on a bullet with no cue after a bullet that opened with one, when whose
        it is the notes do not settle (``CARRIED``); "" otherwise."""
        opened = self.cue_bullet
        if not bullet or opened is None or self.cue_host or not self.cue_speaker:
            return ""
        if self.indent > opened or _GOES_ON.match(body):
            return ""  # below the cue's bullet, or going on with it
        own = self.section.speaker or self.section.inherited_speaker
        if own and names_same_person(self.cue_speaker, own):
            return ""
        if role_cue(self.cue_speaker) is not None:
            return ""
        other = own or "the notes' own speaker"
        return CARRIED.format(speaker=self.cue_speaker, other=other)
