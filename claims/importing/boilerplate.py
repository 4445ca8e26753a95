"""Legal and editorial boilerplate, wherever it stands: no claims.

Companies, brokers, transcript sites and mail servers put the same kinds of text around what
people say: the safe-harbour warning before an earnings call ("Before we begin, please note
that today's discussion contains forward-looking statements …", "We undertake no obligation
to update these statements.", "… certain non-GAAP measures; reconciliations are available
…"), a transcript site's disclaimer ("While we strive for accuracy, there may be errors,
omissions, or inaccuracies in this transcript.", "… does not assume any responsibility for
your use of this content"), a mail's confidentiality notice, a newsletter's sign-up terms
("By signing up, you agree to our User Agreement and Privacy Policy."), a show's credits ("The
Half-Space is produced by Owen Lacey."), a sponsor read ("This video was sponsored by
Gridlink Home, use code VOLTWISE for 10% off …"). Each is written by a
legal or editorial desk, not said by the speaker it stands beside: ``boilerplate`` reads it
by its terms, at any length and in any layout. A forecast of the speaker's that names the
terms is rare and stays one when it names no such term ("Non-GAAP margins will reach 20%
by 2027" names a measure, not the notice: only the notice's phrases are read).

Sources of the shapes: the SEC's safe-harbour language (the Private Securities Litigation
Reform Act of 1995) as read at the start of earnings calls, transcript publishers' footers,
mail disclaimers, news sites' sign-up forms. Pure functions.
"""

import re

__all__ = ["DISCLAIMER", "boilerplate"]

DISCLAIMER = re.compile(
    r"(?i)forward-looking\s+statements?|safe\s+harbou?r\s+(?:statement|provision|language"
    r"|notice|rules?)|(?:under|within)\s+the\s+safe\s+harbou?r|intended\s+(?:solely|only)\s+for"
    r"|(?:this|the)\s+(?:e-?mail|message|communication)(?:\s+and\s+any\s+(?:attachments|files))?"
    r"\s+(?:is|are|may\s+be|contains?)\s+(?:confidential|privileged|intended)"
    r"|received\s+this\s+(?:e-?mail|message|communication)\s+in\s+error"
    r"|nothing\s+in\s+this\s+(?:e-?mail|message|letter|communication)\s+(?:constitutes|is)"
    r"|authori[sz]ed\s+and\s+regulated\s+by|does\s+not\s+constitute\s+(?:investment\s+)?advice"
    r"|does\s+not\s+constitute\s+an\s+offer\b|for\s+informational\s+purposes\s+only"
    r"|past\s+performance\s+is\s+not\s+(?:indicative|a\s+guarantee|necessarily)"
    r"|^\W{0,3}(?:this\s+is\s+)?not\s+(?:financial|investment|legal|tax)\s+advice\b"
    r"(?![^.]*\b(?:will|won't|going\s+to)\b|[^.]*\d)"
    r"|undertakes?\s+no\s+(?:obligation|duty)|(?:assume|assumes|accept|accepts)\s+no"
    r"\s+(?:obligation|responsibility|liability)\s+(?:for|to|whatsoever)\b|(?:does|do)\s+not"
    r"\s+(?:assume|accept)\s+any\s+(?:responsibility|liability)|reconciliations?\s+(?:to\s+"
    r"(?:the\s+)?(?:most\s+directly\s+comparable|gaap|ifrs)|(?:are|is)\s+(?:available|included"
    r"|provided|found))\b"
    r"|non-gaap\s+(?:financial\s+)?measures\b|errors,\s+omissions,?\s+or\s+inaccuracies"
    r"|strive\s+for\s+accuracy|you\s+agree\s+to\s+(?:our|the)\s+(?:terms|user\s+agreement"
    r"|privacy\s+policy)|all\s+rights\s+reserved\b|(?:risks|risk\s+factors)\s+and"
    r"\s+uncertainties\b|actual\s+results\s+(?:may|could|might)\s+differ\s+materially"
    # Pointing to the safe harbour: "Please refer to the disclaimer on slide two of the
    # presentation.", "… the cautionary statement in our press release".
    r"|\b(?:refer|see)\s+(?:to\s+)?(?:the|our)\s+(?:full\s+)?(?:disclaimer|cautionary"
    r"\s+(?:statement|language|note)|legal\s+notice|important\s+notice)\b"
    # Credits: "The Half-Space is produced by Owen Lacey.", "This article is a transcript of
    # this conference call produced for Quarry Street."
    r"|^(?:[\w'’&.-]+\s+){1,5}(?:is|was|are|were)\s+(?:produced|edited|mixed|engineered"
    r"|presented|recorded|hosted|researched|fact-checked)(?:\s+and\s+\w+)?\s+by\s+[A-Z][^,;]*$"
    r"|\b(?:this|the)\s+(?:article|page|post)\s+is\s+a\s+transcript\b|\bproduced\s+for\s+[A-Z]"
    # A sponsor read: "This video was sponsored by Gridlink Home, use code VOLTWISE for 10%
    # off …", "Today's episode is brought to you by …".
    r"|^\W{0,3}(?:and\s+|so\s+)?(?:this|today'?s|this\s+week'?s)\s+(?:episode|show|video|stream"
    r"|podcast)\s+(?:is|was)\s+(?:sponsored|brought\s+to\s+you|supported)\s+by\b"
    r"|\b(?:use|with)\s+(?:the\s+)?(?:promo\s+|discount\s+)?code\s+\w{3,}\s+(?:for|to\s+get"
    r"|and\s+get)\s+\d+\s*%\s+off\b"
)


# Every term ``DISCLAIMER`` reads holds one of these: a cheap look first.
_TERM_WORDS = (
    "forward", "harbo", "intended", "confidential", "privileged", "in error", "constitut",
    "regulated", "informational", "past performance", "undertake", "obligation", "responsib",
    "liabilit", "reconciliation", "advice", "non-gaap", "omissions", "accuracy", "you agree",
    "rights reserved", "uncertaint", "differ", " by ", "transcript", "produced for", "code",
    "disclaimer", "cautionary", "notice",
)  # fmt: skip


def boilerplate(text: str) -> bool:
    """Whether ``text`` (a sentence or a line) holds legal or editorial boilerplate's terms
    (``DISCLAIMER``; the module's docstring)."""
    lowered = text.lower()
    if not any(word in lowered for word in _TERM_WORDS):
        return False
    return DISCLAIMER.search(text) is not None
