"""Words the narration of notes introduces, and who they are given to.

"As Keiko Mori put it: …", "— Name" after a quote, "Moreau disagrees. "…"", "Ravi
Menon said that …", "She also said:" and the bullets below it, "Her reply:" after a
quoted post (``replies``): the words go to who is introduced, or carry a remark asking
who (``IntroducedWords._said_by``); the introducing narration is never a claim.

``IntroducedWords`` is a part of the notes reader (``notes._NotesReader``): it holds the
reading of those lines, the reader the state they change.
"""

import re
from collections.abc import Sequence

from claims.importing.cues import COLON_CUE, lone_first_name
from claims.importing.forecasters import no_person, person_name
from claims.importing.introductions import (
    PRONOUNS,
    lead_in,
    names_in,
    quoted_part,
    signed_quote,
    told_then_quoted,
)
from claims.importing.names import (
    LABEL_WORDS,
    contraction,
    names_same_person,
    person_key,
    possessed,
    reads_as_name,
)
from claims.importing.narration import INTRODUCING
from claims.importing.parsing import split_sentences
from claims.importing.quoted_speech import (
    Saying,
    bare_quote,
    not_anyones_source,
    office,
    opens_with_sayer,
    particle_surname,
    role_holders,
    sayer_name,
    saying,
)
from claims.importing.replies import PostLead, handle_of, may_be_handle_of, post_lead
from claims.importing.reported import NAME_WORDS, NOT_SOMEONE, REPORTED, UNNAMED_REPORTED


def _post_lead_in(body: str) -> bool:
    """Whether a line opens with a post's lead-in and its colon ("Kessler replied: …")."""
    colon = re.search(r":(?:\s|$)", body)
    return colon is not None and post_lead(body[: colon.start()]) is not None


# Verbs a minute-taker tells a participant's words with, besides those of ``REPORTED``:
# "TRC reported that …", "WL confirmed …", "GA relayed that …". Read only of a participant.
_MINUTED = re.compile(
    rf"^{NAME_WORDS}\s+(?:(?:also|then|again|later|briefly|further)\s+)?(?:reported|"
    r"confirmed|relayed|recalled|advised|explained|outlined|announced|indicated|observed|"
    r"mentioned|remarked|commented|felt|feels|hoped|hopes|reminded|cautioned|updated|"
    r"informed|assured|proposed that|suggested that|recommended that)\b"
)
_SUMMARY = "summary, not a quote: check the words are the speaker's"
# A quoted paragraph after a sayer's, no sayer named again (news style).
QUOTE_RUNS_ON = (
    "a quoted paragraph right after {who}'s, no one else named: read as {who}'s, as news style"
    " runs a quote on"
)
# Who a reply is by when the notes do not tell: a placeholder, so the curator maps it.
UNKNOWN_AUTHOR = "Unknown speaker"


# Words of a time that may open a sentence before its sayer: "Last January I said …", "In
# 2019 Moreau predicted …", "Back in March she told us …".
_TIME_WORDS = frozenset(
    (
        *("last", "next", "this", "in", "on", "back", "early", "late", "since", "yesterday"),
        *("today", "january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun"),
        *("jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday"),
        *("thursday", "friday", "saturday", "sunday", "week", "month", "year", "spring"),
        *("summer", "autumn", "fall", "winter", "christmas"),
    )
)


def _reported_name(name: str, speaker: str) -> tuple[str, str]:
    """The person reported words name, or "" and the remark when they name nobody: "I'd say
    …", "Don't say …" name no one; "Goldman's Hatzius thinks …" names Hatzius; "Maersk's CEO
    told her …" describes someone, asked about and never made a speaker; "She added that …"
    names "She", the last person quoted; "Last January I said …" is the speaker's own, its
    time no part of a name."""
    words = name.split()
    while len(words) > 1 and (words[0].lower().strip(".,") in _TIME_WORDS or words[0].isdigit()):
        words.pop(0)
    name = " ".join(words)
    first = name.split(maxsplit=1)[0]
    person, description = possessed(name)
    if name.lower() in ("he", "she"):
        return name, ""  # "She added that …": the last person quoted (``_said_by``)
    if first.lower().strip(".'’") in NOT_SOMEONE:
        return "", ""
    if contraction(first) and not (person or description):
        return "", ""
    if description:
        tail = f" not {speaker}'s own words" if speaker else ""
        return "", f"reported: said by {description}?{tail}"
    return person or name, ""


def _without_role(name: str) -> str:
    """``name`` without the role words news copy writes before it ("Finance Director
    Rupert Ashgrove" → "Rupert Ashgrove", "Portfolio manager Helena Brisk" → "Helena
    Brisk"; ``quoted_speech.sayer_name``); ``name`` itself when no role goes before it."""
    bare = sayer_name(name)
    full = " " in bare and reads_as_name(bare)  # "Maersk's CEO" names no one: kept
    return bare if full and bare != name and name.endswith(" " + bare) else name


def _no_ones_source(quote: str) -> tuple[str, str, str, str] | None:
    """``IntroducedWords._said_in_article`` of "…, according to port data.": the line kept,
    with a remark that its source is no person; None when it names none."""
    source = not_anyones_source(quote)
    if not source:
        return None
    return quote, "", f"reported: according to “{source}”, not a person's words", ""


def _holder_remark(who: str, holder: str) -> str:
    """What the curator is told of words an unnamed office holder said, given to the person
    the document names with that office."""
    return (
        f"reported: said by “{who}”, taken as {holder}, whom the article names with that "
        "office: check the speaker"
    )


def _firm_remark(found: Saying, said_by: str) -> str:
    """What the curator is told of the firm a possessive gave with the sayer ("Goldman's Jan
    Hatzius"): an affiliation, not the speaker."""
    if not found.firm or not said_by:
        return ""
    return f"“{found.firm}” is read as {said_by}'s affiliation, not the speaker"


class IntroducedWords:
    """Words the narration introduces, given to who it introduces (a part of the notes
    reader)."""

    # Role word → the offices the document names with a person (``role_holders``), read
    # when an unnamed office holder is first met.
    office_holders: dict[str, list] | None = None
    # Surname (person key) → the full names the narration gave it in lines that quoted no
    # one ("Union negotiator Rosa Vidal arrives at the ministry."), for a surname said later.
    narrated: dict[str, set[str]] | None = None
    narrated_first: dict[str, set[str]] | None = None  # the same names, by first name

    def _reported(self, quote: str, speaker: str) -> tuple[str, str]:
        """Who ``quote`` says a named person said, and the remark: ("", "") when it does not.

        "Jensen Huang said chips will…" under another speaker's section is his words,
        reported; "Gates was careful to say…" under Bill Gates is a summary of hers or his.
        Whose line it is ``_said_by`` decides, as for every way of introducing words.
        """
        public = self._public_sayer(quote)  # "Walter Brigham, 88 Fennel Lane, stated …"
        for pattern in REPORTED:
            match = pattern.match(quote)
            if match is None:
                continue
            said = self._council_sayer(match.group("name").strip())  # "City Manager Ruiz"
            said = _without_role(said)  # "Finance Director Rupert Ashgrove said …"
            name, remark = _reported_name(said, speaker)
            if not name:
                return "", remark
            if speaker and names_same_person(name, speaker):
                return "", _SUMMARY
            return self._said_by([name], "reported", owner=speaker)
        minuted = _MINUTED.match(quote) if " " in quote and not public else None
        sayer = public or (self._council_sayer(minuted.group("name").strip()) if minuted else "")
        if public or (minuted and self._known_participant(sayer)):
            # "WL confirmed the co-op will …": a participant's words in the minute-taker's.
            return self._said_by([sayer], "reported", owner=speaker)
        unnamed = UNNAMED_REPORTED.match(quote)
        if unnamed:
            tail = f", not {speaker}'s own words" if speaker else ""
            return "", f"reported: said by someone unnamed (“{unnamed.group('who')}”){tail}"
        return "", ""

    def _said_in_article(self, quote: str, owner: str) -> tuple[str, str, str, str] | None:
        """``(words, speaker, remark, forecaster)`` of a sentence of reported speech that
        names its sayer (``quoted_speech``), or None when it names none.

        A named sayer is matched as every introduced name is (``_said_by``), a surname
        with its particle ("de Vries added") to the full name met before; an unnamed one
        ("executives said") is the forecaster whose forecast the line tells, never the
        default speaker's (``attribution``). "…, according to port data." keeps its
        speaker with a remark that the source is no one's words.
        """
        found = saying(quote)
        if found is None:
            return _no_ones_source(quote)
        name = found.name
        if found.who or no_person(name):
            return self._said_by_unnamed(found, quote, owner)
        if owner and names_same_person(name, owner):
            # "Gates stressed that …" under Bill Gates: a summary of theirs, not a quote.
            return found.words, owner, "" if found.words != quote else _SUMMARY, ""
        full = next((p for p in self.declared.values() if particle_surname(name, p)), "")
        if full:  # "de Vries added": Pieter de Vries, met before
            self.last_quoted = full
            return found.words, full, "", ""
        if found.words == quote and not found.firm and any(p.match(quote) for p in REPORTED):
            return None  # "Maersk's CEO told her …": read as reported words (``_reported``)
        said_by, remark = self._said_by([name], "reported", owner=owner)
        remark = "; ".join(r for r in (remark, _firm_remark(found, said_by)) if r)
        # Asked about and left with the section's speaker: another's words, told, not theirs.
        return (found.words, said_by, remark, "") if said_by else (quote, "", remark, name)

    def _quote_goes_on(
        self, quote: str, line: int, raw: str = ""
    ) -> tuple[str, str, str, str] | None:
        """``_said_in_article`` of a quotation with no sayer right after a named sayer's
        words on the same line (""That number was never realistic," said Marcus Oduya, …
        "Completions will be lucky to hit 200,000 this year.""): the same sayer's words."""
        words = bare_quote(quote) or (self._quote_part(raw, line) and quote)
        if words and self.last_quoted and self._quoted_paragraph_after(self.quoted_at, line):
            return words, self.last_quoted, QUOTE_RUNS_ON.format(who=self.last_quoted), ""
        last = self.statements[-1] if words and self.statements else None
        if last is None or last.line != line or last.narration or not self.last_quoted:
            return None
        return (words, self.last_quoted, "", "") if last.speaker == self.last_quoted else None

    def _quoted_paragraph_after(self, before: int, line: int) -> bool:
        """Whether line ``line`` is a paragraph that is all quotation, right after line
        ``before`` (blank lines between): news style runs a sayer's quote on over paragraphs
        without naming them again (""We will have robots picking live orders by September,"
        said Elena Marsh." then ""By the end of 2027, all eight sites will run on them."")."""
        text = self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""
        if not before or before >= line or text[:1] not in '"“' or text[-1:] not in '"”':
            return False
        between = self.lines[before : line - 1]
        return all(not t.strip() for t in between)

    open_quote_line = 0  # the line whose last quotation opened and has not closed yet
    quoted_at = 0  # the last line whose quotation was given to ``last_quoted``

    def _quote_part(self, quote: str, line: int) -> str:
        """The words of ``quote``, a sentence as written, when it is one of a quotation of
        several sentences, without its mark: its first (""The regulator expects … by
        2035.") or, after that, a later one on the same line ("Frankly, the planning system
        is still far too slow for that.""); "" for any other sentence."""
        text = quote.strip()
        marks = sum(text.count(mark) for mark in '"“”')
        if marks == 1 and text[:1] in '"“':
            self.open_quote_line = line
            return text[1:].strip()
        if self.open_quote_line != line:
            return ""
        if marks == 0:
            return text
        self.open_quote_line = 0
        return text[:-1].strip() if marks == 1 and text[-1:] in '"”' else ""

    def _said_by_unnamed(self, found: Saying, quote: str, owner: str) -> tuple[str, str, str, str]:
        """``_said_in_article`` of words someone unnamed or a firm said: told, theirs
        ("…, executives said.", "…, Goldman Sachs said."); the person the document names
        with the office ("…, the mining minister said." where "Minister Aurelio Vidal" is
        named), asked about, when no section's speaker owns the line."""
        holder = self._office_holder(found.who) if found.who and not owner else ""
        if holder:
            return found.words, holder, _holder_remark(found.who, holder), ""
        return quote, "", "", found.who or found.name

    def _office_holder(self, who: str) -> str:
        """The one person the document names with the office an unnamed sayer holds ("the
        mining minister" → "Aurelio Vidal" of "Minister Aurelio Vidal told reporters"), or
        "" when it names none or several. The document is read for offices once."""
        held = office(who)
        if held is None:
            return ""
        if self.office_holders is None:
            self.office_holders = role_holders(self.lines)
        names = {
            person_key(name): name
            for other, name in self.office_holders.get(held.role, ())
            if held.may_be(other)
        }
        return next(iter(names.values())) if len(names) == 1 else ""

    def _writes(self, owner: str) -> bool:
        """Whether ``owner`` wrote the section's lines (a letter's signer, an article's
        author), rather than spoke at the appearance the notes tell."""
        return person_key(self.section.author) == person_key(owner)

    def _said_by(self, names: list[str], kind: str, *, owner: str) -> tuple[str, str]:
        """Who words the narration introduces are said by, and the remark they carry.

        ``names`` are the names the introduction holds, first the likeliest ("She",
        "Mehta", "Ingrid Solberg"). A pronoun is the last person the narration gave words
        to. A participant (declared, cued, mapped or known) says them. A full name in a
        section with no speaker of its own (a newsletter's, a live blog's narration) is
        a new speaker, asked about; so is a full name whose words the section's writer (a
        letter's signer, an article's author: ``Section.author``) quotes ("Gwilym
        Pryce-Hartley, managing director of Fellgate Coaches, told us:" then "“If the
        grant …”"). Otherwise the words stay with ``owner`` and the remark
        asks the curator ("quoted: said by Ingrid Solberg? not Nina Alvarez's own words"):
        never given silently to the narrator. ``kind`` is "quoted" or "reported".
        """
        for name in names:
            if name.lower() in PRONOUNS:
                # "He said:" with nobody introduced before: the section's speaker.
                who = self.last_quoted or owner
                if who and kind == "reported" and who != owner:
                    # "She added that …" after Ramirez's words: hers, which the curator checks.
                    return who, (
                        f"reported: “{name}” taken as {who}, the last person quoted: "
                        "check the speaker"
                    )
                if who:
                    return who, ""
                continue
            found = self._known_participant(name)
            narrated = "" if found or " " in name else self._narrated_in_full(name)
            if narrated:
                # "Vidal tells reporters …" after "Union negotiator Rosa Vidal arrives …".
                self._declare(narrated)
                self.last_quoted = narrated
                return narrated, (
                    f"{kind}: “{name}” taken as {narrated}, whom the narration named before: "
                    "check the speaker"
                )
            # "Tracy said prices will fall": one name, reported, is who said it too.
            one = kind == "reported" and lone_first_name(name)
            # "Tracy said …" in a newsletter's narration; "Gwilym Pryce-Hartley, managing
            # director of Fellgate Coaches, told us:" then his words quoted, in a letter.
            new = found is None and (
                (not owner and (reads_as_name(name) or one))
                or (owner and kind == "quoted" and self._writes(owner) and _full_name(name))
            )
            if new:
                self._declare(name)
                self.last_quoted = name
                return name, (
                    f"{kind}: said by {name}, whom {owner} quotes: not {owner}'s own words;"
                    " check the speaker"
                    if owner
                    else f"{kind}: said by {name}? named in the narration, not a cue"
                )
            if found is not None:
                self.last_quoted = found
                return found, ""
        said = names[0] if names else "someone"
        said = f"someone the notes call “{said}”" if said.lower() in PRONOUNS else said
        tail = f" not {owner}'s own words" if owner else ""
        return "", f"{kind}: said by {said}?{tail}"

    def _introduction(self, body: str, number: int, bullet: bool, pull: bool) -> bool:
        """Hand words the narration introduces to who it introduces (``introductions``):
        the marked lines below an open lead-in, a signed quote, a lead-in and its colon,
        a short narration before quoted words, a pull quote after a line naming one
        person. True when the line was read so."""
        if (
            (self.cue_speaker or self.cue_host)
            and (bullet or self.block_time or self.call or self.name_turn)
            and not self._lead_in_line(body)
        ):
            return False  # a line of a cue's turn: the cue says whose it is
        named_before, self.named_before = self.named_before, ""
        fresh, self.quoted_fresh = self.quoted_fresh, False
        if self.quoted is not None:
            if bullet or pull:
                said_by = self.quoted
                self._hand_over(number, "", "", body, said_by=said_by)
                self.quoted = said_by  # until a plain line: each bullet is theirs
                return True
            said_by, self.quoted = self.quoted, None
            if fresh and not _post_lead_in(body) and not COLON_CUE.match(body):
                # The line right after "Aaron Kessler posted:", quoted or plain: the post.
                self._hand_over(number, "", "", body, said_by=said_by)
                return True
        signed = signed_quote(body)
        if signed and (self._known_participant(signed[1]) or reads_as_name(signed[1])):
            self._hand_over(number, "", "", signed[0], names=[signed[1]])
            return True
        if pull and named_before and body[:1] in '"“':
            self._hand_over(number, "", "", body, names=[named_before])
            return True
        return self._introduced_in_line(body, number)

    def _lead_in_line(self, body: str) -> bool:
        """Whether a line opens with a lead-in naming whose words follow its colon: a post's
        ("Kessler replied: …"), a participant's ("Moretti again: …") or someone's the line
        names in full ("Jonas Pfeilmann at Halvorsen Bank went further in a note: …")."""
        if _post_lead_in(body):
            return True
        colon = re.search(r":(?:\s|$)", body)
        names = lead_in(body[: colon.start()]) if colon else None
        return bool(names) and (
            any(n.lower() not in PRONOUNS and self._known_participant(n) for n in names)
            or (" " in names[0] and reads_as_name(names[0]))
        )

    def _introduced_in_line(self, body: str, number: int) -> bool:
        starts = [start for start, _ in split_sentences(body)]
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else len(body)
            sentence = body[start:end].strip()
            colon = re.search(r":(?:\s|$)", sentence)
            post = post_lead(sentence[: colon.start()]) if colon else None
            if post is not None:  # "Her reply:", "Lukas Brandt quoted the post:" (``replies``)
                lead, words = sentence[: colon.start()].strip(), body[start + colon.end() :]
                self._hand_over(number, body[:start], lead, words, said_by=self._author(post))
                return True
            names = lead_in(sentence[: colon.start()]) if colon else None
            if names and not start and no_person(sentence[: colon.start()]):
                names = None  # "Goldman's view: …": a firm's label, read as one (``forecasters``)
            if names and any(self._someone(name) for name in names):
                narration = sentence[: colon.start()].strip()
                words = body[start + colon.end() :].strip()
                self._hand_over(number, body[:start], narration, words, names=names)
                return True
            told = told_then_quoted(sentence, body[end:].strip())
            if told and not opens_with_sayer(body[end:]):  # not when the quote names its own
                self._hand_over(number, body[:start], sentence, body[end:], names=[told])
                return True
        self._remember_name(body)
        return False

    def _author(self, post: PostLead) -> tuple[str, str]:
        """Who wrote a quoted post or reply, and the remark for the curator: the name or
        the @handle its lead-in gives, else who its pronoun points to (``_replier``)."""
        if post.handle:
            author = self._handle_owner(post.handle)
            if author:
                said_by = (author, "")
            else:
                said_by = (f"@{post.handle}", f"written by @{post.handle}: map the handle")
        elif post.name:
            found = self._known_participant(post.name)
            if found is None and reads_as_name(post.name):
                self._declare(post.name)
                found = post.name
            said_by = (found, "") if found else self._said_by([post.name], "quoted", owner="")
        elif post.reply:
            said_by = self._replier(post)
        else:
            owner = self.section.speaker or self.section.inherited_speaker
            said_by = self._said_by([post.pronoun], "quoted", owner=owner)
        if said_by[0]:
            self.last_quoted = said_by[0]
            self.authors.setdefault(person_key(said_by[0]), said_by[0])
        return said_by

    def _replier(self, post: PostLead) -> tuple[str, str]:
        """Who "Her reply:" or "He answered:" is by: one of the people of the exchange (the
        section's speaker, the authors of the posts quoted before), not the author of the
        post it answers (the last quoted, or the one it names: "His reply to Feld:"); unless
        it answers someone unnamed ("Her reply to a critic:"). When that is not one person,
        nobody is guessed: the lines carry a remark and await the curator's mapping."""
        people = {
            person_key(p): p
            for p in (self.section.speaker, self.section.inherited_speaker, *self.authors.values())
            if p
        }
        own = self.section.speaker or self.section.inherited_speaker
        answered = self.last_quoted if not post.to else post.to
        answered_only = False
        if post.to != "someone":
            before = len(people)
            people = {
                key: p
                for key, p in people.items()
                if not (names_same_person(answered, p) or may_be_handle_of(answered, p))
            }
            answered_only = before > 0 and not people
        if len(people) == 1:
            return next(iter(people.values())), ""
        if answered_only and post.to and not own:
            # "She replied to @omar_k:" when Omar Khan is the only other writer: the thread's
            # own speaker (the default the curator gives), the only one left; asked about.
            return "", (
                f"a reply by “{post.pronoun.capitalize()}” to {post.to}, read as the default "
                "speaker's, the only other writer: check the speaker"
            )
        whose = (
            f" (not {answered}, whose post it answers)"
            if answered and answered != "someone"
            else ""
        )
        return UNKNOWN_AUTHOR, (
            f"a reply by “{post.pronoun.capitalize()}”, and the notes do not say who that "
            f"is{whose}: check the speaker"
        )

    def _handle_owner(self, handle: str) -> str:
        """The participant an @handle is: given with their name earlier ("Priya Raman
        (@priyaraman)"), or plainly their name ("@lukasbrandt"); "" when unknown."""
        if handle.lower() in self.handles:
            return self.handles[handle.lower()]
        people = [*self.declared.values(), *self.known_people]
        owners = {person_key(p): p for p in people if handle_of(handle, p)}
        if len(owners) == 1:
            return self._known_participant(next(iter(owners.values()))) or ""
        return ""

    def _someone(self, name: str) -> bool:
        """Whether a name an introduction holds may be a person's: a pronoun, someone
        described ("the ceo"), a participant, a full name or a capitalised word that is no
        label ("Forecast")."""
        return (
            name.lower() in PRONOUNS
            or name[:1].islower()  # "the ceo": someone unnamed, asked about
            or self._known_participant(name) is not None
            or reads_as_name(name)
            or (lone_first_name(name) and name.lower() not in LABEL_WORDS)
        )

    def _remember_name(self, body: str) -> None:
        """The one person a narrator's line names ("The keynote was Ingrid Solberg's."),
        to whom a pull quote right after it (``> "…"``) is given; and every full name it
        gives, for a surname said later (``_narrated_in_full``)."""
        names = [n for n in names_in(body) if self._known_participant(n) or reads_as_name(n)]
        self.named_before = names[0] if len(names) == 1 else ""
        for name in names:
            if " " in name and reads_as_name(name):
                if self.narrated is None:
                    self.narrated = {}
                    self.narrated_first = {}
                key = person_key(name).split()
                self.narrated.setdefault(key[-1], set()).add(name)
                if person_name(name):  # not a firm's: "Carrow Securities"
                    self.narrated_first.setdefault(key[0], set()).add(name)

    def _narrated_in_full(self, word: str) -> str:
        """The one full name the narration gave before with ``word`` as its surname ("Vidal"
        after "Rosa Vidal"), else as its first name ("Ines" after "Ines Marchbank", as show
        notes call their guests), or "" (none, or two: "Ana Lund" and "Erik Lund")."""
        key = person_key(word)
        for narrated in (self.narrated, self.narrated_first):
            names = (narrated or {}).get(key, set())
            if names:
                return next(iter(names)) if len(names) == 1 else ""
        return ""

    def _hand_over(
        self,
        number: int,
        before: str,
        narration: str,
        words: str,
        *,
        names: Sequence[str] = (),
        said_by: tuple[str, str] | None = None,
    ) -> None:
        """The narrator's sentences ``before``, the ``narration`` that introduces (never a
        claim) and the introduced ``words``: quoted words are theirs, what follows the
        closing quote mark is the narrator's again. Empty ``words`` open a lead-in: the
        marked lines below (bullets, ``>``) are theirs."""
        self._end_cue()
        if before.strip():
            self._emit_own(before.strip(), number)
        owner = self.section.speaker or self.section.inherited_speaker
        if said_by is None:
            said_by = self._said_by(list(names), "quoted", owner=owner)
        speaker, note = said_by
        if narration:
            self.emit(
                narration, speaker or self.section.speaker, number, narration=True, note=INTRODUCING
            )
        if not words.strip():
            self.quoted = said_by
            self.quoted_fresh = True
            return
        said, after = quoted_part(words)
        self.emit(said, speaker or self.section.speaker, number, note=note)
        if after and not self._introduced_in_line(after, number):
            self._emit_own(after, number)


def _full_name(name: str) -> bool:
    """A person's name in full, a first name and a surname at least ("Ingrid Solberg")."""
    return len(name.split()) > 1 and reads_as_name(name)
