"""Importing footprint files into the database: who may (the client; a therapist under the footprint
consent; never an outsider or an admin), nothing partial kept from a malformed file, the same file
twice adds nothing, a newer file replaces its source's days, and every import and read is audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from alongside.care import service as care_service
from alongside.care.schemas import Consent
from alongside.errors import InvalidInput, NotFound
from alongside.insights.models import FootprintDay, FootprintImport
from alongside.insights.service import footprint
from alongside.privacy.models import AuditEntry
from tests.insights.conftest import AMSTERDAM, APPLE_DAYS, CSV_DAYS, FITBIT_DAYS, GOOGLE_FIT_DAYS, apple_xml

JANUARY = (date(2024, 1, 1), date(2024, 4, 30))


def counts(session) -> tuple[int, int]:
    return (
        session.scalar(select(func.count()).select_from(FootprintImport)),
        session.scalar(select(func.count()).select_from(FootprintDay)),
    )


def as_strings(features):
    return {day.isoformat(): values for day, values in features.items()}


def share_footprint(session, personas):
    care_service.update_consent(
        session,
        personas.actor("client_ben"),
        personas.ben_link.id,
        Consent(checkins=True, journal=True, questionnaires=True, companion=True, footprint=True),
    )


class TestImportFootprint:
    @pytest.mark.parametrize(
        ("fixture", "fmt", "expected"),
        [
            ("apple_zip_path", "apple_health", APPLE_DAYS),
            ("apple_xml_path", "apple_health", APPLE_DAYS),
            ("google_fit_zip", "google", GOOGLE_FIT_DAYS),
            ("fitbit_zip", "google", FITBIT_DAYS),
            ("csv_path", "csv", CSV_DAYS),
        ],
    )
    def test_client_imports_own_file(self, session, personas, request, fixture, fmt, expected):
        path = request.getfixturevalue(fixture)
        ben = personas.actor("client_ben")
        result = footprint.import_footprint(session, ben, ben.user_id, path, filename=path.name, tz=AMSTERDAM)
        assert (result.format, result.days, result.already_imported) == (fmt, len(expected), False)
        assert as_strings(footprint.daily_footprint(session, ben, ben.user_id, *JANUARY)) == expected

    def test_open_file_and_client_time_zone(self, session, personas, apple_zip_path):
        ben = personas.actor("client_ben")  # lives in Europe/Amsterdam (the default)
        with apple_zip_path.open("rb") as handle:
            result = footprint.import_footprint(session, ben, ben.user_id, handle, filename="export.zip")
        assert result.first_day == date(2024, 1, 10) and result.last_day == date(2024, 3, 31)

    def test_import_is_audited(self, session, personas, csv_path):
        ben = personas.actor("client_ben")
        result = footprint.import_footprint(session, ben, ben.user_id, csv_path, filename=csv_path.name)
        entry = session.scalar(select(AuditEntry).where(AuditEntry.event == "FOOTPRINT_IMPORTED"))
        assert (entry.actor_id, entry.subject_id, entry.object_id) == (ben.user_id, ben.user_id, result.id)
        assert entry.extra["format"] == "csv" and entry.extra["days"] == 2

    def test_reimport_adds_nothing(self, session, personas, apple_zip_path):
        ben = personas.actor("client_ben")
        first = footprint.import_footprint(session, ben, ben.user_id, apple_zip_path, filename="export.zip")
        before = counts(session)
        again = footprint.import_footprint(session, ben, ben.user_id, apple_zip_path, filename="export (1).zip")
        assert again.already_imported and again.id == first.id and again.created_at == first.created_at
        assert counts(session) == before

    def test_newer_file_replaces_the_days_it_covers(self, session, personas, tmp_path):
        ben = personas.actor("client_ben")
        old, new = tmp_path / "old.csv", tmp_path / "new.csv"
        old.write_text("date,metric,value\n2024-01-10,steps,100\n2024-01-10,calls,2\n2024-01-11,steps,200\n")
        new.write_text("date,metric,value\n2024-01-11,steps,250\n2024-01-12,steps,300\n")
        footprint.import_footprint(session, ben, ben.user_id, old, filename=old.name)
        footprint.import_footprint(session, ben, ben.user_id, new, filename=new.name)
        days = as_strings(footprint.daily_footprint(session, ben, ben.user_id, *JANUARY))
        assert days == {
            "2024-01-10": {"steps": 100, "calls": 2},
            "2024-01-11": {"steps": 250},
            "2024-01-12": {"steps": 300},
        }
        assert counts(session) == (2, 4)

    def test_sources_are_kept_apart_and_the_latest_import_wins(self, session, personas, csv_path, apple_xml_path):
        ben = personas.actor("client_ben")
        footprint.import_footprint(session, ben, ben.user_id, apple_xml_path, filename="export.xml")
        footprint.import_footprint(session, ben, ben.user_id, csv_path, filename=csv_path.name)
        days = footprint.daily_footprint(session, ben, ben.user_id, *JANUARY)
        assert days[date(2024, 1, 10)]["steps"] == 5000  # the CSV, imported last
        assert days[date(2024, 1, 11)]["sleep_hours"] == 7.25  # only Apple has it

    @pytest.mark.parametrize(
        ("name", "text", "where"),
        [
            ("export.xml", apple_xml().replace("</Workout>", "</Workou>"), "export.xml, line 36, column"),
            ("phone.csv", "date,metric,value\n2024-01-10,steps,5\n2024-01-11,mood,3\n", "line 3"),
        ],
    )
    def test_malformed_file_keeps_nothing(self, session, personas, tmp_path, name, text, where):
        path = tmp_path / name
        path.write_text(text)
        ben = personas.actor("client_ben")
        with pytest.raises(InvalidInput) as caught:
            footprint.import_footprint(session, ben, ben.user_id, path, filename=name)
        assert where in caught.value.message
        assert counts(session) == (0, 0)
        assert session.scalar(select(AuditEntry).where(AuditEntry.event == "FOOTPRINT_IMPORTED")) is None

    def test_unknown_file_type(self, session, personas, tmp_path):
        path = tmp_path / "notes.txt"
        path.write_text("hello")
        ben = personas.actor("client_ben")
        with pytest.raises(InvalidInput, match="not a file this import reads"):
            footprint.import_footprint(session, ben, ben.user_id, path, filename=path.name)

    def test_outsider_therapist_gets_404(self, session, personas, csv_path):
        with pytest.raises(NotFound):
            footprint.import_footprint(
                session, personas.actor("outsider_therapist"), personas.client_ben.id, csv_path, filename="a.csv"
            )
        assert counts(session) == (0, 0)

    def test_therapist_without_footprint_consent_gets_404(self, session, personas, csv_path):
        with pytest.raises(NotFound):
            footprint.import_footprint(
                session, personas.actor("therapist_ana"), personas.client_ben.id, csv_path, filename="a.csv"
            )
        assert counts(session) == (0, 0)

    def test_therapist_with_consent_imports(self, session, personas, csv_path):
        share_footprint(session, personas)
        ana, ben_id = personas.actor("therapist_ana"), personas.client_ben.id
        result = footprint.import_footprint(session, ana, ben_id, csv_path, filename="phone.csv")
        row = session.get(FootprintImport, result.id)
        assert (row.client_id, row.imported_by_id) == (ben_id, ana.user_id)
        assert footprint.daily_footprint(session, ana, ben_id, *JANUARY)[date(2024, 1, 10)]["unlocks"] == 64

    def test_another_client_and_admin_get_404(self, session, personas, csv_path):
        for name in ("client_cleo", "admin_ada"):
            with pytest.raises(NotFound):
                footprint.import_footprint(
                    session, personas.actor(name), personas.client_ben.id, csv_path, filename="a.csv"
                )
        assert counts(session) == (0, 0)


class TestDailyFootprint:
    def test_read_is_audited(self, session, personas, csv_path):
        ben = personas.actor("client_ben")
        footprint.import_footprint(session, ben, ben.user_id, csv_path, filename=csv_path.name)
        share_footprint(session, personas)
        ana = personas.actor("therapist_ana")
        assert len(footprint.daily_footprint(session, ana, ben.user_id, date(2024, 1, 11), date(2024, 1, 31))) == 1
        entry = session.scalar(
            select(AuditEntry).where(AuditEntry.event == "FOOTPRINT_VIEWED", AuditEntry.actor_id == ana.user_id)
        )
        assert entry.subject_id == ben.user_id and entry.extra["days"] == 1

    def test_consent_withdrawn_hides_it(self, session, personas, csv_path):
        ben = personas.actor("client_ben")
        footprint.import_footprint(session, ben, ben.user_id, csv_path, filename=csv_path.name)
        with pytest.raises(NotFound):
            footprint.daily_footprint(session, personas.actor("therapist_ana"), ben.user_id, *JANUARY)
        with pytest.raises(NotFound):
            footprint.list_imports(session, personas.actor("outsider_therapist"), ben.user_id)
        assert [i.filename for i in footprint.list_imports(session, ben, ben.user_id)] == ["phone.csv"]
