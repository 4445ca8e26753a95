"""A realistic text corpus for the benchmarks: Zipf-distributed words, names, numbers, years.

Claims in the wild are one to four sentences of ordinary English around a few
topical words, a name or two, numbers ("10,000 GPUs", "$100B", "40%") and
years. Word frequencies follow Zipf's law: a few words are in most claims,
most words in almost none. The vocabulary is a core of common English and
technology words, in rough frequency order, followed by a long tail of
pronounceable made-up words, so every frequency band from "in half the claims"
to "in three claims" and "in none" is present, as in a real record.

Everything is drawn from a seeded ``random.Random``, so a corpus is reproducible.
"""

import bisect
import itertools
import random

FUNCTION_WORDS = (  # noqa: SIM905
    "the of and to a in that is it for on with as be at by this we have from or "
    "will not are but they can all their more so what about there if which when "
    "one our would into just than like now also people how its most could very "
    "going think get make way really because first next years new"
).split()
CONTENT_WORDS = (  # noqa: SIM905
    "model video image search phone chip data compute cloud startup company market "
    "product users training models open source price cost year decade everyone "
    "billion million percent developers enterprise consumer internet software "
    "hardware network browser assistant agent agents robot robots car cars battery "
    "energy solar fusion vaccine drug medicine doctor school students teachers "
    "jobs workers economy regulation government policy china europe america "
    "investment funding revenue profit advertising subscription platform "
    "generative language voice music film movie game games stream streaming "
    "camera glasses headset device devices laptop server servers gpu gpus "
    "inference latency quality resolution realtime mobile iphone android app apps "
    "creator creators artists writers content social media news publisher "
    "election democracy privacy security crypto bitcoin blockchain quantum "
    "computer computing physics biology protein genome climate carbon electric "
    "autonomous driving flight drone drones rocket space mars satellite "
    "translation keyboard photo photos editing design designers code coding "
    "programmer programmers engineer engineers scientist science research lab "
    "benchmark reasoning memory context token tokens parameter parameters dataset "
    "datasets label labels chatbot chatbots character characters companion "
    "friend therapist tutor lawyer lawyers hospital bank banks payments shopping "
    "retail ads television radio podcast podcasts book books library"
).split()
FIRST_NAMES = (  # noqa: SIM905
    "Ada Alan Amara Ben Bianca Carlos Chen Cristobal Dario Demis Elena Emad Fei "
    "Grace Hannah Hiro Ilya Ines Jack Jensen Kai Kara Lars Lina Marc Maria Mira "
    "Mustafa Nadia Noam Olga Omar Priya Quinn Rafael Rosa Sam Sara Satya Sundar "
    "Tanya Tomas Uma Victor Wei Yann Yuki Zara Zoe"
).split()
LAST_NAMES = (  # noqa: SIM905
    "Altman Amodei Andersen Bengio Brooks Chen Dean Diaz Fischer Garcia Gupta Hassabis "
    "Hinton Huang Ito Jones Kim Kowalski Kumar LeCun Li Lopez Martin Mostaque Murati "
    "Nadella Ng Novak Okafor Patel Pichai Quinn Rossi Sato Schmidt Shazeer Silva "
    "Singh Smith Sutskever Suleyman Tanaka Thompson Valenzuela Wang Weber Wu Yamada Zhang"
).split()
ORGANISATIONS = (  # noqa: SIM905
    "Google Microsoft Apple Meta Amazon Nvidia OpenAI Anthropic Runway Stability "
    "Tesla Netflix Spotify Adobe Intel AMD Samsung Baidu Tencent Alibaba"
).split()
VERBS = (  # noqa: SIM905
    "replace beat run ship reach double halve dominate disappear arrive overtake "
    "launch release cost earn lose win power train serve generate"
).split()
HORIZONS = (
    "by {year}",
    "within {n} years",
    "in the next {n} years",
    "by the end of {year}",
    "before {year}",
    "next year",
    "in a few years",
    "",
)
SYLLABLES = (  # noqa: SIM905
    "ka lo mi ra te vu sen dor pal qui zen bra tor lem fis gar hu nox pri sta "
    "vel wen xi yar zo ban cre dul fen gol"
).split()
TAIL_WORDS = 30_000
ZIPF_EXPONENT = 1.07


def made_up_words(count: int) -> list[str]:
    """``count`` distinct pronounceable words of two to four syllables, in a fixed order."""
    words: list[str] = []
    for length in (2, 3, 4):
        for parts in itertools.product(SYLLABLES, repeat=length):
            words.append("".join(parts))
            if len(words) == count:
                return words
    return words


class Vocabulary:
    """Words with Zipf frequencies: rank r is drawn with weight 1 / r**s."""

    def __init__(self, words: list[str], exponent: float = ZIPF_EXPONENT) -> None:
        self.words = words
        weights = [1 / rank**exponent for rank in range(1, len(words) + 1)]
        self.cumulative = list(itertools.accumulate(weights))

    def draw(self, rng: random.Random) -> str:
        point = rng.random() * self.cumulative[-1]
        return self.words[bisect.bisect_left(self.cumulative, point)]

    def rank(self, word: str) -> int:
        return self.words.index(word) + 1


def vocabulary() -> Vocabulary:
    """Content words first (most frequent), then organisations, then the made-up tail."""
    return Vocabulary(CONTENT_WORDS + ORGANISATIONS + made_up_words(TAIL_WORDS))


def speaker_name(index: int) -> str:
    """A distinct full name for speaker ``index`` (1-based); names repeat their parts."""
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    last = LAST_NAMES[(index // len(FIRST_NAMES)) % len(LAST_NAMES)]
    generation = index // (len(FIRST_NAMES) * len(LAST_NAMES))
    return f"{first} {last}" + (f" {generation + 1}" if generation else "")


def number(rng: random.Random) -> str:
    """A number as people say them: '10,000', '$100B', '40%', '3x', '2.5'."""
    shapes = (
        lambda: f"{rng.choice([10, 50, 100, 500, 1000, 10000]):,}",
        lambda: f"${rng.choice([1, 5, 10, 50, 100])}{rng.choice(['M', 'B'])}",
        lambda: f"{rng.randrange(5, 100, 5)}%",
        lambda: f"{rng.choice([2, 3, 10, 100])}x",
        lambda: f"{rng.randrange(1, 10)}.{rng.randrange(10)}",
    )
    return rng.choice(shapes)()


def sentence(rng: random.Random, words: Vocabulary, *, length: int) -> str:
    """One sentence of about ``length`` words: function words around Zipf-drawn content."""
    out = []
    for _ in range(length):
        roll = rng.random()
        if roll < 0.45:
            out.append(rng.choice(FUNCTION_WORDS))
        elif roll < 0.93:
            out.append(words.draw(rng))
        elif roll < 0.97:
            out.append(number(rng))
        else:
            out.append(rng.choice(VERBS))
    out[0] = out[0].capitalize()
    return " ".join(out)


def claim_text(rng: random.Random, words: Vocabulary, *, year: int) -> tuple[str, str, str]:
    """(quote, statement, horizon) for one claim deadline-d around ``year``.

    Quotes are one to four sentences (about 60 to 600 characters), statements one
    normalised line (about 50 to 200 characters) naming the subject, the verb and
    the horizon; a few mention a person or an organisation.
    """
    horizon = rng.choice(HORIZONS).format(year=year, n=rng.randrange(2, 11))
    sentences = [
        sentence(rng, words, length=rng.randrange(8, 26)) for _ in range(rng.randrange(1, 5))
    ]
    if rng.random() < 0.15:
        sentences.append(f"{speaker_name(rng.randrange(1, 2500))} said so too")
    if rng.random() < 0.2:
        sentences.append(f"{rng.choice(ORGANISATIONS)} will {rng.choice(VERBS)} it")
    quote = ". ".join(sentences) + (f", {horizon}." if horizon else ".")
    subject, other = words.draw(rng), words.draw(rng)
    statement = (
        f"{subject.capitalize()} will {rng.choice(VERBS)} {other} "
        f"{sentence(rng, words, length=rng.randrange(4, 20)).lower()}"
    )
    statement = (statement + (f" {horizon}" if horizon else ""))[:300] + "."
    return quote, statement, horizon


def search_queries() -> list[tuple[str, str]]:
    """The benchmark's search set: (query, kind), every selectivity from "most claims" to none.

    Frequent, middling and rare words by Zipf rank, words that match nothing,
    several words, phrases, either-or, negations, years, numbers and amounts,
    people's and organisations' names.
    """
    words = vocabulary().words
    tail = made_up_words(TAIL_WORDS)
    queries = [(words[rank], f"word of rank {rank + 1}") for rank in (0, 1, 4, 9, 29, 99, 299)]
    queries += [(tail[index], f"tail word {index}") for index in (1000, 8000, 20000, 29000)]
    queries += [
        ("zeppelin", "no match"),
        ("xylograph", "no match"),
        ("qwertyuiop", "no match"),
        ("the", "stop word only"),
        ("model video", "two frequent words"),
        ("quantum chip", "two middling words"),
        ("fusion energy", "two middling words"),
        (f"{words[0]} {tail[20000]}", "frequent and rare word"),
        (f"{tail[1000]} {tail[8000]}", "two rare words"),
        ("zeppelin model", "frequent and no-match word"),
        ('"open source"', "phrase"),
        ('"model will"', "phrase with a stop word"),
        ('"quantum computer"', "rare phrase"),
        ("solar or fusion", "either word"),
        ("bitcoin or zeppelin", "either, one matching nothing"),
        ("video -model", "frequent word without another"),
        ("-model", "negation only"),
        ("quantum -computer", "rare word without another"),
        ("2019", "a year (early)"),
        ("2024", "a year (middle)"),
        ("2030", "a year (late)"),
        ("by 2030", "horizon phrase"),
        ("10,000", "a number"),
        ("$100B", "an amount"),
        ("40%", "a share"),
        ("2.5", "a decimal"),
        ("Chen", "a common name part"),
        ("Grace Hassabis", "a full name"),
        ("Nvidia", "an organisation"),
        ("Runway will", "organisation and stop word"),
        ("Nvidia gpus", "organisation and word"),
    ]
    return queries
