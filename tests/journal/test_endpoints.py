from __future__ import annotations

from tests.personas import BEN_PRIVATE


class TestJournalApi:
    def test_create_read_update_delete(self, personas, as_user):
        ben = as_user(personas.client_ben)
        created = ben.post("/api/journal", json={"title": "Today", "body": "A calm day."})
        assert created.status_code == 201
        entry = created.json()
        assert entry["shared"] is False
        assert ben.get(f"/api/journal/{entry['id']}").json()["body"] == "A calm day."
        patched = ben.patch(f"/api/journal/{entry['id']}", json={"shared": True})
        assert patched.json()["shared"] is True and patched.json()["body"] == "A calm day."
        assert ben.delete(f"/api/journal/{entry['id']}").status_code == 204
        assert ben.get(f"/api/journal/{entry['id']}").status_code == 404

    def test_empty_body_is_a_field_error(self, personas, as_user):
        response = as_user(personas.client_ben).post("/api/journal", json={"body": "   "})
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "body"

    def test_therapist_cannot_write_into_a_clients_journal(self, personas, as_user):
        ana = as_user(personas.therapist_ana)
        assert ana.post("/api/journal", json={"body": "x"}).status_code == 404
        assert ana.patch(f"/api/journal/{personas.ben_shared_entry.id}", json={"body": "x"}).status_code == 404

    def test_list_is_paginated(self, personas, as_user):
        ben = as_user(personas.client_ben)
        for i in range(3):
            ben.post("/api/journal", json={"body": f"entry {i}"})
        page = ben.get("/api/journal?limit=2").json()
        assert page["total"] == 5 and len(page["items"]) == 2
        assert ben.get("/api/journal?limit=0").status_code == 422


class TestJournalPages:
    def test_write_and_share_from_the_page(self, personas, as_user):
        ben = as_user(personas.client_ben)
        response = ben.post(
            "/journal/new", data={"title": "", "body": "Wrote this on my phone", "shared": "on"}, follow_redirects=False
        )
        assert response.status_code == 303
        page = ben.get(response.headers["location"])
        assert "Wrote this on my phone" in page.text and "Shared with your therapist." in page.text

    def test_empty_body_keeps_the_title_and_shows_the_error(self, personas, as_user):
        ben = as_user(personas.client_ben)
        response = ben.post("/journal/new", data={"title": "Kept title", "body": ""})
        assert response.status_code == 422
        assert 'value="Kept title"' in response.text and 'id="body-error"' in response.text

    def test_htmx_share_toggle_returns_a_partial(self, personas, as_user):
        ben = as_user(personas.client_ben)
        response = ben.post(
            f"/journal/{personas.ben_private_entry.id}/share", data={"shared": "1"}, headers={"HX-Request": "true"}
        )
        assert response.status_code == 200
        assert response.text.lstrip().startswith("<form") and "<html" not in response.text
        assert "Make private" in response.text

    def test_list_page(self, personas, as_user):
        assert BEN_PRIVATE[:20] in as_user(personas.client_ben).get("/journal").text
