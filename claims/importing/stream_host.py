"""A live stream's host running the stream, in auto-generated captions (lower case, no
punctuation): words that are no claim.

- The welcome: "hi everyone and welcome to harbour council's live q&a".
- A speaker naming themselves and their job: "i'm nadia rahman i run communications here"
  (the job is needed: "i'm very optimistic" is a view).
  The name is not read (lower case cannot tell a name from "i'm pretty sure"); the line is
  only left out.
- A question without its mark, ending with a question word and its verb put before the
  subject: "so tomas let's start with the big one when does the tram open", "and what
  about fares what are you expecting", "the rail deal where is that". A horizon or a number
  keeps the line ("when will it open we think by 2027").
- Relaying the chat: "okay so we've got a lot of questions coming in about route 9",
  "priya's asking about paper schedules", "a question from the chat".
- Closing the stream: "all right that's all the time we have thank you everyone for
  joining".

Source of the shapes: YouTube's auto-generated transcripts of live question-and-answer
streams, where the host's procedure runs unpunctuated between the answers. Pure functions.
"""

import re

_GLUE = r"(?:(?:and|so|okay|ok|all\s+right|alright|well|um+|uh+|yeah|now)\s+)*"
_PIECES = (
    # The welcome.
    r"(?:(?:hi|hey|hello|good\s+(?:morning|afternoon|evening))(?:\s+(?:everyone|everybody"
    r"|all|folks|there))?\s+)?(?:and\s+)?welcome(?:\s+back)?(?:\s+(?:everyone|everybody|all))?"
    r"(?:\s+to\s+(?:(?!(?:will|would|is|are|was|were|can|could|should|shall|may|might|must)\b)"
    r"[a-z0-9][\w'&-]*\s*){1,8})?",
    r"(?:hi|hey|hello|good\s+(?:morning|afternoon|evening))\s+(?:everyone|everybody|all|folks)",
    # Naming themselves and their job.
    r"(?:i'?m|my\s+name\s+is)\s+[a-z][a-z'-]+\s+[a-z][a-z'-]+\s+(?:and\s+)?i\s+(?:run|lead"
    r"|head|manage|look\s+after|work\s+(?:in|on))\b(?:\s+[a-z'-]+){0,6}(?=\s*$)",
    # Relaying the chat.
    r"(?:we'?ve\s+got|we\s+have|there\s+are|got)\s+(?:a\s+lot\s+of|lots\s+of|a\s+few|some|many"
    r"|a\s+bunch\s+of)\s+questions\s+(?:coming\s+in|in\s+the\s+chat)(?:\s+(?:about|on)"
    r"(?:\s+[\w'-]+){1,4})?",
    r"[a-z]+'s\s+asking\s+(?:about|whether|if)(?:\s+[\w'-]+){1,6}",
    r"(?:a|another|one\s+more)\s+question\s+(?:from|in)\s+the\s+chat",
    # Closing.
    r"(?:that'?s|that\s+is)\s+all\s+(?:the\s+time\s+we\s+have|we\s+have\s+time\s+for)"
    r"(?:\s+today)?",
    r"(?:thanks|thank\s+you)(?:\s+so\s+much)?\s+(?:everyone|everybody|all)?\s*for\s+(?:joining"
    r"|watching|tuning\s+in|coming|your\s+questions)(?:\s+(?:us|today|tonight))*",
)
_PIECE = re.compile(rf"{_GLUE}(?:{'|'.join(_PIECES)})\s*")
# A question at the line's end: a question word, then its verb before the subject, and a
# few words; "what about …" too.
_QUESTION = re.compile(
    r"(?:^|\s)(?:when|where|what|how|why|who|which)\s+(?:does|do|did|is|are|was|were|will"
    r"|can|could|should|would|has|have|'?s)\b(?:\s+[a-z'-]+){0,6}\s*$"
)
_HORIZON_WORDS = re.compile(
    r"\d|\b(?:by|until|before|next|this|year|month|week|spring|summer|fall|autumn|winter)\b"
)


def hosts_procedure(text: str) -> bool:
    """Whether a caption line (lower case, unpunctuated) is all a live stream's host running
    the stream: a welcome, naming themselves, relaying the chat, closing (``_PIECES``, one
    after another), or a question without its mark (``_QUESTION``, with no horizon or
    number in the line). "hi everyone and welcome to harbour council's live q&a" → True;
    "welcome to a year where fares will fall" → False."""
    if text != text.lower():  # captions with capitals have their punctuation too
        return False
    lowered = " ".join(text.split())
    position = 0
    while position < len(lowered) and (found := _PIECE.match(lowered, position)):
        if found.end() == position:
            break
        position = found.end()
    if position and position >= len(lowered):
        return True
    return bool(_QUESTION.search(lowered)) and not _HORIZON_WORDS.search(lowered)
