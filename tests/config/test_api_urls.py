"""The API under /api/v1/ is composed in ``config`` from each app's own endpoints.

The paths, operations and URL names are pinned here: moving where routes are
registered must not change what the API answers or what its schema says.
"""

import ast
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]

# Every path of the OpenAPI schema, its methods and their operation ids.
SCHEMA_OPERATIONS = {
    "/api/v1/claims/": {"get": "claims_list", "post": "claims_create"},
    "/api/v1/claims/{id}/": {"get": "claims_retrieve", "patch": "claims_partial_update"},
    "/api/v1/claims/{id}/reopen/": {"post": "claims_reopen_create"},
    "/api/v1/claims/{id}/resolve/": {"post": "claims_resolve_create"},
    "/api/v1/sources/": {"get": "sources_list"},
    "/api/v1/sources/{id}/": {"get": "sources_retrieve"},
    "/api/v1/speakers/": {"get": "speakers_list"},
    "/api/v1/speakers/{slug}/": {"get": "speakers_retrieve"},
    "/api/v1/speakers/{slug}/claims/": {"get": "speakers_claims_list"},
    "/api/v1/topics/": {"get": "topics_list"},
    "/api/v1/topics/{slug}/": {"get": "topics_retrieve"},
}

# Every URL name in the "api-v1" namespace, with the arguments it takes and its path.
URL_NAMES = [
    ("api-root", {}, "/api/v1/"),
    ("claim-list", {}, "/api/v1/claims/"),
    ("claim-detail", {"pk": 7}, "/api/v1/claims/7/"),
    ("claim-resolve", {"pk": 7}, "/api/v1/claims/7/resolve/"),
    ("claim-reopen", {"pk": 7}, "/api/v1/claims/7/reopen/"),
    ("source-list", {}, "/api/v1/sources/"),
    ("source-detail", {"pk": 3}, "/api/v1/sources/3/"),
    ("topic-list", {}, "/api/v1/topics/"),
    ("topic-detail", {"slug": "ai"}, "/api/v1/topics/ai/"),
    ("speaker-list", {}, "/api/v1/speakers/"),
    ("speaker-detail", {"slug": "noam-shazeer"}, "/api/v1/speakers/noam-shazeer/"),
    ("speaker-claims", {"slug": "noam-shazeer"}, "/api/v1/speakers/noam-shazeer/claims/"),
]


def test_the_schema_lists_exactly_the_pinned_paths_and_operations(client):
    schema = client.get("/api/schema/?format=json").json()
    operations = {
        path: {method: operation["operationId"] for method, operation in methods.items()}
        for path, methods in schema["paths"].items()
    }
    assert operations == SCHEMA_OPERATIONS


@pytest.mark.parametrize(("name", "kwargs", "path"), URL_NAMES)
def test_each_api_url_name_reverses_to_its_path(name, kwargs, path):
    assert reverse(f"api-v1:{name}", kwargs=kwargs) == path


def test_the_api_namespace_has_no_url_names_beyond_the_pinned_ones():
    from django.urls import get_resolver

    namespace = get_resolver().namespace_dict["api-v1"][1]
    names = {key for key in namespace.reverse_dict if isinstance(key, str)}
    assert names == {name for name, _, _ in URL_NAMES}


@pytest.mark.django_db
def test_the_api_root_lists_every_collection(client):
    response = client.get("/api/v1/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json() == {
        "claims": "http://testserver/api/v1/claims/",
        "sources": "http://testserver/api/v1/sources/",
        "topics": "http://testserver/api/v1/topics/",
        "speakers": "http://testserver/api/v1/speakers/",
    }


def test_an_unknown_api_path_is_a_json_404(client):
    response = client.get("/api/v1/no-such-collection/", HTTP_ACCEPT="application/json")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def imported_modules(package: str) -> dict[str, set[str]]:
    """Each module file of ``package`` (relative path) and the modules it imports."""
    found = {}
    for file in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(file.read_text(), filename=str(file))
        names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[str(file.relative_to(ROOT))] = names
    return found


def test_claims_never_imports_tracker():
    offending = {
        path: sorted(name for name in names if name.split(".")[0] == "tracker")
        for path, names in imported_modules("claims").items()
    }
    assert {path: names for path, names in offending.items() if names} == {}


def test_tracker_does_not_assemble_the_claims_routes():
    offending = {
        path: sorted(name for name in names if name.startswith("claims.api.urls"))
        for path, names in imported_modules("tracker").items()
    }
    assert {path: names for path, names in offending.items() if names} == {}
