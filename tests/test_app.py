"""The app as a whole: OpenAPI, offline API docs, security headers, static files."""

from __future__ import annotations


def test_openapi_lists_the_api_and_no_pages(anonymous):
    spec = anonymous.get("/api/openapi.json").json()
    paths = spec["paths"]
    assert "/api/journal" in paths and "/api/alerts/{alert_id}" in paths
    assert not any(not p.startswith("/api/") for p in paths), "HTML pages must stay out of the API docs"


def test_api_docs_work_without_a_cdn(anonymous):
    page = anonymous.get("/api/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower() and "/api/docs/assets/swagger-ui-bundle.js" in page.text
    assert anonymous.get("/api/docs/assets/swagger-ui-bundle.js").status_code == 200


def test_security_headers_and_no_store(anonymous):
    response = anonymous.get("/login")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"


def test_htmx_is_served_from_the_package(anonymous):
    response = anonymous.get("/static/htmx.min.js")
    assert response.status_code == 200 and "htmx" in response.text[:2000]


def test_unknown_page_is_a_friendly_404(anonymous):
    response = anonymous.get("/no-such-page")
    assert response.status_code == 404 and "<h1>" in response.text and "Traceback" not in response.text
    assert anonymous.get("/api/no-such").json() == {"detail": "Not Found"}
