"""Pagination: keyset cursors for claims, page numbers for the small collections.

Claims are paged by keyset ("seek") pagination: the cursor holds the sort key of
the last row served, and the next page is ``WHERE key > last ORDER BY key LIMIT n``.
The database walks an index from that key on, so page 36,000 costs what page 1
costs, and rows inserted meanwhile never shift or repeat what a client sees.
Every ordering ends on the primary key so the key is unique.
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core import signing
from django.core.paginator import InvalidPage, Paginator
from django.db.models import F, Q, QuerySet
from django.utils.dateparse import parse_date, parse_datetime
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from claims.api.exceptions import BadParameter

DEFAULT_PAGE_SIZE = 25
# A real cursor is well under 200 characters; anything much longer was not made here.
MAX_CURSOR_LENGTH = 512
CURSOR_SALT = "claims.api.cursor"
MAX_PAGE_SIZE = 100
PAGE_SIZE_PARAM = "page_size"


def page_size_from(request: Request) -> int:
    """The requested page size; above the cap it is capped, below 1 or not a number is a 400."""
    raw = request.query_params.get(PAGE_SIZE_PARAM)
    if raw is None:
        return DEFAULT_PAGE_SIZE
    if not raw.isascii() or not raw.isdigit():
        raise BadParameter(PAGE_SIZE_PARAM, f"Give a whole number from 1 to {MAX_PAGE_SIZE}.")
    size = int(raw)
    if size < 1:
        raise BadParameter(PAGE_SIZE_PARAM, f"Give a whole number from 1 to {MAX_PAGE_SIZE}.")
    return min(size, MAX_PAGE_SIZE)


def _page_size_parameter() -> dict:
    return {
        "name": PAGE_SIZE_PARAM,
        "required": False,
        "in": "query",
        "description": (
            f"Rows per page, {DEFAULT_PAGE_SIZE} by default. Larger values are capped at "
            f"{MAX_PAGE_SIZE}; zero, negative or non-numeric values are a 400."
        ),
        "schema": {"type": "integer", "minimum": 1, "default": DEFAULT_PAGE_SIZE},
    }


@dataclass(frozen=True)
class SortKey:
    """One column of a keyset ordering."""

    field: str
    descending: bool = False
    nullable: bool = False
    kind: str = "int"  # int | date | datetime

    def decode(self, value: Any) -> Any:
        """Turn a cursor value back into a Python value, or raise ValueError."""
        if value is None:
            if not self.nullable:
                raise ValueError(self.field)
            return None
        if self.kind == "int":
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(self.field)
            return value
        if not isinstance(value, str):
            raise ValueError(self.field)
        parsed = (parse_date if self.kind == "date" else parse_datetime)(value)
        if parsed is None:
            raise ValueError(self.field)
        return parsed

    @staticmethod
    def encode(value: Any) -> Any:
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value

    def after(self, value: Any) -> Q | None:
        """Rows strictly after ``value`` in this column's order (nulls sort last)."""
        if value is None:
            return None  # nothing sorts after a null
        lookup = "lt" if self.descending else "gt"
        condition = Q(**{f"{self.field}__{lookup}": value})
        if self.nullable:
            condition |= Q(**{f"{self.field}__isnull": True})
        return condition

    def equal(self, value: Any) -> Q:
        if value is None:
            return Q(**{f"{self.field}__isnull": True})
        return Q(**{self.field: value})

    def at_or_after(self, value: Any) -> Q | None:
        """A sargable bound on the leading column so the index scan starts at the cursor."""
        if value is None:
            return Q(**{f"{self.field}__isnull": True})
        lookup = "lte" if self.descending else "gte"
        condition = Q(**{f"{self.field}__{lookup}": value})
        if self.nullable:
            condition |= Q(**{f"{self.field}__isnull": True})
        return condition

    def order_expression(self):
        expression = F(self.field)
        if self.descending:
            return expression.desc(nulls_last=True) if self.nullable else expression.desc()
        return expression.asc(nulls_last=True) if self.nullable else expression.asc()


@dataclass(frozen=True)
class PageRequest:
    """What a request asks of a keyset page: ordering name, its keys, cursor values, size."""

    ordering: str
    keys: Sequence[SortKey]
    after: list[Any] | None
    size: int

    @property
    def limit(self) -> int:
        return self.size + 1  # one more row tells whether there is a next page


def keyset_after(keys: Sequence[SortKey], values: Sequence[Any]) -> Q:
    """Rows that sort after ``values`` under ``keys``, lexicographically."""
    condition = Q(pk__in=[])
    prefix = Q()
    for key, value in zip(keys, values, strict=True):
        step = key.after(value)
        if step is not None:
            condition |= prefix & step
        prefix &= key.equal(value)
    leading = keys[0].at_or_after(values[0])
    return condition & leading if leading is not None else condition


class KeysetPagination(BasePagination):
    """Cursor pagination over a whitelist of orderings, each a keyset ending on ``pk``.

    The view supplies ``orderings`` (name -> keys) and ``default_ordering``; the
    queryset must carry every key as a field or annotation.
    """

    cursor_param = "cursor"
    ordering_param = "ordering"

    def __init__(self) -> None:
        self.next_url: str | None = None
        self.page_size = DEFAULT_PAGE_SIZE
        self.page: PageRequest | None = None

    # --- request parsing ---------------------------------------------------
    def ordering_name(self, request: Request, view) -> str:
        name = request.query_params.get(self.ordering_param, view.default_ordering)
        if name not in view.orderings:
            allowed = ", ".join(view.orderings)
            raise BadParameter(
                self.ordering_param, f"Unknown ordering {name!r}; use one of {allowed}."
            )
        return name

    def decode_cursor(self, raw: str, name: str, keys: Sequence[SortKey]) -> list[Any]:
        """The sort key a cursor holds; any cursor the API did not sign is a 400.

        Cursors are signed (``django.core.signing``, keyed by ``SECRET_KEY``), so the
        payload is parsed only once it is known to be one the API made itself.
        """
        invalid = BadParameter(self.cursor_param, "Invalid cursor: use a `next` link as given.")
        if len(raw) > MAX_CURSOR_LENGTH:
            raise invalid
        try:
            payload = signing.loads(raw, salt=CURSOR_SALT)
        except (signing.BadSignature, ValueError, UnicodeError):
            raise invalid from None
        if not isinstance(payload, dict) or set(payload) != {"o", "v"}:
            raise invalid
        ordering, values = payload["o"], payload["v"]
        if ordering != name:
            raise BadParameter(
                self.cursor_param,
                f"This cursor was made for ordering {ordering!r}; keep the same ordering "
                "when following `next` links.",
            )
        if not isinstance(values, list) or len(values) != len(keys):
            raise invalid
        try:
            return [key.decode(value) for key, value in zip(keys, values, strict=True)]
        except (ValueError, TypeError, OverflowError):
            raise invalid from None

    @staticmethod
    def encode_cursor(name: str, keys: Sequence[SortKey], row: Any) -> str:
        values = [SortKey.encode(_read(row, key.field)) for key in keys]
        return signing.dumps({"o": name, "v": values}, salt=CURSOR_SALT)

    # --- BasePagination ----------------------------------------------------
    def page_request(self, request: Request, view) -> "PageRequest":
        """The ordering, cursor and size a request asks for; a 400 for a bad one."""
        self.request = request
        self.page_size = page_size_from(request)
        name = self.ordering_name(request, view)
        keys = view.orderings[name]
        raw = request.query_params.get(self.cursor_param)
        after = self.decode_cursor(raw, name, keys) if raw else None
        self.page = PageRequest(name, keys, after, self.page_size)
        return self.page

    def paginate_queryset(self, queryset: QuerySet, request: Request, view=None) -> list:
        # Read once per request: a view may have asked already (the very cursor
        # values then go into the statement, see claims.api.page_statements).
        page = self.page if self.page is not None else self.page_request(request, view)
        name, keys, after = page.ordering, page.keys, page.after

        def seek(rows: QuerySet) -> QuerySet:
            """``rows`` in this page's ordering, from the cursor on."""
            rows = view.apply_ordering(rows, name, [key.order_expression() for key in keys])
            return rows.filter(keyset_after(keys, after)) if after is not None else rows

        # A view may read the page itself (search does, in bounded steps).
        fetch = getattr(view, "fetch_page", None)
        queryset = seek(queryset)
        rows = fetch(queryset, page.limit, seek) if fetch else list(queryset[: page.limit])
        return self.page_of(rows, page)

    def page_of(self, rows: list, page: "PageRequest") -> list:
        """The page's rows out of ``rows`` (read with ``page.limit``), and its next link."""
        has_more = len(rows) > page.size
        rows = rows[: page.size]
        self.next_url = None
        if has_more:
            url = self.request.build_absolute_uri()
            cursor = self.encode_cursor(page.ordering, page.keys, rows[-1])
            self.next_url = replace_query_param(url, self.cursor_param, cursor)
        return rows

    def get_paginated_response(self, data: list) -> Response:
        return Response({"next": self.next_url, "results": data})

    def get_paginated_response_schema(self, schema: dict) -> dict:
        return {
            "type": "object",
            "required": ["next", "results"],
            "properties": {
                "next": {
                    "type": "string",
                    "nullable": True,
                    "format": "uri",
                    "description": "The next page, or null on the last page.",
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view) -> list[dict]:
        return [
            {
                "name": self.cursor_param,
                "required": False,
                "in": "query",
                "description": "An opaque, signed cursor from a `next` link. Any other value "
                "(malformed, altered or made for another ordering) is a 400.",
                "schema": {"type": "string"},
            },
            _page_size_parameter(),
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": view.ordering_description,
                "schema": {
                    "type": "string",
                    "enum": list(view.orderings),
                    "default": view.default_ordering,
                },
            },
        ]


def _read(row: Any, field: str) -> Any:
    if isinstance(row, dict):
        return row[field]
    return getattr(row, field)


class PageNumberPagination(BasePagination):
    """Numbered pages with a total count, for the small collections.

    A page past the end is an empty page (not an error); a page that is not a
    positive whole number is a 400.
    """

    page_param = "page"

    def __init__(self) -> None:
        self.count = 0
        self.page_number = 1
        self.has_next = False

    def _page_number(self, request: Request) -> int:
        raw = request.query_params.get(self.page_param)
        if raw is None:
            return 1
        if not raw.isascii() or not raw.isdigit() or int(raw) < 1 or len(raw) > 9:
            raise BadParameter(self.page_param, "Give a whole number from 1 to 999999999.")
        return int(raw)

    def paginate_queryset(self, queryset: QuerySet, request: Request, view=None) -> list:
        self.request = request
        page_size = page_size_from(request)
        self.page_number = self._page_number(request)
        paginator = Paginator(queryset, page_size)
        self.count = paginator.count
        try:
            page = paginator.page(self.page_number)
        except InvalidPage:
            self.has_next = False
            return []
        self.has_next = page.has_next()
        return list(page.object_list)

    def _link(self, number: int | None) -> str | None:
        if number is None:
            return None
        url = self.request.build_absolute_uri()
        if number == 1:
            return remove_query_param(url, self.page_param)
        return replace_query_param(url, self.page_param, number)

    def get_paginated_response(self, data: list) -> Response:
        previous = self.page_number - 1 if self.page_number > 1 and self.count else None
        return Response(
            {
                "count": self.count,
                "next": self._link(self.page_number + 1 if self.has_next else None),
                "previous": self._link(previous),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema: dict) -> dict:
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {
            "type": "object",
            "required": ["count", "next", "previous", "results"],
            "properties": {
                "count": {"type": "integer", "minimum": 0},
                "next": link,
                "previous": link,
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view) -> list[dict]:
        return [
            {
                "name": self.page_param,
                "required": False,
                "in": "query",
                "description": "Page number from 1. Past the last page the results are empty.",
                "schema": {"type": "integer", "minimum": 1, "maximum": 999999999},
            },
            _page_size_parameter(),
        ]
