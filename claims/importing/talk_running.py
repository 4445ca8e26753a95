"""A talk's running: words that say what the speaker says next, no claim (``chatter``).

"I will tell you why", "Let me show you how", "I'll come back to that in a minute", "Which
brings me to the question everyone asks me at dinner parties." Matched, as filler is, against
the whole statement in lower case without its punctuation; "Which brings me to the budget,
which will be cut by 2027" states a forecast and is none. Source of the rule: keynotes and
talks, whose speakers announce their next part.
"""

TALK_RUNNING = (
    r"(?:i'll|i will|let me|i'm going to|i am going to) (?:tell you|explain|show you) (?:why|how"
    r"|what)(?: in a (?:minute|moment|second|bit))?|(?:i'll|i will) (?:come back to|get to|return"
    r" to) (?:that|this|it)(?: (?:later|shortly|in a (?:minute|moment|second|bit)))?|(?:which"
    r"|that|this) (?:brings|leads|takes) (?:me|us) (?:on )?to (?:the|my|our|a|an|what)(?![\w' -]*"
    r"\b(?:will|won't|wont|would|shall|going|expect\w*|\d+)\b)(?: [\w'-]+){1,10}"
)
