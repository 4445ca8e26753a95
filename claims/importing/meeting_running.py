"""A meeting's running, said in it: no claims (``talk_about_talk``).

Whoever runs a call moves it along, and whoever joins it deals with the call itself; none of
it is a claim a curator could check:

- the agenda told and moved along: "So the agenda today is the FY27 plan.", "OK, let's do
  fuel.", "Let's do action items.", "Alright, next is the capital plan.", "Last thing on the
  plan itself is headcount.", "OK, we're almost at time.";
- who is there and who is not: "Joanna sends her apologies, she's at the trade show all
  week.", "I'm going to drop off, but Sofia has my number if anything comes up.", "I'll drop
  off since my piece is done.";
- the call's sound: "Sorry, I think someone's unmuted", "there's an echo.";
- the meeting's own notes: "I'll send the notes around after this."

Near misses stay claims: a move that forecasts ("Next is the merger, which closes by May.",
"Let's do the deal by June." keeps its date), an absence with a date to come back ("Joanna
is out until the 12th" is a plan, read elsewhere), notes promised with a day ("I'll send the
figures tomorrow" is an errand with a deadline). Source of the shapes: meeting transcripts
(Teams, Zoom, Meet) and their chairs' habits. Pure functions.
"""

import re

__all__ = ["runs_meeting"]

_MAX_WORDS = 16
_LEAD = r"^(?:(?:ok|okay|alright|all right|right|so|and|well|great|good|perfect|now)[,\s]+)*"
# A forecast, a date or a figure of its own keeps the sentence a candidate.
_CLAIMS_TOO = re.compile(
    r"\b(?:will|won't|going to be|by (?:the end|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday"
    r"|tomorrow|next)|until|before)\b|'ll be\b"
)
_RUNNING = re.compile(
    _LEAD + r"(?:"
    # The agenda told and moved along.
    r"(?:the|our|today's) agenda(?: (?:today|for today|this (?:morning|afternoon|week)))? is\b"
    r"|(?:let's|let us) (?:do|move on to|move to|turn to|get to|go to|jump to|cover)"
    r" (?:[\w'’-]+ ?){1,3}[.!]?$"
    r"|(?:next|next up|the next thing|next item|last thing|the last thing|last item|one last"
    r" thing)(?: on [\w'’ ]{1,30}?)? is (?:[\w'’-]+ ?){1,4}[.!?]?$"
    r"|(?:we're|we are) (?:almost |nearly |just about |about |basically )?(?:at|out of) time"
    # Who is there: absences and leaving the call.
    r"|[\w'’ .-]{1,40} sends? (?:his|her|their) apologies\b"
    r"|(?:i'll|i will|i'm going to|i am going to|i'm gonna|i need to|i have to|i've got to)"
    r" (?:drop|hop|jump|log) off\b"
    # The call's sound.
    r"|(?:sorry,? )?(?:i think )?(?:someone|somebody)(?:'s| is) (?:unmuted|not muted)\b"
    r"|there's (?:an|some) (?:echo|feedback|background noise)\b"
    # The meeting's own notes.
    r"|(?:i'll|i will) (?:send|circulate|share|post) (?:the|my) (?:notes|minutes|recording)"
    r"(?: (?:around|out|round))?(?: after (?:this|the call|the meeting)| later)?[.!]?$"
    r")"
)


def runs_meeting(lowered: str) -> bool:
    """Whether a sentence (lower case, ``wording.normalise``d) only runs the meeting (see the
    module's docstring)."""
    if len(lowered.split()) > _MAX_WORDS:
        return False
    found = _RUNNING.match(lowered)
    if found is None:
        return False
    return _CLAIMS_TOO.search(lowered[found.end() :]) is None
