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

# "DIRECT EXAMINATION BY MR. SMITH:", "CROSS-EXAMINATION", "REDIRECT EXAMINATION (Resumed)".
_EXAMINATION = re.compile(
    r"^(?:(?:RE-?)?DIRECT|CROSS|RECROSS|RE-?CROSS|VOIR DIRE|FURTHER (?:RE)?DIRECT)"
    r"[- ]EXAMINATION\b.*$|^EXAMINATION BY\b.*$",
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
    r"|call your (?:next|first) witness"
    r"|the (?:united states|government|people|state|plaintiffs?|defendants?|defen[cs]e|"
    r"commonwealth)\s+calls\s+.+"
    r"|(?:we(?:'ll| will)|let's|the court will) (?:now )?(?:take|stand in) (?:a|our)\b.*"
    r"(?:recess|break|adjourn\w*)(?:\s+(?:there|here|now|at this point))?"
    # A committee's chair closing or suspending the sitting: "The session is closed."
    r"|(?:(?:thank you(?: both| all)?[.,]\s*)?the (?:session|sitting|meeting|hearing|committee)"
    r" (?:is|stands) (?:now )?(?:closed|adjourned|suspended)(?: until \w+(?:\s+\w+){0,3})?)"
    r"|(?:I\s+)?declare (?:the|this) (?:session|sitting|meeting|hearing) (?:closed|open)"
    r"|(?:we are|we're) (?:in recess|adjourned|back on the record|off the record)"
    r"|(?:witness|the witness was) (?:sworn|duly sworn)|(?:recess|luncheon recess) taken\b.*"
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


def examination_line(text: str) -> bool:
    """Whether a line opens an examination ("DIRECT EXAMINATION BY MR. SMITH:")."""
    return "EXAMINATION" in text[:40].upper() and _EXAMINATION.match(text.strip()) is not None


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
TERM_DATE_NOTE = (
    "“{phrase}” is a term date of the legislature's calendar, which the horizon does not "
    "know: give the deadline"
)


def term_date_remark(sentence: str) -> str:
    """The remark on a sentence that sets its time by a legislature's term date ("We will
    publish our report before the Easter recess."): its deadline is the curator's to
    give. "" when it names none. Source: the UK House of Commons' and US Congress's
    published recess dates."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _TERM_WORDS):  # most sentences: no pattern tried
        return ""
    match = _TERM_DATE.search(sentence)
    return TERM_DATE_NOTE.format(phrase=match.group()) if match else ""
