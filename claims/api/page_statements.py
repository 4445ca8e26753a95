"""A page's statement, built by the ORM once per shape of request and then reused.

Building a page's queryset (the filters, the order, the cursor's seek) and
compiling it cost the API more CPU than anything else on a page of claims:
about a third of the worker's time, every request, for SQL that is the same
text for every request of one shape. The shape is what decides the text: the
day, the reader (public or curator), the ordering, the page size, which
filters are given with which choice values, and which cursor values are null.
Within one shape only the free values differ (dates, slugs, ids, the cursor's
keys), and each is sent as a parameter.

So the statement of a shape is learned from the ORM: the first request of the
shape is built and compiled as always, and each parameter that *is* one of the
request's free values (the same object: Django passes them through untouched)
is noted as coming from it; every other parameter is a constant of the shape.
The template is trusted for other values only once it is proven: a later
request of the same shape, whose free values all differ from the first's, is
compiled again and must give exactly the SQL and parameters the template
predicts. Until then every request with other values is compiled (the same
values again are what the template was learned from); a shape whose
prediction ever fails is compiled for good. ``tests/api/test_page_statements.py``
compares the rows of every ordering, filter and cursor both ways.

On PostgreSQL only (``DATABASE_PAGE_STATEMENTS``, on by default): elsewhere
the ORM runs every page, as before.
"""

import threading
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet

# Shapes kept per process; a handful are in use at any time.
MAX_SHAPES = 512
# Shapes whose prediction failed, kept so they are not learned again and again.
MAX_REFUSED = 1024


@dataclass
class Template:
    """A statement learned for one shape: SQL text, where each parameter comes from, names."""

    sql: str
    sources: tuple[int | None, ...]  # per parameter: index of the free value, or None
    constants: tuple[Any, ...]  # per parameter: its value where the source is None
    names: tuple[str, ...]  # the row's keys, in column order
    converters: tuple  # the ORM's: (position, functions, expression)
    learned_from: tuple[Any, ...]
    proven: bool = field(default=False)

    def parameters(self, values: Sequence[Any]) -> list[Any]:
        return [
            self.constants[i] if source is None else values[source]
            for i, source in enumerate(self.sources)
        ]


def learn(
    sql: str, params: Sequence[Any], names: Sequence[str], converters: tuple, values: Sequence[Any]
) -> Template | None:
    """The template of a statement compiled from free ``values``, or None where unclear.

    A parameter comes from a free value when it is that very object. Where two
    free values are one object (a small integer twice, say), which one a
    parameter comes from cannot be told: no template.
    """
    if len({id(value) for value in values}) != len(values):
        return None
    index = {id(value): i for i, value in enumerate(values)}
    sources = tuple(index.get(id(param)) for param in params)
    constants = tuple(
        param if source is None else None for param, source in zip(params, sources, strict=True)
    )
    return Template(sql, sources, constants, tuple(names), converters, tuple(values))


def same(values: Sequence[Any], others: Sequence[Any]) -> bool:
    """Whether two lists of free values are equal, value for value and type for type."""
    return len(values) == len(others) and all(
        type(a) is type(b) and a == b for a, b in zip(values, others, strict=True)
    )


class PageStatements:
    """Templates by shape, bounded, shared by the threads of a process."""

    def __init__(self) -> None:
        self._templates: OrderedDict[Hashable, Template] = OrderedDict()
        self._refused: OrderedDict[Hashable, None] = OrderedDict()
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._templates.clear()
            self._refused.clear()

    def proven(self, shape: Hashable, values: Sequence[Any]) -> tuple | None:
        """(SQL, parameters, names, converters) for ``values``, if the shape's is proven.

        For the very values it was learned from, a template is what the ORM compiled
        for them: it is used before it is proven (the same page asked again).
        """
        template = self._templates.get(shape)
        if template is None or not (template.proven or same(values, template.learned_from)):
            return None
        return template.sql, template.parameters(values), template.names, template.converters

    def compiled(self, shape: Hashable, values: Sequence[Any], statement: tuple) -> None:
        """Tell what the ORM compiled for ``shape`` and ``values``: learn, prove or refuse.

        ``statement`` is what ``compile_rows`` gives: (SQL, parameters, names, converters).
        """
        sql, params, names, converters = statement
        with self._lock:
            if shape in self._refused:
                return
            template = self._templates.get(shape)
            if template is None:
                template = learn(sql, params, names, converters, values)
                if template is not None:
                    self._templates[shape] = template
                    while len(self._templates) > MAX_SHAPES:
                        self._templates.popitem(last=False)
                return
            self._templates.move_to_end(shape)
            predicted = (template.sql, template.parameters(values), template.names)
            same_converters = [c[:2] for c in template.converters] == [c[:2] for c in converters]
            if predicted != (sql, list(params), tuple(names)) or not same_converters:
                del self._templates[shape]
                self._refused[shape] = None
                while len(self._refused) > MAX_REFUSED:
                    self._refused.popitem(last=False)
                return
            changed = all(
                new != old for new, old in zip(values, template.learned_from, strict=True)
            )
            if changed:  # every free value moved, and the template followed
                template.proven = True


PAGE_STATEMENTS = PageStatements()


def enabled() -> bool:
    """Whether pages may be read through learned templates here."""
    db = connections[DEFAULT_DB_ALIAS]
    return db.vendor == "postgresql" and getattr(settings, "DATABASE_PAGE_STATEMENTS", False)


def compile_rows(queryset: QuerySet) -> tuple[str, list, tuple[str, ...], tuple]:
    """(SQL, parameters, column names, converters) of a ``values()`` queryset.

    The converters are the ORM's for the columns read (``SQLCompiler.get_converters``):
    (position, functions, expression), applied by ``fetch_rows`` as the ORM does.
    """
    query = queryset.query
    compiler = query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    columns = [column for column, _, _ in compiler.select[: compiler.col_count]]
    converters = tuple(
        (position, tuple(functions), expression)
        for position, (functions, expression) in compiler.get_converters(columns).items()
    )
    if query.selected:  # as ValuesIterable names a row's values
        names = tuple(query.selected)
    else:
        names = (*query.extra_select, *query.values_select, *query.annotation_select)
    return sql, list(params), names, converters


def fetch_rows(sql: str, params: Sequence[Any], names: Sequence[str], converters: tuple) -> list:
    """The rows of a compiled ``values()`` statement as dicts, as the ORM would give them."""
    db = connections[DEFAULT_DB_ALIAS]
    with db.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if converters:
        rows = [list(row) for row in rows]
        for row in rows:
            for position, functions, expression in converters:
                value = row[position]
                for function in functions:
                    value = function(value, expression, db)
                row[position] = value
    return [dict(zip(names, row, strict=True)) for row in rows]
