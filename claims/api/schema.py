"""OpenAPI generation: every operation documents its error responses in the one error shape."""

from drf_spectacular import openapi
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers
from rest_framework.permissions import SAFE_METHODS, AllowAny

from claims.api.permissions import PublicReadCuratorWrite

PUBLIC_READ_PERMISSIONS = (AllowAny, PublicReadCuratorWrite)


class ErrorItemSerializer(serializers.Serializer):
    field = serializers.CharField(
        allow_null=True,
        help_text="The body field (dotted, e.g. `evidence[0].url`) or query parameter at "
        "fault; null when the error concerns the whole request.",
    )
    message = serializers.CharField()


class ErrorSerializer(serializers.Serializer):
    """The body of every error response."""

    status = serializers.IntegerField(help_text="The HTTP status code, repeated.")
    errors = ErrorItemSerializer(many=True)


class ConflictSerializer(ErrorSerializer):
    current_version = serializers.IntegerField(help_text="The claim's version now.")


def _error(description: str, serializer=ErrorSerializer) -> OpenApiResponse:
    return OpenApiResponse(response=serializer, description=description)


READ_ERRORS = {
    "400": _error("A query parameter has a value the API cannot use."),
    "404": _error("Nothing public at this address."),
    "406": _error("The requested format is not available."),
    "429": _error("Too many requests; see the Retry-After header."),
}
WRITE_ERRORS = {
    "400": _error("The body (or a query parameter) is invalid; each error names its field."),
    "401": _error("No credentials were given."),
    "403": _error("The user is not a curator (or the session's CSRF token is missing)."),
    "404": _error("No such claim."),
    "405": _error("Method not allowed."),
    "406": _error("The requested format is not available."),
    "409": _error("The claim changed since the given version was read.", ConflictSerializer),
    "413": _error("The body is larger than the API reads."),
    "415": _error("The body is not JSON: writes accept `application/json` only."),
    "429": _error("Too many requests; see the Retry-After header."),
}
SEARCH_TIMEOUT = _error(
    "The search (`q`) took longer than the API allows (`API_SEARCH_TIMEOUT_MS`); try more "
    "specific words, or again after the Retry-After header's seconds. `field` is `q`."
)
RETRY_AFTER = {
    "schema": {"type": "integer"},
    "description": "Seconds to wait before trying again.",
}
CACHE_HEADERS = {
    "ETag": {"schema": {"type": "string"}, "description": "A strong validator of the body."},
    "Cache-Control": {
        "schema": {"type": "string"},
        "description": "`public, max-age=60` for anonymous clients; "
        "`private, no-store` for authenticated ones.",
    },
}


class AutoSchema(openapi.AutoSchema):
    """drf-spectacular's schema, plus the error responses and caching headers of every operation.

    Public reads declare no security requirement (anyone may call them; a curator's
    credentials only widen what they see), and fields a partial update still
    requires (a serializer's ``required_when_partial``) stay required in the schema.
    """

    def get_auth(self) -> list[dict]:
        public = all(
            isinstance(permission, PUBLIC_READ_PERMISSIONS)
            for permission in self.view.get_permissions()
        )
        if public and self.method in SAFE_METHODS:
            super().get_auth()  # registers the security schemes the writes refer to
            return []
        return super().get_auth()

    def _map_basic_serializer(self, serializer, direction) -> dict:
        schema = super()._map_basic_serializer(serializer, direction)
        always = getattr(serializer, "required_when_partial", ())
        if always and direction == "request":
            schema["required"] = sorted({*schema.get("required", []), *always})
        return schema

    def _get_response_bodies(self, direction="response") -> dict:
        responses = super()._get_response_bodies(direction)
        errors = READ_ERRORS if self.method in ("GET", "HEAD") else WRITE_ERRORS
        for code, response in errors.items():
            if code not in responses:
                responses[code] = self._get_response_for_code(response, code, direction=direction)
        if self.method == "GET" and self._searches():
            responses["503"] = self._get_response_for_code(
                SEARCH_TIMEOUT, "503", direction=direction
            )
        if self.method == "GET":
            responses.setdefault("304", {"description": "Not modified since the given validator."})
        return responses

    def _searches(self) -> bool:
        """Whether this operation takes the full-text search parameter ``q`` (it may 503)."""
        filterset = getattr(self.view, "filterset_class", None)
        return self._is_list_view() and filterset is not None and "q" in filterset.base_filters

    def _get_response_headers_for_code(self, status_code, direction="response") -> dict:
        headers = super()._get_response_headers_for_code(status_code, direction)
        if status_code in ("429", "503"):
            headers["Retry-After"] = RETRY_AFTER
        if status_code == "200" and self.method == "GET":
            headers.update(CACHE_HEADERS)
        return headers
