"""A web site's or an app's own lines, copied with the page around what was said: never
anybody's claim, whatever the page is.

Every site and app puts the same furniture around its content, and a curator who selects a
page and copies it copies that too:

- navigation: "Skip to content", "Skip to main content", a breadcrumb ("Home › Press ›
  Interviews", "Home > News"), a language switcher or a footer's row of links ("Deutsch |
  English | Leichte Sprache", "Contact | Imprint | Data protection | Accessibility");
- the account's and the app's prompts: "Sign up  Sign in", "Open in app", "Log in to see
  more replies.", "Member-only story", "Get the app";
- the boxes to write in and the buttons under a post: "Type a new message", "Write a
  comment…", "Add a comment", "Like · Reply · 3h", "View thread", "Last reply today at
  11:02 AMView thread", "3 replies from Ken and Li";
- a tool's questions about itself: "Was this helpful? 👍 👎", "Slack AI can make mistakes.
  Review the transcript for accuracy.";
- an app's notices: "A huddle happened", "Priya, Tomasz and 1 other were in the huddle
  for 34 minutes.", "Dele joined the channel", "Meeting ended: 34m 12s";
- counts and lengths: "2.1K Followers · Editor for The Ledger", "LinkedIn Live · 1,284
  attendees", "Recording · 58:12", "7 min read · Mar 3, 2026";
- the list after the content: "More from The Bootstrap Ledger", "Related posts", "Read
  next", "You might also like";
- and, never a claim though it may head a section, a line that is only a day or a time in
  figures ("17.06.2026", "3/24 9:14 AM", "2026-06-17 10:02": ``date_only``).

A line is chrome only if it is all of one of these: a sentence that says something ("Sign
up for the pilot will open in March", "Home sales will fall by 2027") is not. Source of the
shapes: the text that Medium, WordPress, LinkedIn, Slack, Microsoft Teams, Threads and
government press pages give when selected and copied in a browser.
"""

from __future__ import annotations

import re

_SKIP = r"skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search|footer|article)"
_ACCOUNT_WORDS = (
    r"sign\s+(?:in|up|out)|log\s*(?:in|out)|register|subscribe|open\s+in\s+(?:the\s+)?app"
    r"|get\s+the\s+app|download\s+the\s+app|follow|following|menu|search|close|back\s+to\s+top"
    r"|listen|share|save|print|copy\s+link|member-only\s+story|members?\s+only"
    r"|subscriber\s+exclusive|premium\s+content"
)
_ACCOUNT = rf"(?:{_ACCOUNT_WORDS})(?:\s*[·|/•]?\s*(?:{_ACCOUNT_WORDS}))*"
_SEE_MORE = (
    r"log\s*in\s+(?:or\s+sign\s+up\s+)?to\s+(?:see|view|read|reply|join|comment)\b[^.!?]{0,40}"
)
_COMPOSER = (
    r"(?:type|write|add|post|leave|start)\s+(?:a|an|your)\s+(?:new\s+)?(?:message|comment|reply"
    r"|response|post|conversation|note)(?:\s+(?:here|below))?|what\s+are\s+your\s+thoughts"
    r"|join\s+the\s+conversation|reply\s+to\s+(?:this|the)\s+(?:post|thread|comment)"
    # A channel's composer: "Start a new conversation.", "Type @ to mention someone."
    r"|start\s+a\s+new\s+(?:conversation|post|thread)"
    r"|type\s+@\s+to\s+mention\s+(?:someone|a\s+person)"
    # A newsletter's sign-up box: "Type your email...", "Enter your email address".
    r"|(?:type|enter|add)\s+your\s+e-?mail(?:\s+address)?(?:\s+(?:here|below))?"
)
_POST_BUTTON = r"(?:like|reply|share|react|comment|repost|edit|delete|report|translate)"
_POST_AGE = r"(?:\d{1,3}\s?(?:s|m|min|h|hr|d|w|wk|mo|y|yr)s?|\d[\d,.]*[KM]?|edited)"
_POST_BAR = rf"{_POST_BUTTON}(?:\s*[·|•]\s*(?:{_POST_BUTTON}|{_POST_AGE}))+"
_THREAD = (
    r"view\s+(?:the\s+)?(?:thread|replies|all\s+\d+\s+repl(?:y|ies)|\d+\s+more\s+repl(?:y|ies))"
    r"|last\s+reply\s+[\w ,:]{2,40}?(?:\s*view\s+thread)?"
    r"|\d{1,4}\s+repl(?:y|ies)\s+from\s+[\w .,'-]{2,80}"
    r"|(?:see|show|load)\s+(?:more|all|older|newer)(?:\s+(?:replies|comments|messages|posts))?"
)
_FEEDBACK = (
    r"(?:was\s+this\s+(?:helpful|useful)|did\s+you\s+find\s+this\s+(?:helpful|useful)"
    r"|is\s+this\s+(?:summary\s+)?(?:helpful|useful|accurate)|rate\s+this\s+(?:summary|answer))"
    r"\??[\s👍👎]*"
    r"|(?:[\w-]+\s+)?ai(?:-generated\s+\w+)?\s+(?:can|may)\s+make\s+mistakes\b.{0,120}"
    r"|ai-generated\s+(?:notes|summary|recap|content)\b[^!?]{0,80}"
)
_COUNT_WORDS = (
    r"followers?|following|subscribers?|attendees?|members?|views?|listens?|plays?|listeners?"
    r"|connections?|reactions?|comments?|reposts?|likes?|claps?|responses?|shares?|watching"
)
_COUNTED = rf"\d[\d,.]*\s?[KM]?\+?\s+(?:{_COUNT_WORDS})"
_COUNTS = (
    rf"{_COUNTED}(?:\s*[·|•]\s*[^.!?]{{1,60}})?"
    rf"|[^.!?·|]{{1,40}}\s*[·|•]\s*{_COUNTED}"
)
_LENGTH = (
    r"(?:recording|recorded|replay|video|audio|episode|duration|length)\s*[·|:•-]?\s*"
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
    r"|\d{1,3}\s+min(?:ute)?s?\s+(?:read|listen|watch)\b[^.!?]{0,40}"
)
_AFTER_CONTENT = (
    r"more\s+from\s+(?!(?:us|me|him|her|them|you|it|this|that)\b)[^.!?,]{1,50}|related\s+(?:posts?|articles?|stories|links|content|episodes"
    r"|reading)|read\s+next|up\s+next|recommended(?:\s+for\s+you|\s+from\s+medium)?"
    r"|you\s+(?:might|may)\s+also\s+like|see\s+also|latest\s+(?:news|stories|posts|articles)"
    r"|further\s+information|press\s+contact"
)
# An app's notices of who came, went or did what in it: "A huddle happened", "Priya Raman,
# Tomasz Wójcik and 1 other were in the huddle for 34 minutes.", "Dele Adeyemi joined the
# channel", "Meeting ended: 34m 12s", "This message was deleted."
_WHO = r"[\w .,'’-]{1,80}?"
_SYSTEM = (
    r"a\s+(?:huddle|call|meeting)\s+(?:happened|started|ended)"
    # A Teams channel's meeting notice: "Meeting in Ops Forecasting ended: 32m 14s".
    r"|meeting\s+(?:in\s+[\w &'-]{1,40}\s+)?(?:started|ended)"
    r"(?::\s*\d{1,3}[hm](?:\s*\d{1,2}[ms]){0,2})?"
    rf"|{_WHO}\s+(?:was|were)\s+in\s+the\s+(?:huddle|call|meeting)\s+for\s+[\w ]{{1,30}}"
    rf"|{_WHO}\s+(?:has\s+)?(?:joined|left)(?:\s+(?:the\s+)?(?:channel|group|chat|team|call"
    r"|meeting|huddle|conversation|#[\w-]+))?"
    rf"|{_WHO}\s+(?:started|ended)\s+(?:a|the)\s+(?:huddle|call|meeting|recording)"
    rf"|{_WHO}\s+(?:pinned|unpinned)\s+a\s+message(?:\s+to\s+this\s+channel)?"
    rf"|{_WHO}\s+(?:changed|set|renamed)\s+the\s+(?:channel\s+|group\s+)?(?:topic|name"
    r"|description|purpose)\b[^.!?]{0,80}"
    rf"|{_WHO}\s+added\s+{_WHO}\s+to\s+(?:the\s+)?(?:channel|group|chat|team|#[\w-]+)"
    r"|(?:meeting|call|huddle|recording)\s+(?:ended|started|stopped)(?:\s*:\s*[\w ]{1,20})?"
    r"|this\s+message\s+(?:was|has\s+been)\s+deleted"
)
# A site's legal links, alone on a line in its footer: "Terms of Use", "Privacy Policy".
_LEGAL = (
    r"(?:terms\s+(?:of\s+(?:use|service)|and\s+conditions)|privacy(?:\s+(?:policy|notice"
    r"|statement|centre|center))?|cookie\s+(?:policy|settings|preferences)|help\s+cent(?:er|re)"
    r"|all\s+rights\s+reserved"
    # The consent under a sign-up box: "By subscribing, I agree to Substack's Terms of Use
    # and acknowledge its Information Collection Notice and Privacy Policy."
    r"|by\s+(?:subscribing|signing\s+up|continuing|registering),?\s+(?:i|you)\s+agree\s+to\s+"
    r"[^.]{0,60}\b(?:terms|policy|notice|conditions)\b[^.]{0,120})"
)
_WHOLE = re.compile(
    rf"^(?:{_SKIP}|{_ACCOUNT}|{_SEE_MORE}|{_COMPOSER}|{_POST_BAR}|{_THREAD}|{_FEEDBACK}"
    rf"|{_COUNTS}|{_LENGTH}|{_AFTER_CONTENT}|{_SYSTEM}|{_LEGAL})\s*[.…:?]*\s*$",
    re.IGNORECASE,
)
# "Home › Press › Interviews", "Home > News > Business", "News » Energy".
_BREADCRUMB = re.compile(
    r"^(?:home\s*[>/›»]|[\w&'’ -]{1,30}\s*[›»])(?:\s*[\w&'’ -]{1,40}\s*(?:[>/›»]|$)){1,6}\s*$",
    re.IGNORECASE,
)
# A row of links or switches: three or more items of a few words, "|" or "·" between them.
_LINK_ITEM = r"[\w&'’()/ -]{1,32}"
_LINK_ROW = re.compile(rf"^{_LINK_ITEM}(?:\s+[|·•]\s+{_LINK_ITEM}){{2,}}$")
_NAV_WORDS = re.compile(
    r"\b(?:contact|imprint|impressum|privacy|terms|cookies?|accessibility|sitemap|about|help"
    r"|careers|jobs|press|faq|legal|data\s+protection|datenschutz|home|news|login|english"
    r"|deutsch|français|español|italiano|nederlands|svenska|norsk|dansk|polski|leichte)\b",
    re.IGNORECASE,
)
_NAV_ITEMS = 4  # a row this long is links even without a word of a site's menu
_NOT_A_LINK = re.compile(
    r"\b(?:will|won't|would|should|expect|expects|is|are|was|were|has|have|had)\b|\d", re.I
)
# A day or a time in figures alone: "17.06.2026", "3/24 9:14 AM", "2026-06-17 10:02"
# (``date_only``: a section's dated heading is read before, so it is not chrome).
_DAY_FIGURES = r"(?:\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2}))?\.?|\d{4}-\d{2}-\d{2})"
_TIME_FIGURES = r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATE_ONLY = re.compile(
    rf"^\(?(?:{_WEEKDAY}{_DAY_FIGURES}(?:,?\s+(?:at\s+)?{_TIME_FIGURES})?|{_TIME_FIGURES})\)?$",
    re.IGNORECASE,
)
_MAX_CHARS = 160


def site_chrome_line(text: str) -> bool:
    """Whether ``text`` (one line) is all a site's or an app's own furniture (see the
    module's docstring): navigation, an account's or app's prompt, a composer, a post's
    buttons, a thread's links, a tool's feedback question, a count, a length, a list's
    heading after the content, a breadcrumb, or a row of links."""
    text = text.strip(" *_#>\t")
    if not text or len(text) > _MAX_CHARS:
        return False
    if _WHOLE.match(text) or _BREADCRUMB.match(text):
        return True
    if not _LINK_ROW.match(text) or _NOT_A_LINK.search(text):
        return False
    return len(re.split(r"\s+[|·•]\s+", text)) >= _NAV_ITEMS or bool(_NAV_WORDS.search(text))


# A pointer to where the words are, and nothing said: "Full story: ledger-vessary.co/bridge",
# "Read more: https://…", "Full write-up in the newsletter, link in bio.", "Link in bio 👆".
_LINK = r"(?:https?://\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)+/\S*)"
_POINTER = re.compile(
    r"^(?:(?:the\s+)?full\s+(?:story|details|write-?up|thread|piece|article|report|video"
    r"|interview|episode|statement|transcript)|read\s+(?:more|it\s+here|the\s+rest)|more\s+(?:here"
    r"|info|details)|details|link|source|via|watch|listen|story|thread|report)"
    r"(?:\s+(?:here|below|in\s+(?:the\s+)?(?:newsletter|comments|thread|replies)))?"
    rf"(?:\s*[:\-–—]\s*{_LINK}|,?\s+link\s+(?:in\s+(?:bio|(?:the\s+)?comments)|below))"
    r"\s*[.!]*\s*\W{0,4}$"
    rf"|^link\s+(?:in\s+(?:bio|(?:the\s+)?comments)|below)\s*[.!]*\s*\W{{0,4}}$|^{_LINK}$",
    re.IGNORECASE,
)


def link_pointer(text: str) -> bool:
    """Whether ``text`` only points to where the words are ("Full story:
    ledger-vessary.co/bridge-update", "Read more: https://…", "Full write-up in the
    newsletter, link in bio."): no claim."""
    text = text.strip(" *_")
    return len(text) <= _MAX_CHARS and _POINTER.match(text) is not None


def date_only(text: str) -> bool:
    """Whether ``text`` is only a day or a time in figures, with its weekday ("17.06.2026",
    "Tue 3/24, 9:14 AM", "(2026-06-17 10:02)"): a date, which is no claim."""
    return _DATE_ONLY.match(text.strip(" *_")) is not None
