"""Site-wide URLs that browsers and operators expect."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_favicon_is_served_where_browsers_ask_for_it(client, settings):
    settings.DEBUG = True  # as under `make run`: WhiteNoise serves from the apps' folders
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/favicon.ico"
    icon = client.get(response["Location"])
    assert icon.status_code == 200
    body = b"".join(icon.streaming_content)
    assert body == (ROOT / "config/static/favicon.ico").read_bytes()
    assert body[:4] == b"\x00\x00\x01\x00"  # an ICO file's signature
