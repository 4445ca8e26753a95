"""A page read through its shape's learned statement is the page the ORM reads.

``claims.api.page_statements`` learns a page's SQL from the ORM once per shape
(ordering, size, filters given, cursor) and trusts it only once a second
request with other values compiled to exactly what it predicted. Here every
ordering with every filter, for the public and a curator, is asked three times
with different values, and the third answer (read through the proven
statement) must be the ORM's answer to the same request; so must each page
after a cursor.
"""

import datetime
import itertools
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing

from claims.api import page_statements
from claims.api.page_statements import PAGE_STATEMENTS, PageStatements, learn
from claims.api.pagination import CURSOR_SALT
from claims.api.views import CLAIM_ORDERINGS
from claims.choices import ClaimKind, ReviewState
from tests.api.conftest import resolve, token_client
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory

# Each filter with three different sets of values: learned, proven, read.
FILTERS = [
    ("", ["", "", ""]),
    ("kind+status", ["kind=prediction&status=due"] * 3),
    ("speaker", ["speaker=ada-quist", "speaker=ben-ortiz", "speaker=cy-ng"]),
    ("topic", ["topic=energy", "topic=rates", "topic=energy"]),
    ("source", ["source={s0}", "source={s1}", "source={s2}"]),
    (
        "said on",
        [
            "said_on_after=2019-01-01&said_on_before=2021-12-31",
            "said_on_after=2020-01-01&said_on_before=2024-12-31",
            "said_on_after=2021-06-01&said_on_before=2023-01-31",
        ],
    ),
    (
        "deadline",
        ["deadline_after=2027-01-01", "deadline_after=2028-01-01", "deadline_after=2026-01-01"],
    ),
    (
        "resolved",
        ["resolved_after=2020-01-01", "resolved_after=2021-01-01", "resolved_after=2020-06-01"],
    ),
    ("has deadline", ["has_deadline=false", "has_deadline=true", "has_deadline=false"]),
    (
        "several",
        [
            "speaker=ada-quist&topic=energy&kind=prediction",
            "speaker=ben-ortiz&topic=rates&kind=prediction",
            "speaker=cy-ng&topic=energy&kind=prediction",
        ],
    ),
    ("empty speaker", ["speaker=", "speaker=", "speaker="]),
]

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture(autouse=True)
def fresh_statements():
    PAGE_STATEMENTS.clear()
    yield
    PAGE_STATEMENTS.clear()


@pytest.fixture
def record(db):
    speakers = [
        SpeakerFactory(name=name, slug=slug)
        for name, slug in [
            ("Ada Quist", "ada-quist"),
            ("Ben Ortiz", "ben-ortiz"),
            ("Cy Ng", "cy-ng"),
        ]
    ]
    topics = [TopicFactory(name="Energy", slug="energy"), TopicFactory(name="Rates", slug="rates")]
    sources = [SourceFactory() for _ in range(3)]
    for index in range(30):
        claim = ClaimFactory(
            speaker=speakers[index % 3],
            source=sources[index % 3 if index % 4 else 0],
            kind=ClaimKind.PREDICTION if index % 3 else ClaimKind.FACTUAL,
            said_on=datetime.date(2019, 3, 1) + datetime.timedelta(days=70 * index),
            deadline=None if index % 5 == 0 else datetime.date(2026 + index % 7, 6, 30),
            topics=[topics[index % 2]] if index % 3 else [],
            review_state=ReviewState.DRAFT if index % 11 == 10 else ReviewState.PUBLISHED,
        )
        if index % 4 == 1:
            resolve(claim)
    return {f"s{i}": source.pk for i, source in enumerate(sources)}


@pytest.fixture(params=["public", "curator"])
def client(request, anon):
    if request.param == "public":
        return anon
    return token_client(request.getfixturevalue("curator"))


def orm_only(client, settings, url: str):
    settings.DATABASE_PAGE_STATEMENTS = False
    try:
        return client.get(url)
    finally:
        settings.DATABASE_PAGE_STATEMENTS = True


def comparable(answer) -> dict:
    """The body, its next cursor read back (a cursor's signature carries the time)."""
    assert answer.status_code == 200, (answer.status_code, answer.request)
    body = dict(answer.json())
    if body["next"]:
        query = parse_qs(urlsplit(body["next"]).query)
        body["next"] = (signing.loads(query.pop("cursor")[0], salt=CURSOR_SALT), query)
    return body


def proven_shapes() -> int:
    return sum(template.proven for template in PAGE_STATEMENTS._templates.values())


@pytest.mark.parametrize("case", FILTERS, ids=[name for name, _ in FILTERS])
@pytest.mark.parametrize("ordering", list(CLAIM_ORDERINGS))
def test_a_page_read_through_its_learned_statement_is_the_orms(
    client, record, settings, ordering, case
):
    _, queries = case
    settings.DATABASE_PAGE_STATEMENTS = True
    urls = [
        f"/api/v1/claims/?ordering={ordering}&page_size=4&{query.format(**record)}"
        for query in queries
    ]
    for url in urls:
        answer = client.get(url)
        assert answer.status_code == 200, answer.content
        assert comparable(answer) == comparable(orm_only(client, settings, url))
    if len(set(queries)) == len(queries):  # every value moved: the statement is proven
        assert proven_shapes() == 1
    # Every page after the first, through the cursor, likewise (a proven shape per
    # pattern of null keys once a second cursor of that pattern is seen).
    url, seen = urls[0], 0
    while url and seen < 8:
        answer = client.get(url)
        assert comparable(answer) == comparable(orm_only(client, settings, url)), url
        url, seen = answer.json()["next"], seen + 1


def test_the_same_values_twice_prove_nothing_but_are_read_through_the_template(
    anon, record, settings
):
    from claims.api import views

    url = "/api/v1/claims/?speaker=ada-quist&page_size=3"
    first = anon.get(url)
    built = []
    original = views.ClaimReadMixin.fetch_page

    def counting(self, *args):
        built.append(args)
        return original(self, *args)

    views.ClaimReadMixin.fetch_page = counting
    try:
        again = [anon.get(url) for _ in range(2)]
        assert built == []  # the template learned from these very values
        assert proven_shapes() == 0
        assert all(comparable(answer) == comparable(first) for answer in again)
        other = anon.get("/api/v1/claims/?speaker=cy-ng&page_size=3")
        assert len(built) == 1  # other values: built, and the template proven
        assert proven_shapes() == 1
        assert comparable(other) == comparable(
            orm_only(anon, settings, "/api/v1/claims/?speaker=cy-ng&page_size=3")
        )
    finally:
        views.ClaimReadMixin.fetch_page = original


def test_searches_and_a_speakers_own_list_are_always_built(anon, record):
    for slug in ("ada-quist", "ben-ortiz", "cy-ng"):
        assert anon.get(f"/api/v1/speakers/{slug}/claims/?kind=prediction").status_code == 200
        assert anon.get(f"/api/v1/claims/?q=solar&speaker={slug}").status_code == 200
    assert PAGE_STATEMENTS._templates == {}


def test_a_bad_value_is_still_a_400_naming_it(anon, record):
    for url in ("/api/v1/claims/?source=1", "/api/v1/claims/?source=2"):
        assert anon.get(url).status_code == 200
    bad = anon.get("/api/v1/claims/?source=0")
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["field"] == "source"


def test_a_proven_page_sends_the_same_statements_as_a_built_one(anon, record, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    urls = [f"/api/v1/claims/?speaker={slug}" for slug in ("ada-quist", "ben-ortiz", "cy-ng")]
    for url in urls[:2]:
        anon.get(url)
    with CaptureQueriesContext(connection) as through_statement:
        anon.get(urls[2])
    settings.DATABASE_PAGE_STATEMENTS = False
    with CaptureQueriesContext(connection) as built:
        anon.get(urls[2])
    assert [q["sql"] for q in through_statement.captured_queries] == [
        q["sql"] for q in built.captured_queries
    ]


# --- the learning itself -----------------------------------------------------------
class Value:
    """A free value the ORM passes through as the same object."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other) -> bool:
        return isinstance(other, Value) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


def compile_like_orm(values, *, transform=False):
    """What a compiler would give: the values as parameters, around constants."""
    a, b = values
    return (
        "SELECT … WHERE x = %s AND y = %s AND z = %s",
        ["const", Value(a.text + "!") if transform else a, b],
    )


def test_a_parameter_is_a_free_value_only_when_it_is_that_object():
    a, b = Value("a"), Value("b")
    template = learn("SQL", ["const", a, b], ("x",), (), (a, b))
    assert template.sources == (None, 0, 1)
    assert learn("SQL", [a, a], ("x",), (), (a, a)) is None  # which one, cannot be told


@pytest.mark.parametrize(
    ("second", "transform", "proven", "refused"),
    [
        (("c", "d"), False, True, False),  # every value moved, prediction held
        (("a", "d"), False, False, False),  # one value the same: proves nothing yet
        (("c", "d"), True, False, True),  # a value the ORM changed: never trusted
    ],
)
def test_a_template_is_proven_by_a_second_compile_or_refused(second, transform, proven, refused):
    statements = PageStatements()
    first = (Value("a"), Value("b"))
    sql, params = compile_like_orm(first, transform=transform)
    statements.compiled("shape", first, (sql, params, ("x",), ()))
    later = tuple(Value(text) for text in second)
    sql, params = compile_like_orm(later, transform=transform)
    statements.compiled("shape", later, (sql, params, ("x",), ()))
    found = statements.proven("shape", (Value("e"), Value("f")))
    assert (found is not None) is proven
    learned = statements.proven("shape", (Value("a"), Value("b")))
    assert (learned is not None) is not refused  # the values it was learned from
    if found:
        assert found[1] == ["const", Value("e"), Value("f")]
    assert ("shape" in statements._refused) is refused


def test_shapes_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(page_statements, "MAX_SHAPES", 3)
    statements = PageStatements()
    for shape, value in itertools.product(range(10), ["v"]):
        statements.compiled(shape, (Value(value),), ("SQL", [Value(value)], ("x",), ()))
    assert list(statements._templates) == [7, 8, 9]
