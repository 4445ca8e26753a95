"""The API reads JSON bodies only, bounded in size and nesting before they are parsed.

Writes accept ``application/json`` and nothing else: a form-encoded or multipart
body is a 415. Forms cannot say what JSON says (a list of evidence objects, an
explicit ``null``), and their decoding would differ from the JSON path's (invalid
UTF-8 turned into replacement characters, empty strings for absent values), so a
form could store what the same data sent as JSON is refused for.

A body larger than ``DATA_UPLOAD_MAX_MEMORY_SIZE`` is a 413, and one nested more
than ``MAX_DEPTH`` levels is a 400, both in the API's error shape; Python's JSON
decoder would otherwise recurse until it fails (a 500).
"""

import re
from typing import Any

from django.conf import settings
from rest_framework import exceptions, parsers, status
from rest_framework.utils import json

# Claims nest three levels at most (a resolution's evidence items); leave room to spare.
MAX_DEPTH = 20
_STRUCTURE = re.compile(r'[\[\]{}"\\]')


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


def body_limit() -> int | None:
    """The largest body the API reads, in bytes (Django's ``DATA_UPLOAD_MAX_MEMORY_SIZE``)."""
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"The request body is larger than {limit:,} bytes.")


def read_bounded(stream, meta: dict) -> bytes:
    """The body, read no further than the limit; raises ``PayloadTooLarge`` beyond it.

    A declared ``Content-Length`` over the limit is refused before reading anything.
    """
    limit = body_limit()
    if limit is None:
        return stream.read()
    try:
        declared = int(meta.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        raise too_large(limit)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(limit)
    return data


def check_depth(text: str, max_depth: int = MAX_DEPTH) -> None:
    """Refuse JSON text whose arrays and objects nest deeper than ``max_depth``.

    A linear scan over brackets, quotes and backslashes only: brackets inside
    strings do not count. Raises ``ParseError``.
    """
    depth = 0
    in_string = False
    escaped_at = -1
    for match in _STRUCTURE.finditer(text):
        char, position = match.group(), match.start()
        if in_string:
            if position == escaped_at:
                continue
            if char == "\\":
                escaped_at = position + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > max_depth:
                raise exceptions.ParseError(
                    f"JSON parse error - arrays and objects nest deeper than {max_depth} levels."
                )
        elif char in "]}":
            depth -= 1


class JSONParser(parsers.JSONParser):
    """DRF's strict JSON parser, reading a bounded body and refusing deep nesting first."""

    def parse(self, stream, media_type=None, parser_context=None) -> Any:
        parser_context = parser_context or {}
        request = parser_context.get("request")
        meta = request.META if request is not None else {}
        data = read_bounded(stream, meta)
        encoding = parser_context.get("encoding", settings.DEFAULT_CHARSET)
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise exceptions.ParseError(
                f"JSON parse error - the body is not valid {encoding} text."
            ) from None
        check_depth(text)
        try:
            return json.loads(text, parse_constant=json.strict_constant)
        except (ValueError, RecursionError) as error:
            raise exceptions.ParseError(f"JSON parse error - {error}") from None
