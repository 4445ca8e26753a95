"""Commitments a speaker tells as someone else's: "The defendant agreed to pay by 30 June
2027.", "Voltera undertook to the court to delete the data by March 2027.", "They pledged to
build 20,000 homes by 2029.", ""We have given an undertaking to the regulator …," a
spokesperson said."

A commitment is a promise of the speaker's organisation (docs/importing.md, kind). One the
speaker makes now is theirs, whoever they name as committing: "We undertake to publish the
audit by 2026", "I promise …", "Your Honor, Nimbus commits to license its index …" (the
present tense of a party's own counsel or spokesperson). One told as made before by someone
else ("agreed", "undertook", "pledged", "gave an undertaking"), or quoted from someone else
(", a spokesperson said"), is a report of another party's commitment: factual, with no
deadline, and a remark naming whose it is, so that the curator records it for them (or, if
the speaker speaks for them, makes it a commitment with its deadline). The speaker's own
side told in the third person ("The company has agreed to …") may be either: it stays a
commitment, with a remark asking; so does an act told without its doer that the speaker's
side may do ("Subject to the grant, the first 120 homes will start on site next year":
``agency.DOERLESS``). "He" or "She" is read as the speaker summarised, as notes
write them ("He pledged to open two plants by 2028"). Rule: the same as for forecasts told
as someone else's (``attribution``): the reporting clause's subject owns the reported words,
and a confident wrong answer is the worst answer.
"""

import dataclasses
import re
from typing import TYPE_CHECKING

from claims.choices import ClaimKind
from claims.horizons import HorizonKind, HorizonResult
from claims.importing.acts import ACT_TOLD, ASKED, UNKNOWN, organisation_act
from claims.importing.agency import (
    DOERLESS,
    DOERLESS_ACT,
    PLACED,
    PLACED_ACT,
    answered_act,
    own_act,
    told_timetable,
)
from claims.importing.attribution import TOLD_BY, person_told, reported_sayer
from claims.importing.names import names_same_person, person_key, reads_as_name
from claims.importing.office_holders import holds_office
from claims.importing.wording import normalise

if TYPE_CHECKING:
    from claims.importing.parsing import Statement

OTHERS_COMMITMENT = (
    "reports another's commitment (“{who}”): not the speaker's own; no deadline — record it"
    " as a commitment of theirs, with its deadline, or make it a commitment if the speaker"
    " speaks for them"
)
OWN_SIDE_TOLD = (
    "a commitment told of “{who}”: is that the speaker's organisation? if not, record it for them"
)

# Words a line may open with before its subject: "And, crucially, the defendant agreed …".
_LEAD = (
    r"(?:(?:and|but|so|also|meanwhile|crucially|separately|notably|in\s+(?:the|a)\s+"
    r"(?:settlement|filing|hearing|statement|letter|deal)|under\s+the\s+(?:settlement|deal"
    r"|agreement|order|terms))\s*,?\s+"
    # Minutes' frame of whose report it is: "Mr. Lindqvist noted that the vendor has …".
    r"|[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s+(?:noted|said|stated|reported|added|explained"
    r"|confirmed)\s+that\s+)*"
)
# Committing, told as done before (or ongoing in the perfect): not a promise made now.
_TOLD_VERB = (
    r"(?:(?:has|have|had)\s+(?:(?:also|now|already|since|formally|publicly|voluntarily)\s+)*"
    r"(?:undertaken|agreed|pledged|promised|vowed|consented|given|offered|signed|made|entered"
    r"|committed)"
    r"|(?:(?:also|then|later|formally|publicly|voluntarily|reportedly|previously|once)\s+)*"
    r"(?:undertook|agreed|pledged|promised|vowed|consented|gave|offered|signed|made|entered"
    # "committed" in the perfect only: "The commission is committed to …" is its own stance.
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)committed))\b"
)
# The subject of the line, before the verb: up to six words, a name, a party, a pronoun.
_SUBJECT = re.compile(
    rf"^{_LEAD}(?P<who>[\w&.'’-]+(?:\s+[\w&.'’-]+){{0,5}}?)(?:,\s+[^,]{{1,60}},)?\s+{_TOLD_VERB}",
    re.IGNORECASE,
)
# Quoted words and whose they are: "“We have given an undertaking …,” a spokesperson said."
_SAID_AFTER = re.compile(
    r"[,.!?]?[”\"’']\s*,?\s*(?:(?P<who>[\w&.'’-]+(?:\s+[\w&.'’-]+){0,5}?)\s+(?:said|says|added"
    r"|told\s+\w+|confirmed|stated|wrote)|(?:said|says|added|confirmed|stated)\s+"
    r"(?P<after>[\w&.'’-]+(?:\s+[\w&.'’-]+){0,5}?))\s*[.!]?$"
)
# The speaker, or the speaker summarised, among the subject's words ("In 2024 we …", "Both
# of us"), or the speaker's own organisation ("Our company"): never another. "Our
# competitors", "our lenders" are others.
_OWN = re.compile(
    r"\b(?:i|we|us|me|he|she)\b|^(?:our|my)\s+(?:(?:own|parent|whole)\s+)?(?:company|group"
    r"|firm|business|bank|team|board|organi[sz]ation|management|government|party|side"
    r"|department|ministry|council|administration|agency|fund|lab|university|club|union)$",
    re.IGNORECASE,
)
# The speaker's organisation, named by what it is: it may be theirs, or another's.
_OWN_SIDE = re.compile(
    r"^(?:the\s+)?(?:company|group|firm|business|bank|management|board|team|government"
    r"|department|ministry|council|administration)$",
    re.IGNORECASE,
)


def _subject(text: str) -> str:
    """Who the line says committed, as written, or "" when it tells no committing by a
    subject of its own (a promise made now, or no subject read)."""
    said = _SAID_AFTER.search(text) if text[:1] in "\"“‘'" else None
    if said:
        return (said["who"] or said["after"]).strip().rstrip(".!")
    found = _SUBJECT.match(text)
    return found["who"].strip() if found else ""


def _names_speaker(who: str, speaker: str) -> bool:
    """Whether ``who`` names ``speaker`` ("Ramirez" in notes about Sofia Ramirez)."""
    if not speaker:
        return False
    said, full = person_key(who), person_key(speaker)
    return names_same_person(who, speaker) or (bool(full) and said.endswith(f" {full}"))


def told_commitment(text: str, *, speaker: str = "") -> tuple[str, bool]:
    """Whose commitment ``text`` tells, as written, and whether that may be the speaker's
    own side (``_OWN_SIDE``: "The company"); ("", False) when it is the speaker's own: made
    now, in the first person, by "he" or "she" (the speaker summarised) or by the speaker
    named (``speaker``)."""
    who = _subject(text.strip())
    if not who or _OWN.search(who) or _names_speaker(who, speaker):
        return "", False
    return who, bool(_OWN_SIDE.match(who))


def _shortened(text: str) -> str:
    words = text.strip().rstrip(".!")
    return words if len(words) <= 60 else words[:57].rsplit(" ", 1)[0] + " …"


def _noted(statement: "Statement", remark: str) -> "Statement":
    note = "; ".join(n for n in (statement.note, remark) if n)
    return dataclasses.replace(statement, note=note)


def others_commitment_marked(
    statement: "Statement", horizon: HorizonResult, speaker: str, *, speech: bool = False
) -> tuple["Statement", str, HorizonResult]:
    """``(statement, kind, horizon)`` for a line read as a commitment: another party's,
    told (``told_commitment``), is factual, its horizon kept as read without a deadline and
    ``OTHERS_COMMITMENT`` among the remarks; the speaker's side told in the third person
    stays a commitment with ``OWN_SIDE_TOLD``; an act told without its doer
    (``agency.DOERLESS``) or of an organisation nobody says the speaker speaks for
    (``acts.ACT_TOLD``: "I can confirm that Northern will introduce …") stays one with that
    remark. A promise another named person is reported to have made in their own words
    ("Gareth Pomfrey said we'll have the hub open by October 2026.",
    ``attribution.reported_sayer``) is theirs, told: in a turn of speech it is proposed as
    theirs, a commitment, with ``attribution.TOLD_BY`` (the planner gives it to them, the
    statement's speaker being theirs). One reported of a body may be the speaker's side's,
    and is asked. Otherwise all three as given, the kind a commitment.
    ``speaker`` is the name the line is given to; ``speech`` as for
    ``attribution.told_forecast``."""
    who, own_side = told_commitment(statement.text, speaker=speaker)
    if not who and (who := reported_sayer(statement.text, speaker=speaker, speech=speech)):
        own_side = not reads_as_name(who)
    if not who:
        act = organisation_act(statement.text)  # "the co-op will commission …": whose side?
        if act is not None and act[1] == ASKED:
            statement = _noted(statement, OWN_SIDE_TOLD.format(who=act[0]))
        elif (how := own_act(normalise(statement.text))) == DOERLESS_ACT:  # "Subject to …"
            statement = _noted(statement, DOERLESS.format(words=_shortened(statement.text)))
        elif how == PLACED_ACT:  # "we will have screens at all 97 stations": whose "we"?
            statement = _noted(statement, PLACED)
        elif act is not None and act[1] == UNKNOWN:  # "I can confirm that Northern will …"
            statement = _noted(statement, ACT_TOLD.format(who=act[0]))
        return statement, ClaimKind.COMMITMENT, horizon
    person = person_told(who, statement.text) if speech else ""
    if own_side and not person:
        return _noted(statement, OWN_SIDE_TOLD.format(who=who)), ClaimKind.COMMITMENT, horizon
    if person and not names_same_person(person, speaker):
        # "Gareth Pomfrey said we'll have the hub open by October 2026.": his, as told.
        remark = TOLD_BY.format(teller=speaker or "the speaker", who=person, what="commitment")
        statement = _noted(dataclasses.replace(statement, speaker=person), remark)
        return statement, ClaimKind.COMMITMENT, horizon
    statement = _noted(statement, OTHERS_COMMITMENT.format(who=who))
    if horizon.kind != HorizonKind.NONE:
        rule = f"'{horizon.phrase}' is the date of another's commitment, not the speaker's"
        horizon = HorizonResult(HorizonKind.NONE, None, None, horizon.phrase, rule)
    return statement, ClaimKind.FACTUAL, horizon


def others_act_marked(statement: "Statement") -> "Statement":
    """A line read as a prediction that tells an organisation's deliberate act with no word
    of whether the speaker speaks for it ("Voltbank will publish its first climate report in
    March 2027": ``acts.UNKNOWN``), with ``acts.ACT_TOLD`` among its remarks: a forecast of
    another's act, or the speaker's side's commitment, which only the curator can tell."""
    act = organisation_act(statement.text)
    if act is None or act[1] != UNKNOWN:
        return statement
    return _noted(statement, ACT_TOLD.format(who=act[0]))


def answered_act_marked(statement: "Statement", kind: str) -> tuple["Statement", str]:
    """``(statement, kind)`` for a short "yes" to a question about an act of the speaker's
    side (``agency.answered_act``): "Will you publish the schedule?" "We will." is a
    commitment; "Will it be fixed before next winter?" "It will." one too, with
    ``agency.DOERLESS`` among the remarks (the act may be another's). Otherwise both as
    given: a line read as no forecast, or with no question before it."""
    if kind != ClaimKind.PREDICTION or not statement.asked:
        return statement, kind
    how = answered_act(statement.text, statement.asked)
    if not how:
        return statement, kind
    if how == DOERLESS_ACT:
        statement = _noted(statement, DOERLESS.format(words=_shortened(statement.asked)))
    return statement, ClaimKind.COMMITMENT


# An organisation named by what it is, as a story names the one it is about.
_GENERIC_BODY = re.compile(r"^(?i:the)\s+(?i:company|group|firm|business|carmaker|miner|bank)$")
# The same act as a news summary's headline words write it: "Company to commission …".
_HEADLINE_ACT = re.compile(
    r"^(?P<who>(?i:the\s+)?(?i:company|group|firm))\s+to\s+(?!be\b|have\b|face\b|miss\b)[a-z]+"
)


def officers_timetable_marked(
    statement: "Statement", kind: str, speaker: str, horizon: HorizonResult
) -> tuple["Statement", str]:
    """``(statement, kind)`` for a line read as a prediction that tells a timetable without
    its doer (``agency.told_timetable``: "Monterrey opens in January 2027", "All four pumps
    will be back in service by the end of September"), dated, said by someone the document
    gives an office (``office_holders.holds_office``): the officer's side's timetable, a
    commitment, with ``agency.DOERLESS`` among the remarks (it may be another body's).
    Otherwise both as given: an organisation named as the doer is read by ``acts``; an
    analyst's, a caller's or a councillor's timetable stays a forecast. An act of "the
    company" (``_GENERIC_BODY``) said by such an officer ("The company will commission an
    audit before the end of the year, Quiroga said", of a chief executive) is their side's
    commitment too, and so is a news summary's "Company to …" (``_HEADLINE_ACT``), with
    ``OWN_SIDE_TOLD`` among the remarks."""
    if (
        kind != ClaimKind.PREDICTION
        or horizon.kind != HorizonKind.DATED
        or not holds_office(speaker)
    ):
        return statement, kind
    headline = _HEADLINE_ACT.match(statement.text)
    if headline:  # "Company to commission an audit this year": a summary's headline words
        return _noted(statement, OWN_SIDE_TOLD.format(who=headline["who"])), ClaimKind.COMMITMENT
    act = organisation_act(statement.text)
    if act is not None:
        if not _GENERIC_BODY.match(act[0]) or act[1] == ASKED:
            return statement, kind
        return _noted(statement, OWN_SIDE_TOLD.format(who=act[0])), ClaimKind.COMMITMENT
    if not told_timetable(normalise(statement.text)):
        return statement, kind
    statement = _noted(statement, DOERLESS.format(words=_shortened(statement.text)))
    return statement, ClaimKind.COMMITMENT
