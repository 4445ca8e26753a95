"""Table tests: the Congressional Record (and a state journal in its style) copied as text;
salutations, which are never a speaker's cue; and a curator's speakers map giving two labels
of one person.

A Record's member cue ("Mr. HALVERSEN.") opens a turn whose wrapped lines are joined, each
sentence on the line where it starts; the page's chrome, headings, officers' turns, the
clerk's narration and the floor's procedure are no claims; an inserted letter's body is its
signer's. Near misses (a hearing, notes with printed cues, a page quoting the Record) read as
before."""

import datetime
import re

import pytest

from claims.choices import DatePrecision
from claims.importing import congress_record
from claims.importing.cues import greeted, salutation
from claims.importing.errors import ImportFileError
from claims.importing.names import person_key
from claims.importing.services import ImportOptions, SourceChoice, import_plan

HEADER = "S2210 CONGRESSIONAL RECORD — SENATE March 4, 2026"
HOUSE = "H1187 CONGRESSIONAL RECORD — HOUSE March 4, 2026"
ODD_PAGE = "March 4, 2026 CONGRESSIONAL RECORD — SENATE S2211"
CHROME = (
    "VerDate Sep 11 2014 01:02 Mar 05, 2026 Jkt 049060 PO 00000 Frm 00009 Fmt 4624 "
    "Sfmt 0634 E:\\CR\\FM\\A04MR6.009 S04MRPT1"
)
ROBOT = "jbell on DSK30RV082PROD with SENATE"


def _record(*body: str, header: str = HEADER) -> str:
    return "\n".join((header, "", *body)) + "\n"


def _plan(text: str, speakers: dict[str, str] | None = None, *, name: str = "record.txt"):
    source = SourceChoice(
        title="Congressional Record",
        published_on=datetime.date(2026, 3, 4),
        precision=DatePrecision.DAY,
    )
    options = ImportOptions(source=source, speakers=speakers or {})
    return import_plan(data=text.encode(), file_name=name, options=options)


def _claims(text: str, speakers: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(speaker, quote) of every candidate."""
    return [(c.speaker.name, c.quote) for c in _plan(text, speakers).candidates]


# Each row: the document, then (speaker, words the quote holds) of every candidate expected,
# in order; words that no candidate may hold.
RECORDS = [
    pytest.param(
        _record(
            "WATER INFRASTRUCTURE FINANCE ACT",
            "Mr. TALLWOOD. Mr. President, the Lake Pemberton dam was",
            "built in 1931. The Army Corps expects its spillway to fail an",
            "inspection before the end of 2027.",
            "I yield the floor.",
            "The PRESIDING OFFICER. The Senator from Oregon.",
            "Ms. QUINTERO. Mr. President, I agree with my colleague.",
        ),
        [
            ("Mr. Tallwood", "built in 1931"),
            ("Mr. Tallwood", "expects its spillway to fail an inspection before the end of 2027"),
            ("Ms. Quintero", "I agree with my colleague"),
        ],
        ["yield the floor", "Senator from Oregon", "WATER INFRASTRUCTURE"],
        id="senate turns wrapped mid-sentence, officer and procedure dropped",
    ),
    pytest.param(
        _record(
            "Mrs. DELACROIX of Louisiana. Madam Speaker, I yield myself such",
            "time as I may consume.",
            "Madam Speaker, flood insurance premiums in my district will",
            "double by 2028 unless this body acts.",
            "The SPEAKER pro tempore. The gentlewoman's time has expired.",
            "Mr. OSEI. Madam Speaker, I rise in opposition.",
            "The program has lost money every year since 2017.",
            header=HOUSE,
        ),
        [
            ("Mrs. Delacroix of Louisiana", "will double by 2028"),
            ("Mr. Osei", "I rise in opposition"),
            ("Mr. Osei", "lost money every year since 2017"),
        ],
        ["yield myself", "time has expired"],
        id="house, a member of a state, the speaker pro tempore",
    ),
    pytest.param(
        _record(
            "Mr. McALLISTER. Mr. President, I ask unanimous consent that",
            "the order for the quorum call be rescinded.",
            "The PRESIDING OFFICER. Without objection, it is so ordered.",
            "Mr. McALLISTER. Our State will run out of water for farms by",
            "2030 if the compact is not renewed.",
            "Mr. McALLISTER. I suggest the absence of a quorum.",
            "The PRESIDING OFFICER. The clerk will call the roll.",
            "The legislative clerk proceeded to call the roll.",
            header=ODD_PAGE,
        ),
        [("Mr. McAllister", "run out of water for farms by 2030")],
        ["unanimous consent", "so ordered", "quorum", "call the roll"],
        id="odd page's header, Mc surname, quorum call",
    ),
    pytest.param(
        _record(
            "Ms. VANTERPOOL. Mr. President, the new terminal at the port",
            "will open in the spring of 2027, two years",
            CHROME,
            ROBOT,
            ODD_PAGE,
            "ahead of schedule.",
            "f",
            "MORNING BUSINESS",
            "Ms. VANTERPOOL. Thank you.",
        ),
        [("Ms. Vanterpool", "will open in the spring of 2027, two years ahead of schedule")],
        ["VerDate", "DSK30RV082PROD", "MORNING BUSINESS", "CONGRESSIONAL RECORD"],
        id="a sentence across a page's break and its chrome",
    ),
    pytest.param(
        _record(
            "Mr. BRANDVOLD. Mr. President, I ask unanimous consent that a",
            "letter be printed in the Record.",
            "The PRESIDING OFFICER. Without objection, it is so ordered.",
            "There being no objection, the material was ordered to be printed",
            "in the Record, as follows:",
            "NORTHERN GRAIN GROWERS COOPERATIVE,",
            "Fargo, ND, February 27, 2026.",
            "Hon. PETER BRANDVOLD,",
            "U.S. Senate, Washington, DC.",
            "DEAR SENATOR BRANDVOLD: Our members shipped 40 million",
            "bushels last year. Without the rail spur, elevators in three",
            "counties will close by harvest.",
            "Please do not hesitate to contact us.",
            "Respectfully,",
            "ASTRID KJELLBERG,",
            "Executive Director.",
            "Mr. BRANDVOLD. I thank the Senator.",
        ),
        [
            ("Astrid Kjellberg", "shipped 40 million bushels last year"),
            ("Astrid Kjellberg", "elevators in three counties will close by harvest"),
        ],
        ["DEAR SENATOR", "COOPERATIVE", "Fargo", "hesitate", "Executive Director", "Record"],
        id="an inserted letter is its signer's",
    ),
    pytest.param(
        _record(
            "Ms. ABERNATHY-COLE. Mr. President, the text of the letter is as",
            "follows:",
            "Dear Senator Abernathy-Cole:",
            "We expect the clinic to close its maternity ward in June.",
            "Sincerely,",
            "RUTH OKONJO,",
            "Chair of the Board.",
            "LEWIS PARRY,",
            "Treasurer.",
            "Ms. ABERNATHY-COLE. Mr. President, I yield the floor.",
        ),
        [("Ruth Okonjo", "close its maternity ward in June")],
        ["Dear Senator", "yield"],
        id="a letter two sign: the first signer, asked about",
    ),
    pytest.param(
        _record(
            "Mr. HOLLISTER. Mr. President, I ask that an article be printed.",
            "The PRESIDING OFFICER. Without objection, it is so ordered.",
            "There being no objection, the material was ordered to be printed",
            "in the Record, as follows:",
            "[From the Valley Courier, Feb. 20, 2026]",
            "MILL TOWN BRACES FOR LAYOFFS",
            "The paper mill will shut its second line by the summer, its owner said.",
            "Mr. HOLLISTER. Mr. President, the mill employs 600 people.",
        ),
        [("Mr. Hollister", "mill employs 600 people")],
        ["paper mill will shut", "LAYOFFS", "Valley Courier"],
        id="inserted material no one signs is no one's",
    ),
    pytest.param(
        _record(
            "Senator OYELARAN. Mr. President, the bridge on Route 9 will",
            "reopen before Labor Day.",
            "The PRESIDENT. The Senator from the 12th District.",
            "Senator LINDGREN. I doubt that very much.",
            header="JOURNAL OF THE SENATE",
        ),
        [
            ("Senator Oyelaran", "will reopen before Labor Day"),
            ("Senator Lindgren", "I doubt that very much"),
        ],
        ["12th District"],
        id="a state senate's journal in the Record's style",
    ),
    pytest.param(
        _record(
            "Mr. PRZYBYLSKI. Mr. President, will the Senator yield for a",
            "question?",
            "Ms. FAIRWEATHER. I am happy to yield for a question.",
            "Mr. PRZYBYLSKI. Does the Senator expect the tariff to stay?",
            "Ms. FAIRWEATHER. Yes. I expect the tariff to stay in place",
            "through 2027 at least.",
        ),
        [("Ms. Fairweather", "expect the tariff to stay in place through 2027")],
        ["yield for a question"],
        id="a colloquy: yielding for a question is procedure",
    ),
    pytest.param(
        _record(
            "Mr. VAN DEURSEN. Mr. President, I rise today in support of this",
            "amendment. It will save taxpayers $2 billion over five years.",
            "Mr. VAN DEURSEN. I move to table the motion to reconsider.",
            "The ACTING PRESIDENT pro tempore. Without objection, it is so",
            "ordered.",
        ),
        [
            ("Mr. Van Deursen", "I rise today in support of this amendment"),
            ("Mr. Van Deursen", "save taxpayers $2 billion over five years"),
        ],
        ["table the motion", "so ordered"],
        id="a two-word surname, a motion, the acting president pro tempore",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "expected", "never"), RECORDS)
def test_congressional_record(text: str, expected: list[tuple[str, str]], never: list[str]):
    found = _claims(text)
    assert len(found) == len(expected), found
    for (speaker, quote), (want_speaker, want_words) in zip(found, expected, strict=True):
        assert person_key(speaker) == person_key(want_speaker), found
        assert want_words in quote, found
    for words in never:
        assert not any(words in quote for _, quote in found), (words, found)


@pytest.mark.django_db
def test_two_signers_are_asked_about():
    text = RECORDS[5].values[0]
    (candidate,) = _plan(text).candidates
    assert "signed by Ruth Okonjo and Lewis Parry" in "; ".join(candidate.remarks)


@pytest.mark.django_db
def test_curator_maps_the_cues_as_the_record_writes_them():
    text = _record(
        "Mr. TALLWOOD. Mr. President, the dam will fail before 2028.",
        "Ms. QUINTERO. It will not fail before 2030.",
    )
    found = _claims(text, {"Mr. TALLWOOD": "Owen Tallwood", "Ms. QUINTERO": "Rosa Quintero"})
    assert [speaker for speaker, _ in found] == ["Owen Tallwood", "Rosa Quintero"]


def test_reshape_keeps_line_numbers_and_writes_sentences_where_they_start():
    lines = _record(
        "Mr. TALLWOOD. Mr. President, the dam was",
        "built in 1931. It will fail.",
        "I yield the floor.",
    ).splitlines()
    shaped = congress_record.reshape(lines)
    assert shaped is not None
    assert len(shaped.lines) == len(lines)
    assert shaped.lines[2] == "Mr. Tallwood: The dam was built in 1931."
    assert shaped.lines[3] == "Mr. Tallwood: It will fail."
    assert shaped.lines[4] == ""
    assert shaped.lines[0] == ""


@pytest.mark.parametrize(
    "lines",
    [
        # No running header: notes with printed cues stay the notes reader's.
        ["Mr. GRAVES. The plant will close.", "Ms. HALE. It will not."],
        # A header, but no cue: a page quoting the Record.
        [HEADER, "Mr. Graves said the plant will close.", "The plant employs 400."],
        # A hearing's title page: the hearing reader's.
        [
            "S. Hrg. 119-88",
            "ONE HUNDRED NINETEENTH CONGRESS",
            "FIRST SESSION",
            "Senator ALVAREZ. Thank you.",
            "Mr. KAPLAN. We will cut deliveries.",
        ],
        # An article that names the Record in a sentence.
        [
            "The CONGRESSIONAL RECORD — SENATE printed the letter on Tuesday.",
            "Mr. GRAVES. The plant will close.",
            "Ms. HALE. It will not.",
        ],
    ],
)
def test_not_a_record(lines: list[str]):
    assert congress_record.reshape(lines) is None


# Salutations: never a speaker's cue, in any document.
SALUTATIONS = [
    ("Dear Senator Okafor: We will open two clinics by June 2027.", "Okafor"),
    ("DEAR MS. PARK:\nWe expect the tariff to rise 8 percent next year.", "Park"),
    ("Hi Tom: the plant will close by the end of 2027.", "Tom"),
    ("Hello team — revenue will double by 2028.", "team"),
    (
        "Dear fellow shareholders: the board will approve the merger before March 2027.",
        "shareholders",
    ),
    ("Dear colleagues:\nThe committee will report the bill by May 2027.", "colleagues"),
    ("Dearest Ana: the house will be finished by Christmas.", "Ana"),
    ("To whom it may concern: our firm will hire 40 engineers next year.", "concern"),
    ("Hey Priya -- the launch will slip to 2027.", "Priya"),
    ("Dear Mr. and Mrs. Alvarez: the loan will be repaid by 2029.", "Alvarez"),
    ("DEAR SENATOR VAN HOLLEN: The port will reopen in April 2027.", "Van Hollen"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "greeted_name"), SALUTATIONS)
def test_salutation_is_no_speaker(text: str, greeted_name: str):
    plan = _plan(text + "\n", {"": "Lena Brandt"}, name="letter.txt")
    assert plan.candidates
    for candidate in plan.candidates:
        assert candidate.speaker.name == "Lena Brandt"
        assert greeted_name.lower() not in candidate.speaker.name.lower()
        assert not candidate.quote.lower().startswith(("dear", "hi ", "hello", "good morning"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Names that open like a greeting are cues as before.
        ("Dean Hart: we will open the plant by 2027.", "Dean Hart"),
        ("Hiro Tanaka: we will open the plant by 2027.", "Hiro Tanaka"),
        ("Heyward Lin: we will open the plant by 2027.", "Heyward Lin"),
        ("Goodwin Reyes: we will open the plant by 2027.", "Goodwin Reyes"),
    ],
)
def test_names_that_open_like_greetings_still_cue(text: str, speaker: str):
    (candidate,) = _plan(text + "\n", name="notes.txt").candidates
    assert candidate.speaker.name == speaker


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Dear Senator Halversen", True),
        ("DEAR MS. PARK", True),
        ("Dear colleagues", True),
        ("Hi Tom", True),
        ("Good evening everyone", True),
        ("To whom it may concern", True),
        ("Dean Hart", False),
        ("Hiro", False),
        ("Senator Halversen", False),
        ("Hello", False),
        ("Dear", False),
    ],
)
def test_salutation(label: str, expected: bool):
    assert salutation(label) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Dear Senator Halversen: On behalf of our members, we write.",
            "On behalf of our members, we write.",
        ),
        ("DEAR MS. PARK:", ""),
        ("Hi Tom — the plant closes.", "the plant closes."),
        ("Hi Tom, the plant closes.", None),
        ("Tom: the plant closes.", None),
        ("Dear readers will remember the flood.", None),
    ],
)
def test_greeted(line: str, expected: str | None):
    assert greeted(line) == expected


# A curator's speakers map with two labels of one person.
THREAD = "@bram@fediwater.org: The reservoir will refill by 2027.\nInes Kovac: It will not.\n"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "speakers",
    [
        {"Bram": "Bram Oosterhuis", "@bram@fediwater.org": "Bram Oosterhuis"},
        {"Bram": "bram-oosterhuis", "@bram@fediwater.org": "Bram Oosterhuis"},
    ],
)
def test_two_labels_of_one_person_are_not_refused(speakers: dict[str, str]):
    plan = _plan(THREAD, speakers, name="thread.txt")
    assert plan.candidates[0].speaker.name == "Bram Oosterhuis"


@pytest.mark.django_db
def test_a_label_mapped_to_someone_else_is_still_refused():
    with pytest.raises(ImportFileError, match=re.escape("is read as @bram@fediwater.org")):
        _plan(THREAD, {"Bram": "Ines Kovac", "@bram@fediwater.org": "Bram Oosterhuis"})
