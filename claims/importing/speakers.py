"""Who the names in a document are: one person, one speaker.

Names that differ only in case, accents, spacing or a title ("MAYA CHEN",
"Maya  Chen", "Dr. Maya Chén") are one person (``names.person_key``), in the
document and among the known speakers. A name that nearly matches a known
speaker ("Maya Chenn", "M. Chen"), or another new name earlier in the same
document ("Sam Riviera" after "Sam Rivera"), is proposed as that person, never
silently created: the curator maps it, to that person or explicitly to a new one.
A first name or a surname alone ("Elon", "Powell"), or a surname with another first
name or a nickname ("Jay Powell"), is proposed as the known speaker it may be.

A placeholder a transcription tool writes for someone it cannot name ("Speaker 1",
"SPEAKER_00", "Unknown Speaker") is nobody yet: never a new speaker by that name,
never proposed as another name; the import is refused until the curator maps it.
"""

import difflib
import re

from django.utils.text import slugify

from claims.choices import ParticipantRole
from claims.importing.errors import ImportFileError
from claims.importing.names import (
    HOST_ROLES,
    display_name,
    is_placeholder,
    names_same_person,
    person_key,
    role_cue,
)
from claims.importing.notes_forums import ACCOUNT_NOTE
from claims.importing.notes_speaker_lines import HANDLE_NOTE
from claims.importing.parsing import Section, Statement
from claims.importing.plans import SpeakerPlan
from claims.importing.reading import CAPTION_FORMATS, NOTES
from claims.importing.timed_cues import role_dropped
from claims.importing.transcripts import UNNAMED_TURN
from claims.models import Speaker

# A speaker's slug as the tracker makes them: lowercase words joined by hyphens.
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")

NEAR_MATCH = 0.85


class KnownSpeakers:
    """Every speaker by slug and by person key, read once per import."""

    def __init__(self) -> None:
        self.by_slug: dict[str, Speaker] = {}
        self.by_person: dict[str, list[Speaker]] = {}
        for speaker in Speaker.objects.only("pk", "name", "slug").order_by("pk"):
            self.by_slug[speaker.slug] = speaker
            self.by_person.setdefault(person_key(speaker.name), []).append(speaker)

    def people(self) -> frozenset[str]:
        return frozenset(self.by_person)

    def find(self, target: str) -> Speaker | None:
        """The speaker ``target`` names: by slug, by slugified name, or as the same person."""
        target = target.strip()
        found = self.by_slug.get(target) or self.by_slug.get(slugify(target))
        if found:
            return found
        same = self.by_person.get(person_key(target), [])
        return same[0] if len(same) == 1 else None

    def close_to(self, name: str) -> Speaker | None:
        """A known speaker whose name is nearly ``name`` (a typo, an initial, a surname)."""
        key = person_key(name)
        if not key:
            return None
        close = difflib.get_close_matches(key, self.by_person, n=1, cutoff=NEAR_MATCH)
        if close:
            return self.by_person[close[0]][0]
        for other, speakers in self.by_person.items():
            if _shortened(key, other) or _same_surname(key, other) or _first_name(key, other):
                return speakers[0]
        return None


# The opening of the remark on a caption's words that a turn marker (">>") opens.
_TURN_NOTE = UNNAMED_TURN.split("{mark}")[0]
# The remark on a line whose cue was read as a label (``notes``): “HR:” was read as a label….
LABEL_READ = re.compile(r"“([^”]{1,40}):” was read as a label")


def _unnamed_cue(statement: Statement) -> ImportFileError:
    """A caption file's words nobody is named for, in a caption file's words: the cue's
    time and its line, and why nobody is named when the reader said why."""
    why = f" ({statement.note})" if statement.note else ""
    return ImportFileError(
        f"No speaker is named for the cue at {statement.timestamp or 'the start'} "
        f"(“{_shortened_quote(statement.text)}”){why}. Name one with {{default_speaker NAME}} "
        "(the default for cues without a speaker tag).",
        line=statement.line,
    )


def _shortened_quote(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _same_surname(key: str, other: str) -> bool:
    """ "jay powell" and "jerome powell": the same surname and initial, a nickname maybe
    ("amara okafor" and "ifeoma okafor" are two people)."""
    words, other_words = key.split(), other.split()
    if len(words) < 2 or len(other_words) < 2:
        return False
    return words[-1] == other_words[-1] and words[0][0] == other_words[0][0]


def _first_name(key: str, other: str) -> bool:
    """ "elon" for "elon musk"."""
    other_words = other.split()
    return " " not in key and len(other_words) > 1 and other_words[0] == key


def _shortened(key: str, other: str) -> bool:
    """Whether person key ``key`` is ``other`` cut short: "m chen" or "chen" for "maya chen"."""
    words, other_words = key.split(), other.split()
    if not words or len(other_words) < 2 or other_words[-1] != words[-1]:
        return False
    return len(words) == 1 or (len(words[0]) == 1 and other_words[0][0] == words[0])


def near_names(a: str, b: str) -> bool:
    """Two different names that may be one person: a typo, an initial, a surname alone.

    Compared as ``person_key``s: "Sam Riviera" and "Sam Rivera" (similarity at
    least ``NEAR_MATCH``, as ``difflib`` measures it), "S. Rivera", "Rivera" or
    "Sam" and "Sam Rivera", "Jay Powell" and "Jerome Powell".
    """
    key, other = person_key(a), person_key(b)
    if not key or not other or key == other:
        return False
    if difflib.SequenceMatcher(None, key, other).ratio() >= NEAR_MATCH:
        return True
    return any(
        near(one, two)
        for one, two in ((key, other), (other, key))
        for near in (_shortened, _first_name, _same_surname)
    )


def did_you_mean(name: str, names: list[str]) -> str:
    """The one name of ``names`` that ``name`` is close to, as the curator may have meant it
    ("Tomas Herera" → "Tomás Herrera", "Jon Weisenthal" → "Joe Weisenthal", "Kevin" →
    "Kevin Roose", "Jon" → "Jonathan Ive"), or "" when none is, or several are: only ever
    a suggestion to show, never a choice made for the curator.

    Close is ``near_names`` (a typo, an accent, an initial, a surname alone), or a first
    name of three letters or more that starts one name's first name (a short form).
    """
    key = person_key(name)
    if not key:
        return ""
    close = {person_key(n): n for n in names if near_names(name, n)}
    if not close and " " not in key and len(key) >= 3:
        close = {
            person_key(n): n
            for n in names
            if len(person_key(n).split()) > 1 and person_key(n).split()[0].startswith(key)
        }
    return next(iter(close.values())) if len(close) == 1 else ""


class PlaceholderPlan(SpeakerPlan):
    """A placeholder such as "Speaker 2": unsure until the curator maps it to someone."""

    @property
    def unsure(self) -> bool:
        return not self.mapped

    @property
    def resemblance(self) -> str:
        role = self.key.lower()
        if role.startswith("the "):  # "THE COURT", "THE CLERK": a hearing's officer
            judge = " (the court is the judge)" if role == "the court" else ""
            return f"a role in a hearing{judge}, not a name: the file does not name who"
        return "a placeholder for someone the file does not name, not a name"

    @property
    def unsure_remark(self) -> str:
        return f"“{self.key}” is {self.resemblance}"

    @property
    def close_target(self) -> str:
        return "SLUG of a known speaker"

    @property
    def display(self) -> str:
        return f"{self.key} (unnamed: map it to who it is)"


def unnamed_turn_key(statement: Statement) -> str:
    """The name a caption's turn nobody is named for is asked about by, in a file that names
    others, and that the curator maps: "Unnamed speaker at 00:00:22"."""
    return f"Unnamed speaker at {statement.timestamp or f'line {statement.line}'}"


class UnnamedTurnPlan(PlaceholderPlan):
    """A caption's turn nobody is named for (">> THAT'S SIMPLY NOT TRUE."), in a file that
    names the others who speak: asked about on its own, so that the rest of the file can be
    previewed, and unsure until the curator maps it (or gives a default speaker)."""

    # The people the file named before the turn, in order: who it may be.
    among: tuple[str, ...] = ()

    @property
    def resemblance(self) -> str:
        names = ", ".join(self.among)
        maybe = f" (one of {names}?)" if names else ""
        return f"a turn the file names nobody for{maybe}"


def unnamed_section_key(section: Section) -> str:
    """The name lines nobody is named for are asked about by, a section at a time, in a
    notes file that names others who speak: "Unnamed speaker at line 11"."""
    return f"Unnamed speaker at line {section.line}"


class UnnamedSectionPlan(PlaceholderPlan):
    """A section's lines nobody is named for (a page's opening lines above its first
    author, a part after a plain heading), in a notes file that names others who speak:
    asked about, so that the rest of the file can be previewed, and unsure until the
    curator maps it, its heading, or gives a default speaker."""

    # The section's heading, and the people the file names, in order: who it may be.
    heading: str = ""
    among: tuple[str, ...] = ()

    @property
    def resemblance(self) -> str:
        under = f" under “{self.heading}”" if self.heading else ""
        names = ", ".join(self.among[:6])
        maybe = f" (one of {names}?)" if names else ""
        return f"lines{under} the file names nobody for{maybe}"


def one_name(key: str) -> bool:
    """Whether a speaker's label names someone by one name alone: "Warren", "CASEY", or a
    first name with where they are or call from in brackets ("Sandeep (Yorkton)", a video
    call's display name). A name in brackets after it ("Morgan Stanley (Lisa Shalett)") is
    read elsewhere (``names.without_affiliation``)."""
    if " " not in person_key(key):
        return True
    head, bracket, _ = key.partition("(")
    return bool(bracket) and len(head.split()) == 1 and key.rstrip().endswith(")")


class OneNamePlan(SpeakerPlan):
    """A first name or a surname alone ("CASEY", "Warren") that no known speaker has: a new
    speaker only once the curator says who it is."""

    @property
    def unsure(self) -> bool:
        return self.speaker is None and not self.mapped

    # A known speaker's or another name's in the document the name may be short for.
    suggestion: str = ""

    @property
    def resemblance(self) -> str:
        meant = f" (did you mean {self.suggestion}?)" if self.suggestion else ""
        return f"a first name or a surname alone, of no known speaker{meant}"

    @property
    def close_target(self) -> str:
        return "SLUG of a known speaker"

    @property
    def display(self) -> str:
        return f"{self.name} (new? only one name: map it to who it is)"


class HandlePlan(SpeakerPlan):
    """A chat's display name with spaces ("@Agnes Pirelli" in a stream's chat replay): an
    account's name, not a person's, asked about until the curator says who it is, as a
    one-word handle is (``OneNamePlan``)."""

    @property
    def unsure(self) -> bool:
        return self.speaker is None and not self.mapped

    @property
    def resemblance(self) -> str:
        return "an account's name in a chat, not a person's"

    @property
    def unsure_remark(self) -> str:
        return f"“@{self.key}” is {self.resemblance}"

    @property
    def close_target(self) -> str:
        return "SLUG of a known speaker"

    @property
    def display(self) -> str:
        return f"@{self.name} (an account: map it to who it is)"


class SpeakerResolver:
    """Maps names and section headings in the document to speakers, once per person."""

    def __init__(
        self, mapping: dict[str, str], known: KnownSpeakers, *, file_format: str = NOTES
    ) -> None:
        self.mapping = {person_key(k): v.strip() for k, v in mapping.items()}
        for label, chosen in mapping.items():  # "KAT (VOICEMAIL)" maps the cue "KAT"
            self.mapping.setdefault(person_key(role_dropped(label)), chosen.strip())
        self.known = known
        self.plans: dict[str, SpeakerPlan] = {}
        self.captions = file_format in CAPTION_FORMATS
        # The file marks two turns or more with ">>": several voices (``_voices``).
        self.turns_marked = False
        # Lines given to the author a byline names, by name (``key_for``).
        self.bylined: dict[str, int] = {}
        # A caption's turns nobody is named for, in a file that names others (``key_for``).
        self.unnamed_turns: set[str] = set()
        # A notes file's sections nobody is named for, in a file that names others, by
        # person key of their name (``unnamed_section_key``), with their headings.
        self.unnamed_sections: dict[str, str] = {}
        # A layout reader read the document (``StatementStream.layout_read``): its lines
        # nobody is named for are asked about, not left out (``withholds``).
        self.layout_read = False
        # Every statement's speaker label met so far, in order (the planner's).
        self.labels: dict[str, None] = {}
        # Forum users' handles ("dry_creek"), by person key: a handle, asked about by its
        # remark, never a first name alone (``key_for``).
        self.handles: set[str] = set()
        # A chat's display names written "@Agnes Pirelli" (``youtube_live``), by person key:
        # an account's name, asked about, never a new person (``HandlePlan``).
        self.accounts: set[str] = set()
        # Placeholders the document itself says who they are, by person key: the name and
        # the remark saying where (``declared_labels``).
        self.declared: dict[str, tuple[str, str]] = {}

    def mapped(self, key: str) -> str | None:
        return self.mapping.get(person_key(key))

    def key_for(self, statement: Statement, section: Section) -> str:
        """The name a statement is attributed to: its cue, its section, or the default."""
        if statement.speaker and HANDLE_NOTE.format(handle=statement.speaker) in statement.note:
            self.handles.add(person_key(statement.speaker))  # "dry_creek 5 hours ago | next"
        account = ACCOUNT_NOTE.format(handle=f"@{statement.speaker.lstrip('@')}")
        if statement.speaker and " " in statement.speaker and account in statement.note:
            self.accounts.add(person_key(statement.speaker))  # a chat's "@Agnes Pirelli"
        if statement.speaker or section.speaker:  # its cue's, else its section's
            return statement.speaker or section.speaker
        if section.heading and self.mapped(section.heading):
            return section.heading
        if section.inherited_speaker:
            return section.inherited_speaker
        if self.mapped("") is not None:
            return ""
        if section.author:  # "By Annika Sørensen, …": the byline's author tells the story
            self.bylined[section.author] = self.bylined.get(section.author, 0) + 1
            return section.author
        if (
            self.captions
            or self._named()
            or self._voices(statement)
            or self.mapped(unnamed_section_key(section))
        ):
            return self._unnamed(statement, section)
        where = f"under “{section.heading}”" if section.heading else "in the opening section"
        # The line opens with a cue read as a label ("HR: …"): say so, and how to map it.
        label = LABEL_READ.search(statement.note or "")
        why = (
            f" (“{label.group(1)}:” on this line was read as a label, not a speaker: if it is "
            f"one, map it with {{speaker {label.group(1)}=NAME}})"
            if label
            else ""
        )
        if not why and statement.topic:  # "[9:04 Uhr] Jonas Weber: …": a topic, "Uhr] Jonas Weber"
            why = (
                f" (“{statement.topic}” on this line was read as a topic, not as who speaks: if "
                "it names who speaks, write the line as 'NAME: words')"
            )
        error = ImportFileError(
            f"No speaker is named {where}{why}. Name one with {{default_speaker NAME}} (the "
            "default for unnamed sections) or {speaker HEADING=NAME}.",
            line=statement.line,
        )
        # Read a statement at a time, the file may name its speakers only further on: the
        # whole file's plan then says whether it names anyone (``import_document``).
        error.nobody_named_yet = True
        raise error

    def _unnamed(self, statement: Statement, section: Section) -> str:
        """Who words nobody is named for are asked about as: a caption's turn
        (``_unnamed_turn``), or a notes file's section in a file that names others
        (``unnamed_section_key``): asked about, not refused, so the file can be previewed."""
        if self.captions:
            return self._unnamed_turn(statement)
        key = unnamed_section_key(section)
        self.unnamed_sections[person_key(key)] = section.heading
        return key

    def withholds(self, key: str) -> bool:
        """Whether the lines ``key`` stands for are not proposed: a notes file's section
        nobody is named for (``unnamed_section_key``), in a file that names others, until
        the curator maps it. Such lines are a copied page's own (its bar, bios, adverts,
        footers) far more often than anyone's words; the plan's notes count them and say
        how to propose them. Not in a document a layout reader read: there such a section
        is a voice or a post's owner the layout does not name, asked about."""
        if self.layout_read:  # a layout reader's sections nobody names are someone's words
            return False
        return person_key(key) in self.unnamed_sections and self.mapped(key) is None

    def _unnamed_turn(self, statement: Statement) -> str:
        """A caption's words nobody is named for: in a file that names who speaks around
        them, or that the curator mapped, asked about on their own ("Unnamed speaker at
        00:00:22"). Raises ``ImportFileError`` in a file that names nobody."""
        turn = unnamed_turn_key(statement)
        if self._named() or self._voices(statement) or self.mapped(turn) is not None:
            self.unnamed_turns.add(person_key(turn))
            return turn
        raise _unnamed_cue(statement)

    def _voices(self, statement: Statement) -> bool:
        """Whether the file marks several voices it names nobody for: a placeholder label
        ("SPEAKER_01", "Speaker 2") among its cues, or a caption's turn marker (">>")
        opening these words in a file that marks two turns or more. Each voice is then
        asked about on its own; one default speaker for them all would be a guess."""
        marked = self.turns_marked and _TURN_NOTE in (statement.note or "")
        return marked or any(map(is_placeholder, self.labels))

    def is_unnamed_host(self, statement: Statement) -> bool:
        """A host cue naming only a role ("Moderator —", "HOST:") that the curator did not map."""
        return (
            person_key(statement.speaker) in HOST_ROLES and self.mapped(statement.speaker) is None
        )

    def plan_for(self, key: str, *, role: str = ParticipantRole.GUEST) -> SpeakerPlan:
        person = person_key(key)
        if person not in self.plans:
            self.plans[person] = self._plan(key)
            self.plans[person].role = role
        return self.plans[person]

    def _named(self) -> tuple[str, ...]:
        """The people the file names as speakers (its cues' labels, so far when it is read a
        statement at a time), by their names as shown: not placeholders nor roles."""
        people = {
            person_key(label): display_name(label)
            for label in self.labels
            if not is_placeholder(label) and role_cue(label) is None
        }
        return tuple(people.values())

    def _mapped_in_full(self, key: str) -> str:
        """The one speaker the curator mapped (the default or a name) whose full name has
        ``key`` as first name or surname ("Amodei" with Dario Amodei as the default), as
        mapped; "" when none or several."""
        full = set()
        for target in self.mapping.values():
            known = self.known.find(target) if target else None
            name = known.name if known else target
            if name and " " in name.strip() and names_same_person(key, name):
                full.add(target)
        return next(iter(full)) if len(full) == 1 else ""

    def _placeholder_plan(self, key: str) -> SpeakerPlan | None:
        """The plan of a name that stands for someone the file does not name: a section's
        or a caption turn's nobody is named for, or a placeholder ("Speaker 2")."""
        person = person_key(key)
        if declared := self.declared.get(person):
            name, remark = declared  # "For the transcript: "Speaker 3" is Corinna …"
            found = self.known.find(name)
            return SpeakerPlan(key, found, display_name(name), mapped=True, declared=remark)
        if person in self.unnamed_sections:
            section = UnnamedSectionPlan(key, None, "THEIR NAME")
            section.heading = self.unnamed_sections[person]
            section.among = self._named()
            return section
        if person in self.unnamed_turns:
            turn = UnnamedTurnPlan(key, None, "THEIR NAME")
            turn.among = self._named()
            return turn
        if is_placeholder(key):
            return PlaceholderPlan(key, None, "THEIR NAME")
        return None

    def _plan(self, key: str) -> SpeakerPlan:
        target = self.mapped(key)
        if target is None and (placeholder := self._placeholder_plan(key)):
            return placeholder
        if target is None and key:
            found = self.known.find(key)
            close = None if found else self.known.close_to(key)
            plan = SpeakerPlan(key, found, display_name(key), close_to=close)
            if found is None and close is None:
                # A new name nearly the same as one met earlier in the document.
                plan.close_to_name = next(
                    (
                        other.name
                        for other in self.plans.values()
                        if other.speaker is None and not other.unsure and near_names(key, other.key)
                    ),
                    "",
                )
            if found is None and person_key(key) in self.accounts:
                return HandlePlan(key, None, plan.name)
            handle = person_key(key) in self.handles  # a forum user's, not a first name
            if not plan.unsure and found is None and one_name(key) and not handle:
                meant = self._mapped_in_full(key)
                if meant:
                    # "Amodei was clear that …" with Dario Amodei as the curator's speaker.
                    return SpeakerPlan(
                        key, self.known.find(meant), display_name(meant), mapped=True
                    )
                one = OneNamePlan(key, None, plan.name)
                # "Jon" with a known Jonathan Ive: suggested, never chosen.
                names = [found[0].name for found in self.known.by_person.values()]
                names += [other.name for other in self.plans.values() if " " in other.name]
                one.suggestion = did_you_mean(key, names)
                return one
            return plan
        if not target:
            raise ImportFileError("The default speaker ({default_speaker}) is empty.")
        found = self.known.find(target)
        if found is None and _SLUG.fullmatch(target.strip()):
            # "felix-baumann" is a slug no speaker has, not a name to create someone with.
            name = " ".join(word.capitalize() for word in target.strip().split("-"))
            close = self.known.close_to(name)
            meant = f" Did you mean “{close.slug}” ({close.name})?" if close else ""
            raise ImportFileError(
                f"No speaker has the slug “{target.strip()}”: give a known speaker's slug, "
                f"or the name to create them with (“{name}”).{meant}"
            )
        return SpeakerPlan(key, found, display_name(target), mapped=True)
