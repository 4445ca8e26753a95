"""One error shape for every API error.

Every 4xx (and the rare 5xx DRF knows about) answers with::

    {"status": 400, "errors": [{"field": "deadline", "message": "Enter a valid date."}]}

``field`` names the body field or query parameter at fault (``evidence[0].url``
for nested input), or is ``null`` when the error is about the request as a whole.
"""

import logging
from collections.abc import Iterator
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims.api.parsers import PayloadTooLarge, body_limit
from claims.services import ConflictError

NON_FIELD_KEYS = {"non_field_errors", "__all__", "detail"}
logger = logging.getLogger(__name__)


class BadParameter(exceptions.ValidationError):
    """A query parameter with a value the API cannot use."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__({parameter: [message]})


def _flatten(detail: Any, prefix: str = "") -> Iterator[tuple[str | None, str]]:
    """Walk DRF's nested error detail, yielding (dotted field path, message)."""
    if isinstance(detail, dict):
        for key, value in detail.items():
            if key in NON_FIELD_KEYS:
                yield from _flatten(value, prefix)
            elif isinstance(key, int):  # a list item's errors, keyed by its index
                yield from _flatten(value, f"{prefix}[{key}]")
            else:
                yield from _flatten(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(detail, list):
        nested = any(isinstance(item, dict | list) for item in detail)
        for index, item in enumerate(detail):
            if nested and isinstance(item, dict | list):
                if item:
                    yield from _flatten(item, f"{prefix}[{index}]")
            else:
                yield from _flatten(item, prefix)
    else:
        yield (prefix or None, str(detail))


def error_body(status_code: int, detail: Any) -> dict:
    errors = [{"field": field, "message": message} for field, message in _flatten(detail)]
    return {"status": status_code, "errors": errors or [{"field": None, "message": "Error."}]}


def _django_validation_detail(error: DjangoValidationError) -> Any:
    if hasattr(error, "error_dict"):
        return error.message_dict
    return error.messages


def _conflict_response(error: ConflictError) -> Response:
    body = error_body(status.HTTP_409_CONFLICT, {"version": [str(error)]})
    body["current_version"] = error.claim.version
    return Response(body, status=status.HTTP_409_CONFLICT)


def _suspicious_request(exc: SuspiciousOperation, context: dict) -> exceptions.APIException:
    """A body Django refuses to read (too large, too many fields) is the client's fault.

    Django's own handler would answer with an HTML page and log it at ERROR; the
    API answers in its error shape, and it is logged as a warning like any 4xx.
    """
    request = context.get("request")
    logger.warning(
        "Refused a request body on %s: %s", getattr(request, "path", "?"), exc.__class__.__name__
    )
    if isinstance(exc, RequestDataTooBig):
        return PayloadTooLarge(f"The request body is larger than {body_limit():,} bytes.")
    return exceptions.ValidationError({"body": [f"The request body cannot be read: {exc}"]})


def api_exception_handler(exc: Exception, context: dict) -> Response | None:
    """DRF's exception handler, answering in the API's single error shape."""
    if isinstance(exc, ConflictError):
        return _conflict_response(exc)
    if isinstance(exc, SuspiciousOperation):
        exc = _suspicious_request(exc, context)
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(_django_validation_detail(exc))
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound("Not found: nothing public lives at this address.")
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    response.data = error_body(response.status_code, response.data)
    return response


@csrf_exempt
def not_found_view(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """A JSON 404 for any address under the API that matches no endpoint."""
    body = error_body(404, f"No API endpoint at {request.path!r}.")
    return JsonResponse(body, status=404)
