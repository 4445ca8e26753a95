"""Table tests: words a narration introduces, cues sharing a line, narration of the room.

A newsletter, a live blog or a reporter's notes say who speaks in prose ("who did
not mince words:", "As Keiko Mori put it:", "— Ingrid Solberg"). The words go to who
is introduced when that is someone (a participant, or a full name where the narrator
has no name of their own); otherwise they carry a remark asking the curator, never
silently the narrator's.
"""

import datetime

import pytest

from claims.importing.introductions import (
    conversation_act,
    lead_in,
    reaction,
    signatures_joined,
    signed_quote,
)
from claims.importing.names import person_key
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document

TODAY = datetime.date(2024, 12, 10)
RECAP = "## Grid Futures recap\n\n"
LIVE = "# Web Summit live blog\n\n"
HEADING = "Elon Musk — Tesla event, 3 March 2023\n"
# What a curator maps in a live blog that names panellists by surname.
MAPPED = frozenset(person_key(name) for name in ("Mehta", "Moreau", "Grün", "Kline"))


def _statements(text: str, known: frozenset[str] = frozenset()):
    document = read_document(text.encode())
    return parse_document(document, known_people=known, today=TODAY).statements


def _said(text: str, known: frozenset[str] = frozenset()):
    """(speaker, words, remark) of what is proposed: narration left out."""
    return [(s.speaker, s.text, s.note) for s in _statements(text, known) if not s.narration]


# ---- 1. Words introduced in prose go to who is introduced.


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # The example: a lead-in with a colon, then a pull quote.
        (
            RECAP + "The headline act was **Ingrid Solberg** (TenneT's planning chief), who did "
            'not mince words:\n\n> "Europe will need to double its grid investment by 2030."\n',
            "Ingrid Solberg",
            '"Europe will need to double its grid investment by 2030."',
        ),
        (
            RECAP + "On Tuesday's panel, **Marc Duval** of Hyfen went further than anyone:\n\n"
            "> Green hydrogen will cost less than €2 per kilo by 2028.\n",
            "Marc Duval",
            "Green hydrogen will cost less than €2 per kilo by 2028.",
        ),
        (
            RECAP + 'As Keiko Mori put it: "No steel plant will run on hydrogen before 2030."\n',
            "Keiko Mori",
            '"No steel plant will run on hydrogen before 2030."',
        ),
        # "a client note" qualifies the note: no unnamed sayer, the lead-in's name says it.
        (
            RECAP + "Jonas Pfeilmann at Halvorsen Bank went further in a client note on"
            " Thursday: he sees the 10-year Bund yield at 3.1% by the end of September.\n",
            "Jonas Pfeilmann",
            "he sees the 10-year Bund yield at 3.1% by the end of September.",
        ),
        (
            RECAP + '> "Grid fees will double by 2030." — Ingrid Solberg\n',
            "Ingrid Solberg",
            '"Grid fees will double by 2030."',
        ),
        (
            RECAP + '"Rates will be cut twice next year." -- Priya Raman, Northwind Capital\n',
            "Priya Raman",
            '"Rates will be cut twice next year."',
        ),
        (
            RECAP + "Tom Okoye closed with a warning: lithium prices will double by 2026.\n",
            "Tom Okoye",
            "lithium prices will double by 2026.",
        ),
        (
            RECAP
            + "Asked about grids, Lena Fischer had this to say: queues will shrink by 2027.\n",
            "Lena Fischer",
            "queues will shrink by 2027.",
        ),
        (
            RECAP
            + "The keynote was Omar Haddad's.\n> “Solar will be the cheapest power by 2026.”\n",
            "Omar Haddad",
            "“Solar will be the cheapest power by 2026.”",
        ),
        # A participant named by surname, mapped by the curator.
        (
            LIVE + '10:08 — Mehta opens with a bold one: "By 2025, most calls will be AI."\n',
            "Mehta",
            '"By 2025, most calls will be AI."',
        ),
        (
            LIVE + '10:31 — Mehta again, on jobs: "Coding jobs will shrink by a third."\n',
            "Mehta",
            '"Coding jobs will shrink by a third."',
        ),
        (
            LIVE + "10:19 — Grün, more cautious: factories move slowly.\n",
            "Grün",
            "factories move slowly.",
        ),
        (
            LIVE + '10:11 — Moreau disagrees. "Agents are demos."\n',
            "Moreau",
            '"Agents are demos."',
        ),
        (
            LIVE + "10:41 — Moreau says a big US lab will delay a European launch next year.\n",
            "Moreau",
            "Moreau says a big US lab will delay a European launch next year.",
        ),
        (
            RECAP + 'Analyst Keiko Mori called that "a fantasy" and said orders fell in 2024.\n',
            "Keiko Mori",
            'Analyst Keiko Mori called that "a fantasy" and said orders fell in 2024.',
        ),
    ],
)
def test_introduced_words_go_to_who_is_introduced(text, speaker, words):
    said = [(s, w) for s, w, _ in _said(text, MAPPED)]
    assert (speaker, words) in said


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # The example: "She also said:" and the bullets below it.
        (
            RECAP + "The headline act was Ingrid Solberg, who did not mince words:\n"
            '> "Grids will double by 2030."\n\nShe also said:\n\n- Queues passed 10 GW\n'
            "- Fees will be normal within three years\n",
            ["Queues passed 10 GW", "Fees will be normal within three years"],
        ),
        (
            RECAP + "Keiko Mori was unimpressed. As Keiko Mori put it: “A fantasy.” "
            "Her forecast: no steel plant will run on hydrogen before 2030.\n",
            ["no steel plant will run on hydrogen before 2030."],
        ),
        (
            RECAP
            + "Keiko Mori said orders fell by half. Her verdict: demand will recover by 2027.\n",
            ["demand will recover by 2027."],
        ),
    ],
)
def test_a_pronoun_points_to_the_last_person_given_words(text, words):
    said = _said(text)
    introduced = [w for s, w, _ in said if s in ("Ingrid Solberg", "Keiko Mori")]
    assert all(w in introduced for w in words), said


def test_the_lines_below_a_lead_in_end_at_the_next_plain_line():
    text = (
        RECAP + "Ingrid Solberg did not mince words:\n- Grids will double by 2030\n"
        "Why it matters: data centres will follow the grid.\n"
    )
    assert [(s, w) for s, w, _ in _said(text)] == [
        ("Ingrid Solberg", "Grids will double by 2030"),
        # "it" makes "Why it matters" a clause, not a label: the line is kept whole.
        ("", "Why it matters: data centres will follow the grid."),
    ]


def test_what_follows_the_closing_quote_mark_is_the_narrators():
    text = LIVE + '10:31 — Mehta again: "Coding jobs will shrink by a third." Audible groans.\n'
    statements = _statements(text, MAPPED)
    assert [(s.speaker, s.text, s.narration) for s in statements] == [
        ("Mehta", "Mehta again", True),
        ("Mehta", '"Coding jobs will shrink by a third."', False),
        ("", "Audible groans.", True),
    ]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        # Under a named speaker's section a new name is not made a speaker: the remark asks.
        (
            HEADING + 'As Sam Altman put it: "GPT-5 will ship in 2024."\n',
            "quoted: said by Sam Altman? not Elon Musk's own words",
        ),
        (
            HEADING + '"Chips will be 1000x faster by 2030." — Jensen Huang\n',
            "quoted: said by Jensen Huang? not Elon Musk's own words",
        ),
        (
            HEADING + "Cathie Wood went further than anyone: Tesla will be worth $2,000.\n",
            "quoted: said by Cathie Wood? not Elon Musk's own words",
        ),
        (
            HEADING + "Jensen Huang said Nvidia chips will be 1000x faster by 2030.\n",
            "reported: said by Jensen Huang? not Elon Musk's own words",
        ),
        # Someone described, not named.
        (
            HEADING + "The CFO was blunt: margins will recover by 2026.\n",
            "quoted: said by the CFO? not Elon Musk's own words",
        ),
        (
            HEADING + "One analyst put it this way: the stock will halve.\n",
            "quoted: said by one analyst? not Elon Musk's own words",
        ),
        # A source the narration describes or keeps anonymous.
        (
            HEADING + "Another member, who asked not to be named, put it more bluntly:"
            ' "We\'ll be gone by Christmas."\n',
            "quoted: said by another member? not Elon Musk's own words",
        ),
        (
            HEADING + "One resident said: the road will reopen by June.\n",
            "quoted: said by one resident? not Elon Musk's own words",
        ),
        (
            HEADING + 'Speaking on condition of anonymity, an adviser said: "Prices will double'
            ' by 2027."\n',
            "quoted: said by someone speaking on condition of anonymity? not Elon Musk's own words",
        ),
        (
            HEADING + "Powell, more cautious: rates fall in June.\n",
            "quoted: said by Powell? not Elon Musk's own words",
        ),
    ],
)
def test_words_of_someone_who_is_no_participant_carry_a_remark(text, note):
    said = _said(text)
    assert said[-1][0] == "Elon Musk"
    assert said[-1][2] == note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nobody introduced before, no speaker of the section: who is asked.
        (
            RECAP + "She also said: robotaxis will be everywhere by 2026.\n",
            ("", "quoted: said by someone the notes call “She”?"),
        ),
        # Under a speaker's section, "He" is the speaker.
        (HEADING + "He said: Mars will have a city by 2050.\n", ("Elon Musk", "")),
    ],
)
def test_a_pronoun_with_nobody_introduced_before(text, expected):
    speaker, _, note = _said(text)[-1]
    assert (speaker, note) == expected


def test_a_new_name_in_a_narrators_document_is_asked_about():
    (said,) = _said(RECAP + 'As Keiko Mori put it: "No plant will run before 2030."\n')
    assert said[0] == "Keiko Mori"
    # The note goes on with the horizon's remark: a negated "before" is a lower bound.
    assert said[2].startswith("quoted: said by Keiko Mori? named in the narration, not a cue")


@pytest.mark.parametrize(
    "lead",
    [
        "Why it matters",
        "Short answer",
        "Quick aside",
        "Energy",
        "Forecast",
        "Next up at 11:00",
        "Jamie Dimon, JPMorgan",
        "Tesla, in short",
        "Europe, by 2030",
        "Reader Tom from Leeds asks",
    ],
)
def test_a_label_or_a_cue_is_no_lead_in(lead):
    assert lead_in(lead) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Grid fees will double by 2030." — Ingrid Solberg', "Ingrid Solberg"),
        ("“Rates fall in June.” – Dr. Ana Lucero (ECB)", "Dr. Ana Lucero"),
        ("Silicon Valley - startups will win", None),
        ("Rates will fall — and fast", None),
    ],
)
def test_a_quote_signed_after_a_dash(text, expected):
    signed = signed_quote(text)
    assert (signed[1] if signed else None) == expected


# ---- 2. Each cue on a line opens its own turn.


@pytest.mark.parametrize(
    ("line", "known", "expected"),
    [
        # The example.
        (
            '10:35 — Mehta: the hyperscalers. Moreau: the users. Grün: "Nobody, for a while."',
            MAPPED,
            [("Mehta", "the hyperscalers."), ("Moreau", "the users."), ("Grün", "Nobody")],
        ),
        (
            "Mehta: the hyperscalers will win. Moreau: the users will win by 2030.",
            frozenset(),
            [("", "the hyperscalers will win."), ("", "the users will win by 2030.")],
        ),
        (
            "Maya Chen: rates fall in June. Tom Keene: not before September.",
            frozenset(),
            [("Maya Chen", "rates fall in June."), ("Tom Keene", "not before September.")],
        ),
        (
            "HOST: Who wins? Maya Chen: the users, by 2030.",
            frozenset(),
            [("Maya Chen", "the users, by 2030.")],
        ),
    ],
)
def test_each_cue_on_a_line_opens_its_own_turn(line, known, expected):
    said = [(s, w) for s, w, _ in _said(LIVE + line + "\n", known)]
    for speaker, words in expected:
        assert any(s == speaker and words in w for s, w in said), said
    assert not any(":" in w for _, w in said), said


def test_a_second_label_word_on_a_line_stays_in_the_words():
    said = _said(HEADING + "Maya Chen: my view: rates will fall.\n")
    assert [(s, w) for s, w, _ in said] == [("Maya Chen", "my view: rates will fall.")]


# ---- 5. What someone did in the conversation, and how the room took it, is narration.


@pytest.mark.parametrize(
    "sentence",
    [
        "Host Allison Nathan opened with the jobs report.",
        "Joe Weisenthal asked about housing.",
        "Guest Ravi Menon asked about rates.",
        "Moderator Sarah Kline introduces the panel: Arjun Mehta, Elise Moreau.",
        "Kline asks whether open models can keep up.",
        "Dana wanted to know if rates will fall by 2027.",
        "Dana pressed him on rates by 2027.",
        "Tracy then asked him about Tesla.",
        "Anchor Tom Keene wraps up with a question on gold.",
        "Priya grilled her over the 2026 target.",
    ],
)
def test_what_someone_did_in_the_conversation_is_narration(sentence):
    assert conversation_act(sentence)
    statements = _statements(HEADING + sentence + "\n")
    assert all(s.narration for s in statements)


@pytest.mark.parametrize(
    "sentence",
    ["Not everyone agreed.", "Audible groans.", "Laughter.", "The room was not convinced."],
)
def test_how_the_room_took_it_is_narration(sentence):
    assert reaction(sentence)
    assert all(s.narration for s in _statements(HEADING + sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Apple introduced a new phone in 2023.",
        "Rates will fall by 2027, Dana thinks.",
        "We asked too much of the grid.",
        "Tesla will open with a record quarter.",
        "Everyone agreed rates will fall by 2026.",
        "Investors pressed ahead with the deal.",
    ],
)
def test_a_statement_is_no_conversation_act(sentence):
    assert not conversation_act(sentence)
    assert not reaction(sentence)


# A quotation signed on the line below it, as an article sets a quote off: the signature
# signs the quote and opens no section (its name, post and day read like a heading).
COLUMN = """By Adaeze Fontaine
Guest columnist
Three weeks ago, the housing minister made the boldest promise of his career.
"We will break ground on 50,000 homes in this province by the end of 2027."
— Gregor Vantongeren, Minister of Housing, in the legislature, Feb. 11, 2026
I have heard this speech before. Rents will rise faster than wages again this year.
"""


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ['"Rates will fall by June."', "— Ana Ruiz, chief economist"],
            ['"Rates will fall by June." — Ana Ruiz, chief economist', ""],
        ),
        (
            ["“Rates will fall by June.”", "-- Ana Ruiz"],
            ["“Rates will fall by June.” -- Ana Ruiz", ""],
        ),
        # Near misses: a dash under a line that is no quotation, a dash line that is a
        # sentence, a quotation with nothing under it.
        (["Rates will fall by June.", "— Ana Ruiz"], ["Rates will fall by June.", "— Ana Ruiz"]),
        (
            ['"Rates will fall."', "— and that is what worries me most about this budget"],
            ['"Rates will fall."', "— and that is what worries me most about this budget"],
        ),
        (['"Rates will fall."', "Ana Ruiz"], ['"Rates will fall."', "Ana Ruiz"]),
    ],
)
def test_a_signature_below_a_quotation_is_joined_to_it(lines, joined):
    assert list(signatures_joined(lines)) == joined


def test_a_quotation_signed_below_is_the_signers_and_the_column_goes_on_as_before():
    said = {words.strip('"'): speaker for speaker, words, _ in _said(COLUMN)}
    quote = "We will break ground on 50,000 homes in this province by the end of 2027."
    assert said[quote] == "Gregor Vantongeren"
    # The signature opened no section of the minister's: the column's words are not his.
    assert said["I have heard this speech before."] != "Gregor Vantongeren"
    assert said["Rents will rise faster than wages again this year."] != "Gregor Vantongeren"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Rosalind sits down with Fenwater Storage CEO Ines Marchbank today.",
            ["Rosalind", "Ines Marchbank"],
        ),
        ("Housing Minister Gregor Vantongeren made a promise.", ["Gregor Vantongeren"]),
        # Near misses: a title alone, a title last in the run, a firm with no title.
        ("The CEO spoke first.", []),
        ("We met the Fenwater Storage CEO.", ["Fenwater Storage CEO"]),
        ("Fenwater Storage Partners agreed.", ["Fenwater Storage Partners"]),
        # An office and its portfolio before the name.
        ("Secretary of Energy Lydia Marchbank told the Cabinet.", ["Lydia Marchbank", "Cabinet"]),
        ("Minister for Home Affairs Kwame Mensah spoke.", ["Kwame Mensah"]),
        ("Minister of Home Affairs Pieter van Dijk spoke.", ["Pieter van Dijk"]),
        ("The Secretary of State for Energy Security Mara Quist agreed.", ["Mara Quist"]),
        # A run ends with its sentence; a title's or an initial's stop does not end one.
        (
            "Moderator: Gideon Achterberg. Panelists: Priya Dasgupta-Wren.",
            ["Gideon Achterberg", "Priya Dasgupta-Wren"],
        ),
        ("Then Prof. Helga Strand and J. R. Okafor.", ["Prof. Helga Strand", "J. R. Okafor"]),
        # Near misses: a ministry, an office with its portfolio and no name.
        ("The Ministry of Home Affairs said so.", ["Ministry", "Home Affairs"]),
        ("The Secretary of Energy said so.", ["Energy"]),
    ],
)
def test_a_name_after_a_firm_and_a_title_in_prose(text, names):
    from claims.importing.introductions import names_in

    assert names_in(text) == names


SHOW_NOTES = """## Episode Notes

Rosalind sits down with battery analyst Tobiah Vance and Fenwater Storage CEO Ines \
Marchbank.

Tobiah thinks utility-scale installs will pass 30 GW in calendar 2026.

Ines expects the Saltmarsh project to be fully energised by the end of 2026.
"""


def test_a_first_name_said_after_the_full_name_in_the_narration_is_that_person():
    said = {words: (speaker, note) for speaker, words, note in _said(SHOW_NOTES)}
    speaker, note = said["Tobiah thinks utility-scale installs will pass 30 GW in calendar 2026."]
    assert speaker == "Tobiah Vance"
    assert "“Tobiah” taken as Tobiah Vance" in note
    ines = "Ines expects the Saltmarsh project to be fully energised by the end of 2026."
    assert said[ines][0] == "Ines Marchbank"
    # Near misses: a firm's first word is no first name ("Carrow" after "Carrow
    # Securities"); a first name two people named before share is asked, never guessed.
    firm = (
        "## Live\n\nAnalysts at Carrow Securities said bondholders lose half by 2026.\n\n"
        "Carrow said the debt would be restructured before the end of March 2027.\n"
    )
    said = {words: speaker for speaker, words, _ in _said(firm)}
    assert said["Carrow said the debt would be restructured before the end of March 2027."] != (
        "Carrow Securities"
    )
    shared = SHOW_NOTES.replace("battery analyst Tobiah Vance", "Tobiah Vance and Tobiah Lund")
    said = {words: speaker for speaker, words, _ in _said(shared)}
    assert said["Tobiah thinks utility-scale installs will pass 30 GW in calendar 2026."] not in (
        "Tobiah Vance",
        "Tobiah Lund",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "added" with what was gained after it: no saying, no sayer.
        (RECAP + "Ampora added 41 sites in April, its best month so far.\n", ""),
        (RECAP + "Ampora Networks added another 40 sites in May.\n", ""),
        # "added" as saying: the sayer's words, reported.
        (RECAP + "Ingrid Solberg added that grid fees will double by 2030.\n", "Ingrid Solberg"),
    ],
)
def test_added_is_saying_only_when_no_gain_follows(text, speaker):
    said = _said(text)
    assert said[-1][0] == speaker
