"""Constants written into a statement's text instead of sent as parameters."""

import re

from django.db.models import Value

SAFE_TEXT = re.compile(r"[A-Za-z0-9_ -]*")


class Literal(Value):
    """A constant of the code (an ``int`` or a plain word), written into the SQL as a literal.

    Django sends every value as a parameter. A prepared statement's generic plan is
    chosen without its parameters' values, so it can use a partial index
    (``WHERE review_state = 'published'``) or an expression index
    (``CASE WHEN verdict = '' THEN 0 ELSE 1 END``) only where the statement has
    the same constants in its text, as the index has (PostgreSQL documentation,
    "Partial Indexes": the predicate must be provable from the query's own
    conditions, "parameterized query clauses do not work with a partial index").
    ``tests/api/test_query_plans.py`` asks PostgreSQL for those generic plans.

    Raises ``TypeError`` for another type and ``ValueError`` for text with
    anything but letters, digits, spaces, ``_`` and ``-``: never for user input.
    """

    def __init__(self, value, output_field=None) -> None:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise TypeError(f"A literal is an int or a word, not {type(value).__name__}.")
        if isinstance(value, str) and not SAFE_TEXT.fullmatch(value):
            raise ValueError(f"{value!r} is not a plain word to write into SQL.")
        super().__init__(value, output_field=output_field)

    def as_sql(self, compiler, connection) -> tuple[str, list]:
        if isinstance(self.value, str):
            return f"'{self.value}'", []
        return str(int(self.value)), []
