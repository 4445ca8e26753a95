"""A video maker's own housekeeping in auto-generated captions, which run it on with the
claims around it, without punctuation: "hey everyone marcus here welcome back to grid and
gigawatts smash that subscribe button", "whats up guys its jen back with another video",
"dont forget to like and subscribe", "this video is sponsored by nordvpn", "link in the
description", "see you next week".

Such words are no claim, and a date in them ("see you next week") is no horizon. They are
cut from the start and the end of a caption statement, and a statement of nothing else is
not proposed. Source of the rule: docs/importing.md (filler and housekeeping are no claims);
how YouTube creators open and close their videos.
"""

import re

# Words that may stand between two plugs: "… marcus here and welcome back …".
_GLUE = r"(?:(?:and|so|okay|ok|alright|all\s+right|um+|uh+|but|also|guys|everyone|today)\s+)*"
_WHO = (
    r"(?:everyone|everybody|guys|folks|y'?all|all|friends|team|gang|people|internet"
    r"|fam|legends|lovely\s+people|you\s+guys)"
)
_NAME = r"[a-z][a-z'-]{1,20}"
# What a plug leaves before the words it was said with: "… jen here and today solar …".
_AFTER = re.compile(r"(?:(?:and|so|okay|ok|alright|all\s+right|um+|uh+)\s+)*")
_PLUGS = (
    # Greetings: "hey everyone", "whats up guys", "good morning folks".
    rf"(?:hey|hi|hello|yo|sup|what'?s\s+up|what\s+is\s+up|howdy|good\s+(?:morning|afternoon"
    rf"|evening))(?:\s+(?:there|and\s+welcome))?(?:\s+{_WHO})?",
    # Who is speaking: "marcus here", "its jen", "it's jen back with another video".
    rf"(?:(?:it'?s|this\s+is|i'?m)\s+{_NAME}(?:\s+here)?(?=\s+(?:here|back|and\s+welcome"
    r"|and\s+today|welcome)\b|\s*$)|(?<![\w'])(?!(?:it|this|that|nothing|no\s+one|nobody|the"
    r"|i|we|you|they)\s)"
    rf"{_NAME}\s+here(?=\s+(?:and\s+)?(?:welcome|back|today|with)\b|\s*$))"
    r"(?:\s+(?:and\s+)?(?:i'?m\s+|we'?re\s+)?back\s+with\s+(?:another|a\s+new)\s+(?:video|episode"
    r"|one|vlog|stream))?",
    r"(?:i'?m\s+|we'?re\s+)?back\s+with\s+(?:another|a\s+new)\s+(?:video|episode|one|vlog"
    r"|stream)",
    # The channel or the show welcomed to: "welcome back to grid and gigawatts", up to the
    # next plug or the end.
    r"welcome(?:\s+back)?(?:\s+to\s+(?:(?:the\s+|my\s+|our\s+)?(?:channel|show|podcast"
    r"|stream)|(?:(?!(?:smash|hit|click|tap|don'?t|dont|make|please|today|so|i|we|it|this"
    r"|will|is|are|where|which|that)\b)[a-z][\w'-]*\s*){1,6}?(?=\s*$|\s+(?:smash|hit|click"
    r"|tap|don'?t|dont|make|please|like|today|so|and\s+today|i|we|it|this)\b)))?"
    r"(?:\s+everyone|\s+everybody|\s+guys)?(?=\s*$|\s+(?:smash|hit|click|tap|don'?t|dont"
    r"|make|please|like|today|so|and|i|we|it|this|to\s+(?:the\s+|my\s+|our\s+)?(?:channel"
    r"|show|podcast|stream))\b)",
    # Asking for likes and subscriptions.
    r"(?:(?:don'?t|dont|do\s+not)\s+forget\s+to|make\s+sure\s+(?:to|you)|be\s+sure\s+to"
    r"|please|go\s+ahead\s+and|and)?\s*(?:like(?:\s+(?:and|&)\s+(?:subscribe|comment|share))+"
    r"|subscribe(?:\s+(?:and|&)\s+(?:hit|ring)\s+the\s+bell)?|(?:smash|hit|click|tap|ring)\s+"
    r"(?:that|the)\s+(?:like|subscribe|bell|notification)(?:\s+(?:button|icon|bell))?"
    r"(?:\s+(?:and|&)\s+(?:the\s+)?(?:like|subscribe|bell|notification)(?:\s+(?:button|icon"
    r"|bell))?)*)(?:\s+(?:if\s+you\s+haven'?t\s+already|for\s+more(?:\s+\w+){0,3}))?",
    # Sponsors and links.
    r"(?:this|today'?s)\s+(?:video|episode|stream)\s+(?:is|was)\s+(?:sponsored|brought\s+to\s+you)"
    r"\s+by"
    r"(?:\s+[a-z][\w.'-]*){1,3}",
    r"(?:thanks|thank\s+you)\s+to(?:\s+[a-z][\w.'-]*){1,3}\s+for\s+sponsoring\s+(?:this|today'?s)"
    r"\s+(?:video|episode)",
    r"(?:the\s+|check\s+(?:out\s+)?the\s+|there'?s\s+a\s+)?links?\s+(?:is\s+|are\s+)?(?:in\s+the"
    r"\s+description|down\s+below|below)(?:\s+below)?",
    # Signing off: "see you next week", "thanks for watching", "peace out".
    rf"(?:(?:thanks|thank\s+you)\s+(?:so\s+much\s+)?for\s+watching(?:\s+{_WHO})?)",
    rf"(?:i'?ll\s+|we'?ll\s+)?(?:see|catch)\s+(?:you|ya)(?:\s+{_WHO})?\s+(?:next\s+(?:week|time"
    r"|video|episode)|in\s+the\s+next\s+(?:one|video|episode)|soon|later|tomorrow)",
    r"peace\s+out|(?:that'?s|that\s+is)\s+it\s+for\s+(?:today|this\s+(?:video|week|episode))",
)
_PLUG = re.compile(rf"{_GLUE}(?:{'|'.join(_PLUGS)})\b\s*")
# Each plug holds one of these words: a cheap look first.
_PLUG_WORDS = (
    "hey", "hi ", "hello", "yo ", "sup", "up ", "howdy", "good ", "here", "it", "back", "welcome",
    "like", "subscri", "smash", "bell", "sponsor", "link", "watching", "see you", "catch",
    "peace", "that",
)  # fmt: skip
# A plug's word said inside a claim's words is no plug: only at the start or the end, and a
# statement's start only when it is the words' first.
_TAIL_CHARS = 120
_END_PLUGS = tuple(re.compile(rf"(?:^|\s){_GLUE}(?:{plug})\b\s*$") for plug in _PLUGS)


def plugs_trimmed(text: str) -> tuple[int, int]:
    """``(start, end)`` of ``text`` (lower case, without punctuation) once the plugs at its
    start and its end are cut; ``start == end`` when it holds only plugs."""
    if not any(word in text for word in _PLUG_WORDS):
        return 0, len(text)
    start = 0
    while start < len(text) and (found := _PLUG.match(text, start)) and found.end() > start:
        start = found.end()
    if start:  # "… jen here and today solar …": the words after the plug, without its "and"
        start = _AFTER.match(text, start).end()
    end = len(text)
    while end > start:
        # A plug at the end is a few words long: only the last of them are searched.
        tail = max(start, text.rfind(" ", start, max(start, end - _TAIL_CHARS)))
        for plug in _END_PLUGS:
            found = plug.search(text, tail, end)
            if found and found.start() < end:
                end = found.start()
                break
        else:
            break
    return start, max(start, end)
