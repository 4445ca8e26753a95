"""The shapes of a court or committee hearing's transcript.

A hearing's transcript names its speakers by role or by title and surname ("THE COURT:",
"THE WITNESS:", "MR. SMITH:", "MS. OKONJO:"), asks and answers with "Q." and "A." lines,
and has lines of procedure that are nobody's claim: counsel's appearances ("Daniel Smith
for the United States."), the calling of a witness, "DIRECT EXAMINATION BY MR. SMITH:",
"Objection, Your Honor.", "Overruled.", "We'll take a fifteen-minute recess.", and a
committee chair's "We will take a short break there.", "The session is closed.". A
committee's "Members present:" and "Witnesses:" lines mark its transcript a hearing's.

The court's own cue is a role (the judge the transcript does not name: ``names.
is_placeholder``); "THE WITNESS:" is the witness, the section's speaker
(``names.GUEST_ROLES``). Source of the shapes: United States federal and state court
reporters' transcripts and deposition transcripts.
"""

import re
from collections import Counter
from collections.abc import Sequence

# "DIRECT EXAMINATION BY MR. SMITH:", "CROSS-EXAMINATION", "REDIRECT EXAMINATION (Resumed)".
_EXAMINATION = re.compile(
    r"^(?:(?:RE-?)?DIRECT|CROSS|RECROSS|RE-?CROSS|VOIR DIRE|FURTHER (?:RE)?DIRECT)"
    r"[- ]EXAMINATION\b.*$|^(?:FURTHER )?EXAMINATION(?: BY\b.*)?$"
    # A deposition's or a transcript's line naming who asks from here on: "BY MR. SMITH:",
    # "BY MS. FERREIRA (Resumed):".
    r"|^BY (?:MR|MS|MRS|MISS|DR)\.? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: \(\w+\))?:$",
    re.IGNORECASE,
)
# A sentence of procedure, nobody's claim.
_PROCEDURE = re.compile(
    r"^(?:objection(?:,\s*your honou?r)?(?:[.;,]\s*\w+(?:\s+\w+){0,3})?|overruled|sustained"
    r"|(?:calls for )?speculation|hearsay|leading(?: the witness)?|relevance|asked and answered"
    r"|argumentative|(?:lacks )?foundation|compound|vague|nonresponsive|move to strike"
    r"|withdrawn|noted|so ordered|you may (?:proceed|be seated|step down)|go (?:on|ahead)"
    r"|(?:please )?be seated|(?:good (?:morning|afternoon)),?\s*your honou?r"
    r"|(?:mr|ms|mrs|dr)\.\s+\w+,\s+call your (?:next|first) witness"
    r"|(?:(?:mr|ms|mrs|dr)\.?\s+\w+,\s+)?(?:(?:please\s+)?call\s+)?your (?:next|first) witness"
    r"|(?:let's|we'll|we will|we can|we are going to) go (?:off|back on) the record"
    r"|(?:we(?:'ll| will)|the court will|we) (?:now )?stand (?:in recess|adjourned)(?: until .*)?"
    r"|(?:off|back on) the record(?: at .*)?"
    # A committee's chair keeping time: "The subcommittee will come to order.", "Dr. Marchetti,
    # you are recognized for five minutes.", "The gentleman's time has expired."
    r"|the (?:sub)?committee will (?:come to order|(?:now )?(?:stand in )?recess)"
    r"|(?:(?:mr|ms|mrs|dr|senator)\.?\s+\w+,\s+)?you are (?:now )?recognized(?: for \w+ minutes)?"
    r"|the chair (?:now )?recognizes\s+.{1,60}|I yield back(?: the balance of my time)?"
    r"|the (?:gentleman|gentlewoman|gentleman's|gentlewoman's|senator's|member's)(?:'s)? time"
    r" (?:has )?expired"
    r"|the (?:united states|government|people|state|plaintiffs?|defendants?|defen[cs]e|"
    r"commonwealth)\s+calls\s+.+"
    r"|(?:we(?:'ll| will)|let's|the court will) (?:now )?(?:take|stand in) (?:a|an|our|the)\b.*"
    r"(?:recess|break|adjourn\w*)(?:\s+(?:there|here|now|at this point))?"
    # A committee's chair closing or suspending the sitting: "The session is closed."
    r"|(?:(?:thank you(?: both| all)?[.,]\s*)?the (?:session|sitting|meeting|hearing"
    r"|(?:sub)?committee) (?:is|stands) (?:now )?(?:closed|adjourned|suspended)"
    r"(?: until \w+(?:\s+\w+){0,3})?)"
    r"|(?:I\s+)?declare (?:the|this) (?:session|sitting|meeting|hearing) (?:closed|open)"
    r"|(?:we are|we're) (?:in recess|adjourned|back on the record|off the record)"
    r"|(?:witness|the witness was) (?:sworn|duly sworn)|(?:recess|luncheon recess) taken\b.*"
    # Counsel closing an examination: "Nothing further, Your Honor.", "No further questions.",
    # "Pass the witness.", "The witness may step down."
    r"|(?:I have )?(?:nothing|no) further(?: questions)?(?: (?:of|for) (?:this|the) witness)?"
    r"(?:,?\s*your honou?r)?|(?:I )?pass the witness|(?:the witness|you) (?:may|can) step down"
    r"|(?:plaintiffs?|defendants?|the defen[cs]e|the (?:government|state|people)) rests?"
    r"|(?:thank you,?\s*)?(?:you may|please) proceed|proceed"
    r")[.!]?$",
    re.IGNORECASE,
)
# Counsel's appearance: "Daniel Smith for the United States.", "Good morning. Adaeze Okonjo
# for Nimbus Search, Your Honor.", "Ana Ruiz, on behalf of the plaintiffs."
_APPEARANCE = re.compile(
    r"^(?:(?:I am|I'm|this is)\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}(?P<surname>[A-Z][\w'’-]+))"
    r",?\s+(?:for|on behalf of|appearing for|appearing on behalf of|representing)\s+"
    r"(?:the\s+)?\w[^.!?]*[.!]?$"
)


# The calling of a witness: "Plaintiffs call Dr. Helen Marchetti.", "The defense calls Mark
# Tran.", "Your Honor, the government calls Special Agent Rosa Diaz.", "We call Ana Ruiz to the
# stand.", "The State calls its next witness, Officer Dana Kim."
_PARTY_CALLS = (
    r"(?:(?:the\s+)?(?:united states|government|people|state|commonwealth|plaintiffs?|"
    r"defendants?|defen[cs]e|prosecution|crown|claimants?|respondents?|petitioners?|"
    r"debtors?|committee)|we|I)"
)
_WITNESS_TITLES = (
    r"(?:(?:dr|mr|ms|mrs|miss|prof|professor|officer|detective|sergeant|sgt|agent|"
    r"special agent|captain|lieutenant|deputy|trooper|chief)\.?\s+)?"
)
_CALLS = re.compile(
    rf"^(?:your honou?r,?\s+)?{_PARTY_CALLS}\s+(?:would\s+(?:like\s+to\s+)?|will\s+(?:now\s+)?"
    r"|now\s+|next\s+)?calls?\s+(?:(?:its|our|their|as\s+(?:its|our|their))\s+(?:next|first|"
    r"last|final)\s+witness,?\s+)?"
    rf"{_WITNESS_TITLES}(?P<name>(?-i:[A-Z][\w'’.-]*(?:\s+(?:van|de|von|der|da|di|le|la)?\s*"
    r"[A-Z][\w'’-]*){1,3}))(?:,\s+[^.!?]{1,80})?(?:\s+to\s+the\s+stand)?[.!]?$",
    re.IGNORECASE,
)


def called_witness(sentence: str) -> str:
    """The witness a sentence calls, without a title ("Plaintiffs call Dr. Helen Marchetti."
    → "Helen Marchetti"), or "": the one the "A." lines and "THE WITNESS:" answer for, until
    another is called. Source: the shapes of United States trial transcripts."""
    if "call" not in sentence:
        return ""
    match = _CALLS.match(sentence.strip(" ()"))
    if match is None:
        return ""
    return match.group("name").strip()


# The court's ruling on an objection: "Overruled.", "Sustained.", "The objection is
# overruled.", "I'll allow it.", "I'll sustain that." The reasons the court gives with it on
# the same line ("It goes to notice, not to the truth of it.") are the ruling, no claim.
_RULING = re.compile(
    r"^(?:(?:the\s+)?objection\s+(?:is\s+)?)?(?:overruled|sustained)\b"
    r"|^(?:I(?:'ll| will)|the court will)\s+(?:allow|sustain|overrule|strike|permit)\s+"
    r"(?:it|that|the (?:question|answer|objection))\b",
    re.IGNORECASE,
)


def ruling(sentence: str) -> bool:
    """Whether a sentence is the court's ruling on an objection ("Overruled.", "The objection
    is sustained.", "I'll allow it.")."""
    lowered = sentence[:40].lower()
    if not any(word in lowered for word in ("overrul", "sustain", "allow", "strike", "permit")):
        return False
    return _RULING.match(sentence.strip()) is not None


# Counsel asking the witness to say who they are: "Please state your name for the record.",
# "State your position for the record.", "What is your occupation?", "By whom are you
# employed?", "Please introduce yourself to the committee."
_FOR_THE_RECORD = re.compile(
    r"\b(?:state|spell|give|tell\s+us)\b[^.?!]{0,40}\b(?:name|position|occupation|title|address"
    r"|employer|job|role)\b"
    r"|\bwhat\s+is\s+your\s+(?:full\s+|current\s+|present\s+)?(?:name|position|occupation|"
    r"title|job|role|profession)\b"
    r"|\bby\s+whom\s+are\s+you\s+employed\b|\bwhere\s+(?:do|are)\s+you\s+(?:work|employed)\b"
    r"|\bintroduce\s+yourself\b",
    re.IGNORECASE,
)


def for_the_record(question: str) -> bool:
    """Whether counsel's question asks the witness who they are ("Please state your
    position for the record."): the answer ("I'm chief hydrologist at the Willamette Basin
    Institute.") is their introduction, no claim."""
    lowered = question.lower()
    if not any(
        word in lowered
        for word in (
            "name",
            "position",
            "occupation",
            "title",
            "job",
            "role",
            "employ",
            "work",
            "yourself",
            "address",
        )
    ):
        return False
    return _FOR_THE_RECORD.search(question) is not None


def examination_line(text: str) -> bool:
    """Whether a line opens an examination ("DIRECT EXAMINATION BY MR. SMITH:") or says who
    asks from here on ("BY MS. LEE:", in a deposition)."""
    head = text[:40].upper()
    return ("EXAMINATION" in head or head.startswith("BY ")) and bool(
        _EXAMINATION.match(text.strip())
    )


_EXAMINER = re.compile(
    r"\bBY\s+(?P<name>(?:MR|MS|MRS|MISS|DR)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def examiner(text: str) -> str:
    """Who asks the "Q." lines from an examination's line on ("CROSS-EXAMINATION BY MS.
    FERREIRA:" → "MS. FERREIRA"), or "" when it names nobody ("REDIRECT EXAMINATION")."""
    match = _EXAMINER.search(text)
    return match.group("name").rstrip(".") if match else ""


# A printed congressional hearing's cue: the speaker, then a full stop, then their words
# ("Mr. Graves. Will the intake fail?", "Dr. MARCHETTI. Thank you, Mr. Chairman.", "The
# Chairman. The committee will come to order."). Source: the Government Publishing Office's
# printed hearings.
_PRINTED_CUE = re.compile(
    r"^(?P<name>(?:(?:Mr|Ms|Mrs|Dr)\.|Senator|Chairman|Chairwoman|Representative|Secretary|"
    r"Governor|Mayor|Admiral|General)\s+[A-Z][\w'’-]+(?:\s+of\s+[A-Z][\w'’-]+)?"
    r"|The\s+(?:Chairman|Chairwoman|Chair|Clerk|Presiding\s+Officer|Acting\s+Chair(?:man|woman)?"
    r"|Witness))\.\s+(?P<rest>[A-Z“\"(].*)$"
)
# The witness's statement's heading: "STATEMENT OF HELEN MARCHETTI, CHIEF HYDROLOGIST, …",
# "TESTIMONY OF DR. ANA RUIZ".
_STATEMENT_OF = re.compile(
    r"^(?:(?:PREPARED|OPENING|JOINT)\s+)?(?:STATEMENT|TESTIMONY)\s+OF\s+(?:THE\s+HONORABLE\s+|"
    r"HON\.\s+|(?:DR|MR|MS|MRS)\.?\s+)?(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3})"
    r"\s*(?:,|$)"
)


# A press conference's transcript as a central bank prints it: the speaker's name in
# capitals, a full stop, the words ("CHAIR VANTERPOOL. Good afternoon.", "MICHELLE ADEYEMI.
# Thank you, Chair.", "ROHAN PATEL. Thank you."). Source: the Federal Reserve's FOMC press
# conference transcripts, as pdftotext gives them.
_CAPS_PRINTED_CUE = re.compile(
    r"^(?P<name>[A-Z][A-Z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Z'’-]+)){1,3})\.\s+(?P<rest>\S.*)$"
)
_MIN_CAPS_PRINTED = 3


def caps_printed_cue(text: str) -> str:
    """A cue in capitals closed by a full stop, as a colon cue ("CHAIR VANTERPOOL. Good
    afternoon." → "CHAIR VANTERPOOL: Good afternoon."), or "" when the line is none. Only
    where the document prints its turns so (``caps_printed``)."""
    if ". " not in text[:50] or not text[:2].isupper():
        return ""
    match = _CAPS_PRINTED_CUE.match(text)
    return f"{match.group('name')}: {match.group('rest')}" if match else ""


def caps_printed(lines: Sequence[str]) -> bool:
    """Whether ``lines`` print their turns as "NAME IN CAPITALS. words" (``caps_printed_cue``):
    at least ``_MIN_CAPS_PRINTED`` such lines, by two names at least, each named twice at
    least (a heading in capitals over a sentence is no turn)."""
    names = Counter(
        cue.split(":", 1)[0] for line in lines if (cue := caps_printed_cue(line.strip()))
    )
    return (
        sum(names.values()) >= _MIN_CAPS_PRINTED
        and sum(1 for count in names.values() if count >= 2) >= 2
    )


def printed_cue(text: str) -> str:
    """A printed hearing's cue line as a colon cue ("Mr. Graves. Will the intake fail?" →
    "Mr. Graves: Will the intake fail?"), or "" when the line is no such cue."""
    if ". " not in text[:40]:
        return ""
    match = _PRINTED_CUE.match(text)
    return f"{match.group('name')}: {match.group('rest')}" if match else ""


def statement_of(text: str) -> str:
    """The witness a printed hearing's heading introduces ("STATEMENT OF HELEN MARCHETTI,
    CHIEF HYDROLOGIST" → "HELEN MARCHETTI"), or ""."""
    if "OF " not in text[:30]:
        return ""
    match = _STATEMENT_OF.match(text.strip())
    return match.group("name").strip() if match else ""


def procedure(sentence: str) -> bool:
    """Whether a hearing's sentence is procedure, nobody's claim: "Objection, Your Honor.",
    "Overruled.", "Please be seated.", "The United States calls Dr. Elena Voss.", "We'll
    take a fifteen-minute recess.", or counsel's appearance (``appearance``)."""
    text = sentence.strip(" ()")
    return _PROCEDURE.match(text) is not None or bool(appearance(text)[0])


def appearance(sentence: str) -> tuple[str, str]:
    """(full name, surname) of counsel's appearance ("Daniel Smith for the United States."
    → ("Daniel Smith", "Smith")), or ("", "")."""
    match = _APPEARANCE.match(sentence.strip())
    if match is None:
        return "", ""
    return match.group("name").strip(), match.group("surname")


# A legislature's term date: "before the Easter recess", "by the summer recess", "ahead of
# the conference recess", "before the House rises for the summer". Its day is in the
# calendar of the sittings (set and changed by the House), which only the curator looks up.
_TERM_DATE = re.compile(
    r"\b(?:before|by|after|until|till|ahead of|in|over|during|at)\s+the\s+"
    r"(?:(?:easter|summer|christmas|whitsun|whitsuntide|autumn|fall|spring|winter|february|"
    r"october|november|conference|half-term|thanksgiving|august|holiday|recess)\s+)?"
    r"(?:recess|adjournment|dissolution)\b"
    r"|\bbefore\s+(?:the\s+)?(?:house|parliament|congress|senate|assembly)\s+"
    r"(?:rises|breaks up|adjourns)\b",
    re.IGNORECASE,
)
_TERM_WORDS = ("recess", "adjourn", "dissolution", "rises", "breaks up")
# A break named by its season or holiday: the horizon dates it at the latest day it can
# begin and asks for the day itself (``claims.horizons.breaks``), so no second remark.
_SEASON_BREAK = re.compile(
    r"\b(?:easter|summer|christmas|whitsun|whitsuntide|autumn|fall|spring|winter|"
    r"thanksgiving|half-term)\s+(?:recess|adjournment)\b",
    re.IGNORECASE,
)
TERM_DATE_NOTE = (
    "“{phrase}” is a term date of the legislature's calendar, which the horizon does not "
    "know: give the deadline"
)


def term_date_remark(sentence: str) -> str:
    """The remark on a sentence that sets its time by a legislature's term date ("We will
    publish our report before the Easter recess."): its deadline is the curator's to
    give. "" when it names none, or names a break by its season or holiday ("before the
    Easter recess"), which the horizon dates and asks about itself. Source: the UK House of
    Commons' and US Congress's published recess dates."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _TERM_WORDS):  # most sentences: no pattern tried
        return ""
    match = _TERM_DATE.search(sentence)
    if match is None or _SEASON_BREAK.search(match.group()):
        return ""
    return TERM_DATE_NOTE.format(phrase=match.group())
