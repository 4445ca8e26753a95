"""Who the names in a document are: one person, one speaker.

Names that differ only in case, accents, spacing or a title ("MAYA CHEN",
"Maya  Chen", "Dr. Maya Chén") are one person (``names.person_key``), in the
document and among the known speakers. A name that nearly matches a known
speaker ("Maya Chenn", "M. Chen") is proposed as that speaker, never silently
created: the curator maps it, to that speaker or explicitly to a new one.
"""

import difflib

from django.utils.text import slugify

from claims.choices import ParticipantRole
from claims.importing.errors import ImportFileError
from claims.importing.names import HOST_ROLES, display_name, person_key
from claims.importing.parsing import Section, Statement
from claims.importing.plans import SpeakerPlan
from claims.models import Speaker

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
        words = key.split()
        for other, speakers in self.by_person.items():
            other_words = other.split()
            if len(other_words) < 2 or other_words[-1] != words[-1]:
                continue
            # "M. Chen" or "Chen" for "Maya Chen"
            if len(words) == 1 or (len(words[0]) == 1 and other_words[0][0] == words[0]):
                return speakers[0]
        return None


class SpeakerResolver:
    """Maps names and section headings in the document to speakers, once per person."""

    def __init__(self, mapping: dict[str, str], known: KnownSpeakers) -> None:
        self.mapping = {person_key(k): v.strip() for k, v in mapping.items()}
        self.known = known
        self.plans: dict[str, SpeakerPlan] = {}

    def mapped(self, key: str) -> str | None:
        return self.mapping.get(person_key(key))

    def key_for(self, statement: Statement, section: Section) -> str:
        """The name a statement is attributed to: its cue, its section, or the default."""
        if statement.speaker:
            return statement.speaker
        if section.speaker:
            return section.speaker
        if section.heading and self.mapped(section.heading):
            return section.heading
        if section.inherited_speaker:
            return section.inherited_speaker
        if self.mapped("") is not None:
            return ""
        where = f"under “{section.heading}”" if section.heading else "in the opening section"
        raise ImportFileError(
            f"No speaker is named {where}. Name one with --speaker NAME (the default "
            f"for unnamed sections) or --speaker 'HEADING=NAME'.",
            line=statement.line,
        )

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

    def _plan(self, key: str) -> SpeakerPlan:
        target = self.mapped(key)
        if target is None and key:
            found = self.known.find(key)
            close = None if found else self.known.close_to(key)
            return SpeakerPlan(key, found, display_name(key), close_to=close)
        if not target:
            raise ImportFileError("The default speaker (--speaker) is empty.")
        return SpeakerPlan(key, self.known.find(target), display_name(target), mapped=True)
