"""The site talks to itself only: a strict Content-Security-Policy, no external resources."""

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

SITE_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self'",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def pages(record) -> list[str]:
    return [
        "/",
        "/claims/",
        "/claims/?q=video",
        f"/claims/{record.resolved.pk}/short-form-video-will-be-generated-at-high-resolution/",
        "/speakers/",
        "/speakers/emma-stratton/",
        f"/sources/{record.source.pk}/",
        "/topics/generative-video/",
        "/no-such-page/",
    ]


def policy_of(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";") if part.strip())


def test_every_page_allows_only_the_site_itself(client, record):
    for url in pages(record):
        assert policy_of(client.get(url)) == SITE_POLICY, url


def resource_addresses(html: str) -> list[str]:
    """Everything a browser would fetch by itself to show the page."""
    soup = BeautifulSoup(html, "html.parser")
    found = [tag["src"] for tag in soup.find_all(src=True)]
    for link in soup.find_all("link", href=True):
        if set(link.get("rel", [])) & {"stylesheet", "icon", "preload", "preconnect", "manifest"}:
            found.append(link["href"])
    found += re.findall(r"url\(([^)]+)\)", html)
    return found


def test_pages_load_nothing_from_other_hosts_and_need_no_inline_code(client, record):
    for url in pages(record):
        html = client.get(url).content.decode()
        for address in resource_addresses(html):
            assert not urlsplit(address).netloc, (url, address)
        soup = BeautifulSoup(html, "html.parser")
        assert not soup.find_all(style=True), url
        for script in soup.find_all("script"):
            assert script.get("src") or script.get("type") == "application/ld+json", url
        assert not any(
            attribute.startswith("on") for tag in soup.find_all(True) for attribute in tag.attrs
        ), url


def test_the_stylesheet_uses_system_fonts_only(client):
    from django.contrib.staticfiles import finders

    css = open(finders.find("tracker/site.css"), encoding="utf-8").read()  # noqa: SIM115
    assert "@font-face" not in css
    assert "@import" not in css
    assert not re.search(r"url\(\s*['\"]?https?:", css)


@pytest.mark.parametrize("url", ["/api/redoc/", "/api/docs/"])
def test_the_api_documentation_loads_from_the_site_with_no_web_fonts(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "fonts.googleapis" not in html
    assert "fonts.gstatic" not in html
    for address in resource_addresses(html):
        assert not urlsplit(address).netloc, address
    soup = BeautifulSoup(html, "html.parser")
    assert all(script.get("src") for script in soup.find_all("script")), "no inline scripts"
    policy = policy_of(response)
    assert policy["script-src"] == "'self'"
    assert policy["connect-src"] == "'self'"
    assert policy["font-src"] == "'self'"
    # Redoc's and Swagger UI's components draw icons from data: URLs; Redoc adds
    # <style> elements, allowed by the page's nonce only.
    assert policy["img-src"] == "'self' data:"
    if url == "/api/redoc/":
        nonce = re.fullmatch(r"'self' 'nonce-([A-Za-z0-9+/=]+)'", policy["style-src"]).group(1)
        assert [script.get("nonce") for script in soup.find_all("script")] == [nonce, nonce]
    else:
        assert policy["style-src"] == "'self'"


def test_the_redoc_start_script_sets_system_fonts(client):
    from django.contrib.staticfiles import finders

    script = open(finders.find("tracker/redoc-init.js"), encoding="utf-8").read()  # noqa: SIM115
    assert "system-ui" in script
    assert "Montserrat" not in script


def test_the_redoc_bundle_is_served_with_its_logo_from_the_site(client):
    response = client.get("/api/redoc/redoc.standalone.js")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    body = response.content.decode()
    assert "cdn.redoc.ly" not in body
    assert 'src:"/static/favicon.svg"' in body
    assert 'alt:"Claims tracker"' in body
    assert "r.nc=document.currentScript&&document.currentScript.nonce||void 0;" in body
    page = client.get("/api/redoc/").content.decode()
    assert '<script src="/api/redoc/redoc.standalone.js" nonce="' in page


@pytest.mark.parametrize("url", ["/admin/login/", "/api/v1/claims/"])
def test_the_admin_and_api_pages_have_the_sites_policy(client, url):
    assert policy_of(client.get(url)) == SITE_POLICY
