"""Telling a near-identical statement that says something else from a repeat.

Trigram similarity cannot see that "Rates will be cut before the summer" and
"Rates will not be cut before the summer" say opposite things, or that "ten
million subscribers by 2027" and "forty million subscribers by 2029" are two
different forecasts: a few characters change the meaning. A pair is a likely
duplicate only when, besides being similar, both statements have the same
polarity (negations), the same numbers and dates, the same time relation
("by", "after", "mid-"), the same named entities, and no word of substance
swapped for another ("raised" for "cut", "petrol" for "electric", "trucks" for
"cars"). A repeat may add or drop words ("I think", "new") and may spell a word
differently ("refuelling"); a flag that merges two different forecasts would be
worse than a repeat left for the curator to notice.
"""

import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

_CONTRACTIONS = (
    ("won't", "will not"),
    ("can't", "can not"),
    ("cannot", "can not"),
    ("shan't", "shall not"),
    ("n't", " not"),
    ("'ll", " will"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'m", " am"),
)
_NEGATORS = frozenset(
    ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without"]
)
# Figures written in words, as the figures they are ("twenty" is "20", "million" "x1e6").
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
NUMBER_WORDS.update(
    {
        "thirty": "30",
        "forty": "40",
        "fifty": "50",
        "sixty": "60",
        "seventy": "70",
        "eighty": "80",
        "ninety": "90",
        "hundred": "x100",
        "thousand": "x1000",
        "million": "x1e6",
        "billion": "x1e9",
        "trillion": "x1e12",
        "half": "0.5",
        "double": "x2",
        "triple": "x3",
        "dozen": "12",
        "first": "1st",
        "second": "2nd",
        "third": "3rd",
    }
)
# Months, seasons, quarters and relative periods: "before the summer" is not
# "before the winter", "this year" is not "next year".
_DATE_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "today",
        "tomorrow",
        "yesterday",
        "next",
        "last",
        "this",
        "decade",
        "century",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "christmas",
    ]
)
_TOKEN = re.compile(r"\$?\d[\d,.]*%?[kmbt]?\b|[A-Za-zÀ-ÿ][\w'’]*|[.!?:;“\"(—–]")
_SENTENCE_BREAK = frozenset('.!?:;“"(—–')
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "we",
        "our",
        "they",
        "their",
        "i",
        "you",
        "your",
        "he",
        "his",
        "she",
        "her",
        "there",
        "here",
        "in",
        "on",
        "at",
        "by",
        "if",
        "when",
        "so",
        "and",
        "but",
        "or",
        "also",
        "then",
        "now",
        "maybe",
        "perhaps",
        "honestly",
        "of",
        "for",
        "to",
        "some",
        "many",
        "most",
        "all",
        "every",
        "each",
        "nobody",
        "somebody",
        "someone",
        "everyone",
        "no",
        "not",
        "never",
    ]
)
# Capitalised words that name nothing in particular.
_COMMON_CAPITALS = frozenset(
    ["i", "i'm", "i'll", "i've", "i'd", "ok", "okay", "ai", "mr", "mrs", "ms", "dr"]
)


_EXPANSIONS = tuple(
    (re.compile(re.escape(short), re.IGNORECASE), long) for short, long in _CONTRACTIONS
)


def _expand(text: str) -> str:
    lowered = text.replace("’", "'")
    if "'" not in lowered and "cannot" not in lowered.lower():
        return lowered  # every contraction but "cannot" has an apostrophe
    for pattern, long in _EXPANSIONS:
        lowered = pattern.sub(long, lowered)
    return lowered


def _number(token: str) -> str:
    """'$1,000' → '1000', '40%' → '40%', '2.5' → '2.5': the same figure written alike."""
    return token.lstrip("$").replace(",", "").rstrip(".")


@lru_cache(maxsize=4096)
def substance(text: str) -> tuple[int, Counter, frozenset[str], frozenset[str]]:
    """What a near-identical rewording must keep: negation count, figures, names, words.

    Returns (number of negations, Counter of numbers and date words, the
    named entities as lower-case words, every word in lower case).
    """
    negations = 0
    figures: Counter = Counter()
    entities = set()
    words = set()
    at_start = True
    for token in _TOKEN.findall(_expand(text)):
        if token in _SENTENCE_BREAK:
            at_start = True
            continue
        lower = token.lower()
        words.add(lower)
        if lower in _NEGATORS:
            negations += 1
        elif token[0].isdigit() or token[0] == "$":
            figures[_number(token)] += 1
        elif lower in NUMBER_WORDS:
            figures[NUMBER_WORDS[lower]] += 1
        elif lower in _DATE_WORDS:
            figures[lower] += 1
        elif (
            token[0].isupper()
            and lower not in _COMMON_CAPITALS
            and not (at_start and lower in _OPENERS)
        ):
            # A capital that opens a sentence may be a name ("France will...") or not
            # ("Prices will..."); function words that open sentences are not.
            entities.add(lower)
        at_start = False
    return negations, figures, frozenset(entities), frozenset(words)


# Words whose change moves a deadline or turns it around: "by 2025" is not "after 2025".
_TIME_RELATIONS = frozenset(
    [
        "by",
        "before",
        "after",
        "until",
        "till",
        "til",
        "since",
        "mid",
        "early",
        "late",
        "end",
        "within",
    ]
)
# Two words for one time relation, read as one: "in my lifetime" is "within my lifetime"
# ("in" is no relation of its own, ``_FILLER``), "before June" is "by June", "till" is
# "until". A repeat may say either; a curator tells a month's nuance apart, never a merge.
_SAME_RELATION = {"within": "", "before": "by", "till": "until", "til": "until"}
# Words that carry no claim of their own: a repeat may add, drop or swap them.
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "into",
        "onto",
        "as",
        "and",
        "or",
        "but",
        "so",
        "if",
        "then",
        "than",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "going",
        "gonna",
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "me",
        "us",
        "them",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
        "think",
        "thinks",
        "thought",
        "say",
        "says",
        "said",
        "guess",
        "believe",
        "reckon",
        "really",
        "just",
        "very",
        "quite",
        "actually",
        "honestly",
        "basically",
        "probably",
        "maybe",
        "perhaps",
        "surely",
        "certainly",
        "well",
        "like",
        "yeah",
        "yes",
        "oh",
        "um",
        "uh",
        "er",
        "all",
        "also",
        "even",
        "still",
        "ll",
        "ve",
        "re",
        "d",
        "s",
        "m",
        "at",
        "all",
    ]
)


def _stem(word: str) -> str:
    """A crude English stem, enough to see "raise", "raises" and "raised" as one word."""
    word = word.strip("'’")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# The words of no substance of their own, in one set: one look per word.
# "percent" is the sign "%" spelt out: a figure's, not a word of substance.
_NOT_CONTENT = (
    _FILLER | _NEGATORS | _TIME_RELATIONS | NUMBER_WORDS.keys() | _DATE_WORDS | {"percent", "pct"}
)


def _content(words: frozenset[str]) -> frozenset[str]:
    return frozenset(
        _stem(w) for w in words if w not in _NOT_CONTENT and not w[0].isdigit() and w[0] != "$"
    )


@lru_cache(maxsize=4096)
def _spelling(a: str, b: str) -> bool:
    """The same word spelt two ways ("refuelling", "refueling"), not two words."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2 or a[0] != b[0]:
        return False  # cheap refusals first: most pairs of words are plainly different
    return SequenceMatcher(None, a, b).ratio() >= 0.85


@lru_cache(maxsize=4096)
def _wording(text: str) -> tuple[Counter, frozenset[str]]:
    """The time relations of ``text`` ("by", "after"…) and its words of substance, stemmed."""
    lowered = (token.lower() for token in _TOKEN.findall(text))
    relations = Counter(
        _SAME_RELATION.get(word, word) for word in lowered if word in _TIME_RELATIONS
    )
    del relations[""]
    return relations, _content(substance(text)[3])


def _swapped(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a word of substance in one stands where the other has another word."""
    only_a, only_b = a - b, b - a
    if not only_a or not only_b:
        return False
    only_a = [x for x in only_a if not any(_spelling(x, y) for y in _alike(x, only_b))]
    return bool(only_a) and any(not any(_spelling(x, y) for x in _alike(y, only_a)) for y in only_b)


def _alike(word: str, others: Iterable[str]) -> list[str]:
    """The ``others`` that ``_spelling`` does not refuse at once when compared with ``word``
    (five letters or more each, the same first letter, lengths within two): the cheap
    refusals done here save a call of the cached function for most pairs."""
    if len(word) < 5:
        return []
    first, size = word[0], len(word)
    return [o for o in others if len(o) >= 5 and o[0] == first and abs(len(o) - size) <= 2]


def difference(a: str, b: str) -> str:
    """Why ``a`` and ``b`` say different things despite their words ("" when they do not).

    "negation" when one denies what the other asserts; "figures" when a number,
    date or period differs; "timing" when the time relation differs ("by" and
    "after", "mid-"; not "in" and "within", "by" and "before", "until" and "till",
    ``_SAME_RELATION``); "names" when a named entity in one is missing from the
    other; "wording" when a word of substance was swapped for another.
    """
    neg_a, fig_a, ent_a, words_a = substance(a)
    neg_b, fig_b, ent_b, words_b = substance(b)
    if neg_a != neg_b:
        return "negation"
    if dict.__ne__(fig_a, fig_b):  # Counters of positive counts: a dict's comparison, in C
        return "figures"
    # A name written in lower case in the other statement is the same name.
    if (ent_a - words_b) or (ent_b - words_a):
        return "names"
    relations_a, content_a = _wording(a)
    relations_b, content_b = _wording(b)
    if dict.__ne__(relations_a, relations_b):
        return "timing"
    if _swapped(content_a, content_b):
        return "wording"
    return ""
