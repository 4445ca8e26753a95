"""Who a stand-in label was, said by the next speaker after its turn.

A transcription or meeting tool that cannot tell who speaks writes a stand-in ("Speaker 3",
"Mobile User 3"); a chair often says who it was right after the turn: "For the record, that
was Daniel Okafor from the Collier Tenants' Association.", "We can hear you, thanks Priya —
for the record that's Priya Raman from the Riverton Cycle Forum." ``named_after`` reads such
namings over a document's turns; the stand-in is read as that person, with a remark
(``NAMED_AFTER``), only when every naming of it agrees and no other label has the name.

A meeting tool also shows a caller dialled in by their number ("+44 20 7946 0321") and an
account by its e-mail address (``contact_label``). ``addressed_stand_ins`` reads more of the
meeting for such labels and "Guest": the chair handing it the floor by a first name ("Go for
it, Graham."), the speaker naming themselves ("Graham again."), an address made of a name
("r.achterberg"), each read only as the one person the meeting names in full so.
"""

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise

from claims.importing.names import CAPITALS, person_key

_PERSON = (
    r"(?:(?:Dr|Professor|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr|Councillor)\.?\s+)?"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}"
)
_TITLE = re.compile(r"^(?:Dr|Professor|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr|Councillor)\.?\s+")
# "For the record, that was Daniel Okafor …", "for the record that's Priya Raman", "That was
# Ana Ruiz, from Elm Street."
_NAMED = re.compile(
    r"(?:\b(?i:for the record)[,:]?\s+(?i:that\s+was|that's|that’s|that\s+is|it\s+was)?\s*"
    rf"|\b(?i:that\s+was)\s+)(?P<name>{_PERSON})(?=\s*(?:$|[,.;:!—–(-]|\s(?:from|of|with|at)\b))"
)

NAMED_AFTER = "“{label}” is read as {name}, whom {by} names after the turn: check who speaks"


def named_after(
    turns: Sequence[tuple[str, str]], stand_in: Callable[[str], bool]
) -> dict[str, tuple[str, str]]:
    """Stand-in label → (the name, who names it), over ``turns`` (label, words) in order: a
    label ``stand_in`` says is one, named by the next turn's speaker (another label, no
    stand-in) in words such as "For the record, that was Daniel Okafor". Only a label named
    one way every time, by a name no label of the document has."""
    evidence: dict[str, list[tuple[str, str]]] = {}
    for label, name, by in _recorded(turns, stand_in):
        evidence.setdefault(label, []).append((name, by))
    return agreed(evidence, turns)


def _recorded(
    turns: Sequence[tuple[str, str]], stand_in: Callable[[str], bool]
) -> Iterator[tuple[str, str, str]]:
    """(label, name, who names it) of each for-the-record naming of a stand-in's turn by
    the next turn's speaker ("For the record, that was Daniel Okafor")."""
    for (label, _), (next_label, words) in pairwise(turns):
        if not stand_in(label) or stand_in(next_label) or next_label == label:
            continue
        lowered = words.lower()
        if "record" not in lowered and "that was" not in lowered:
            continue
        for match in _NAMED.finditer(words):
            yield label, _TITLE.sub("", match.group("name")).strip(), next_label


def agreed(
    evidence: dict[str, list[tuple[str, str]]], turns: Sequence[tuple[str, str]]
) -> dict[str, tuple[str, str]]:
    """Label → the first of its evidence (name, how it was read), for each label of
    ``evidence`` all of whose names are one person and no label of ``turns`` (label,
    words); a name "" (one that fits several people) agrees with none."""
    labels = {person_key(label) for label, _ in turns}
    out = {}
    for label, found in evidence.items():
        names = {person_key(name) for name, _ in found}
        if len(names) == 1 and "" not in names and names.isdisjoint(labels):
            out[label] = found[0]
    return out


def block_turns(lines: Sequence[str], cue: re.Pattern) -> list[tuple[str, str]]:
    """(label, words) of each turn opened by a speaker line ``cue`` matches ("Mobile User 3
    1:15", ``cues.BLOCK_CUE``), its words the lines up to the next; [] when no line of the
    document names anyone after a turn (a cheap look first)."""
    if not any("record" in line or "that was" in line.lower() for line in lines):
        return []
    turns: list[tuple[str, list[str]]] = []
    for line in lines:
        found = cue.match(line.strip())
        if found:
            label = re.sub(r"\s*\([^()]*\)\s*$", "", found.group("name")).strip()
            turns.append((label, []))
        elif turns:
            turns[-1][1].append(line.strip())
    return [(label, " ".join(words)) for label, words in turns]


_FOR_THE_RECORD = re.compile(
    rf"\b(?i:for the record)[,:]?\s+(?i:that\s+was|that's|that’s|that\s+is|it\s+was)\s+{_PERSON}"
)


# A questioner's introduction, their name and their outlet or firm and no more: "Rohan
# Patel, Financial Courier.", "Kwame Asante-Boyd, The Observer-Standard.", "Hi, Bram de Kok,
# Energy Wire." (press conferences, earnings calls, town halls).
_SELF_INTRODUCED = re.compile(
    r"^(?:(?i:hi|hello|yes|thanks|thank you)[,.!]?\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de|van"
    r"|von|der|da|di|la|le|[A-Z][\w'’.-]+)){1,3})(?:,\s+(?:(?:with|from|of)\s+)?|\s+(?:with"
    r"|from)\s+)(?:the\s+)?"
    r"(?:[A-Z&][\w'’.&-]*(?:\s+|$)|(?:and|of|for|on|&)\s+){1,6}[.!]?$"
)


def names_the_speaker(text: str) -> bool:
    """Whether ``text`` says for the record who just spoke ("We can hear you, thanks Priya —
    for the record that's Priya Raman from the Riverton Cycle Forum."), or is a questioner's
    introduction of themselves and their outlet ("Rohan Patel, Financial Courier."):
    procedure, no claim."""
    if len(text) < 90 and _SELF_INTRODUCED.match(text.strip()):
        return True
    return "record" in text and _FOR_THE_RECORD.search(text) is not None


# A dial-in caller's number as a meeting tool shows it for a turn: "+44 20 7946 0321",
# "+1 (206) 555-0143", "020 7946 0321", "+12065550143", "+1 206-***-**43" (masked).
_PHONE = re.compile(r"^\+?\(?[\d*]+\)?(?:[\s.-]{1,2}\(?[\d*]+\)?)*$")
# An account shown by its address: "r.achterberg@calderbrookpartners.co.uk".
_MAIL = re.compile(r"^(?P<local>[A-Za-z0-9][\w.'+-]{0,63})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


def phone_number(label: str) -> bool:
    """Whether a turn's label is a telephone number ("+44 20 7946 0321", "+1 (206)
    555-0143", "+1 206-***-**43"): a caller dialled in, whom the tool cannot name. Seven to
    fifteen digits (E.164's most), a few of them masked at most; a time or years are none."""
    digits = sum(c.isdigit() for c in label)
    masked = label.count("*")
    # A national number opens with its trunk "0" or an area code in brackets; else ten
    # digits ("206-555-0143"), so that "2026 2027" is none.
    shown = label.startswith(("+", "(", "0")) or digits + masked >= 10
    return (
        7 <= digits + masked <= 15
        and digits >= 4
        and shown
        and _PHONE.match(label.strip()) is not None
    )


def mail_address(label: str) -> str:
    """The part before the "@" of a turn's label that is an e-mail address
    ("r.achterberg@calderbrookpartners.co.uk" → "r.achterberg"), an account a meeting tool
    shows by its address; "" for any other label."""
    found = _MAIL.match(label.strip()) if "@" in label else None
    return found["local"] if found else ""


def contact_label(label: str) -> bool:
    """Whether a turn's label is a phone number or an e-mail address, not a name: who it
    is is read from the meeting (``addressed_stand_ins``) or asked."""
    return phone_number(label) or bool(mail_address(label))


_CAP = rf"[{CAPITALS}][^\W\d_]*(?:[-'’](?!s\b)[^\W\d_]+)*"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|della|la|le|ter|ten|bin|al|el)"
# A name in full in running words: "Graham Pike", "Rosa van Dijk", "Kofi Asante-Boateng".
_IN_FULL = re.compile(rf"(?<![\w@.'’-]){_CAP}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_CAP})+")
# Whom a turn speaks to by a first name: "Kofi, do you want to …" (opening a sentence),
# "Go for it, Graham." / "Please, Rosa." (closing one), "Thanks Graham." (after a greeting).
_VOCATIVE = re.compile(
    rf"(?:^|[.!?]\s+|[-–—]\s+)(?P<opening>{_CAP})(?=,\s)"
    rf"|,\s*(?P<closing>{_CAP})\s*(?:[.!?]|$)"
    rf"|\b(?i:thanks|thank\s+you|cheers|hi|hey|hello|morning|welcome|over\s+to\s+you)\s+"
    rf"(?P<greeted>{_CAP})\s*(?:[,.!?]|$)"
)
# A speaker naming themselves: "Graham again.", "Graham here", "It's Kofi from Brightline",
# "This is Graham Pike."
_SELF_NAMED = re.compile(
    rf"(?:^|[.!?,]\s+|[-–—]\s+)(?P<again>{_CAP}(?:\s+{_CAP})?)\s+(?i:here|again|speaking)\b"
    rf"|\b(?i:it's|it’s|it\s+is|this\s+is|my\s+name\s+is)\s+(?P<intro>{_CAP}(?:\s+{_CAP})?)"
    r"(?=\s*(?:[,.;!?]|$|\s(?i:from|at|with|of|on|in|here|again|speaking)\b))"
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")

ADDRESSED = (
    "“{label}” is read as {name}, whom {by} calls “{first}” beside one of its turns, the one"
    " person of that name in the meeting: check who speaks"
)
SELF_NAMED = (
    "“{label}” is read as {name}, who says “{first}” in one of its turns, the one person of"
    " that name in the meeting: check who speaks"
)
BY_ADDRESS = (
    "“{label}” is read as {name}, the one person named in the meeting whom the address"
    " “{first}” fits: check who speaks"
)


def addressed_stand_ins(
    turns: Sequence[tuple[str, str]], stand_in: Callable[[str], bool]
) -> dict[str, tuple[str, str]]:
    """Stand-in label → (the person, a remark saying how it was read), over ``turns``
    (label, words) in order, for each label ``stand_in`` says is one ("Guest", a phone
    number, an e-mail address: ``contact_label``) whose every reading gives the same
    person, who is no label of the document:

    - named for the record by the next speaker (``named_after``);
    - addressed by a first name at the end of the turn before ("Kofi, do you want to do the
      sensor update?") or the start of the turn after ("Go for it, Graham."), by another
      speaker, no stand-in; or naming themselves in the turn ("Graham again.");
    - an e-mail address whose part before the "@" is a name's ("r.achterberg",
      "rosa.achterberg", "rachterberg" for Rosa Achterberg).

    A first name or an address is read only as the one person the meeting names in full
    with it ("Graham Pike runs the Leeds depot", or a speaker's label); one that fits two
    people leaves the label as it is, as does a name the meeting gives nobody in full.
    Source of the rule: how a chair hands the floor to a caller dialled in or a guest in
    Teams, Zoom and Meet meetings, whose tool shows a number or "Guest"."""
    people = _people(turns, stand_in)
    evidence: dict[str, list[tuple[str, str]]] = {}
    for label, name, by in _recorded(turns, stand_in):
        remark = NAMED_AFTER.format(label=label, name=name, by=by)
        evidence.setdefault(label, []).append((name, remark))
    for index, (label, _) in enumerate(turns):
        if not stand_in(label):
            continue
        for said, template, by in _readings(turns, index, stand_in):
            if (name := _one(people, said)) is not None:
                remark = template.format(label=label, name=name, first=said, by=by)
                evidence.setdefault(label, []).append((name, remark))
    return agreed(evidence, turns)


def _readings(
    turns: Sequence[tuple[str, str]], index: int, stand_in: Callable[[str], bool]
) -> Iterator[tuple[str, str, str]]:
    """(what is said: a first name, a name or an address's part; the remark's template; who
    says it) of each reading of the stand-in turn ``turns[index]``: its e-mail address, a
    self-naming, an address by the speaker before or after."""
    label, words = turns[index]
    if local := mail_address(label):
        yield local, BY_ADDRESS, ""
    for match in _SELF_NAMED.finditer(words):
        yield match["again"] or match["intro"], SELF_NAMED, ""
    for other, sentence in _neighbours(turns, index):
        if stand_in(other) or other == label:
            continue
        for match in _VOCATIVE.finditer(sentence):
            yield match["opening"] or match["closing"] or match["greeted"], ADDRESSED, other


def _neighbours(turns: Sequence[tuple[str, str]], index: int) -> Iterator[tuple[str, str]]:
    """(speaker, sentence) of the last sentence of the turn before ``turns[index]`` and
    the first of the turn after: where a speaker hands over the floor or answers."""
    if index > 0:
        label, words = turns[index - 1]
        yield label, _SENTENCES.split(words.strip())[-1]
    if index + 1 < len(turns):
        label, words = turns[index + 1]
        yield label, _SENTENCES.split(words.strip())[0]


def _people(
    turns: Sequence[tuple[str, str]], stand_in: Callable[[str], bool]
) -> dict[str, set[str]]:
    """Everyone the meeting names in full, by the ``person_key`` of each way a name may
    be said short or written in an address: the first name ("graham"), and, for e-mail
    addresses, "graham.pike", "g.pike", "grahampike", "gpike" (and with "_" or "-"). The
    speakers' labels count (not the stand-ins'), and each name in full in the words."""
    people: dict[str, set[str]] = {}
    named = [label for label, _ in turns if not stand_in(label) and " " in label.strip()]
    for _, words in turns:
        named.extend(_in_full(words))
    for name in named:
        for short in _shorts(name):
            people.setdefault(short, set()).add(name)
    return people


def _in_full(words: str) -> Iterator[str]:
    """The names in full in ``words``: each run of capitalised words, and the run without
    its first word ("Morning Rosa Achterberg" → "Rosa Achterberg"), titles left off."""
    for match in _IN_FULL.finditer(words):
        run = _TITLE.sub("", match.group())
        yield run
        rest = run.split(maxsplit=1)[-1]
        if " " in rest and not rest[0].islower():
            yield rest


def _shorts(name: str) -> set[str]:
    """The keys ``name`` may be found by (``_people``)."""
    words = person_key(name).split()
    forms = {words[0], " ".join(words)}
    for last in {words[-1], "".join(words[1:])}:
        for given in (words[0], words[0][:1]):
            forms.update(f"{given}{sep}{last}" for sep in ("", ".", "_", "-"))
    return forms


def _one(people: dict[str, set[str]], said: str) -> str | None:
    """The one person ``said`` (a first name, a name, an address's part) names; "" when
    several do (which no reading agrees with), None when nobody does (no reading)."""
    found = people.get(person_key(said), set()) | people.get(said.lower(), set())
    keys = {person_key(name): name for name in found}
    if not keys:
        return None
    return next(iter(keys.values())) if len(keys) == 1 else ""
