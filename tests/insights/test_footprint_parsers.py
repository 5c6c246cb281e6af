"""The footprint parsers and the daily reduction, without a database: each format to known daily values
in Europe/Amsterdam (a night across midnight, the spring DST change), and malformed input named by
line or element."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime

import pytest

from alongside.errors import InvalidInput
from alongside.insights.service import footprint_apple, footprint_csv, footprint_google
from alongside.insights.service.footprint_daily import Sample, reduce_daily
from tests.insights.conftest import (
    AMSTERDAM,
    APPLE_DAYS,
    CSV_DAYS,
    FITBIT_DAYS,
    GOOGLE_FIT_DAYS,
    STEPS,
    apple_xml,
    record,
)


def as_strings(features: dict[date, dict[str, float]]) -> dict[str, dict[str, float]]:
    return {day.isoformat(): values for day, values in features.items()}


class TestApple:
    def test_xml_to_daily_values(self, apple_xml_path):
        daily = reduce_daily(footprint_apple.iter_file(apple_xml_path, zipped=False), AMSTERDAM)
        assert as_strings(daily.features) == APPLE_DAYS

    def test_zip_is_read_without_extracting(self, apple_zip_path):
        daily = reduce_daily(footprint_apple.iter_file(apple_zip_path, zipped=True), AMSTERDAM)
        assert as_strings(daily.features) == APPLE_DAYS

    def test_samples_are_normalized(self, apple_xml_path):
        first = next(footprint_apple.iter_file(apple_xml_path, zipped=False))
        assert first.metric == "steps" and first.value == 120 and first.unit == "count" and first.source == "iPhone"
        assert first.start == datetime(2024, 1, 10, 8, 0, tzinfo=UTC)

    def test_in_bed_is_not_sleep(self):
        in_bed = record(
            footprint_apple.SLEEP, "iPhone", "2024-01-10 23:00:00 +0100", "2024-01-11 07:00:00 +0100",
            "HKCategoryValueSleepAnalysisInBed", "",
        )  # fmt: skip
        samples = list(footprint_apple.iter_samples(io.BytesIO(apple_xml([in_bed]).encode())))
        assert samples == []

    def test_another_time_zone_moves_the_day(self, apple_xml_path):
        daily = reduce_daily(footprint_apple.iter_file(apple_xml_path, zipped=False), UTC)
        assert daily.features[date(2024, 1, 10)]["steps"] == 470  # the iPhone's 23:30 UTC sample too

    def test_malformed_xml_names_line_and_column(self):
        broken = apple_xml().replace("</Workout>", "</Workou>")
        line = broken.splitlines().index(" </Workou>") + 1
        with pytest.raises(InvalidInput) as caught:
            list(footprint_apple.iter_samples(io.BytesIO(broken.encode()), "export.xml"))
        assert f"export.xml, line {line}, column" in caught.value.message
        assert "mismatched tag" in caught.value.message

    def test_bad_value_names_the_record_and_line(self):
        bad = record(STEPS, "iPhone", "2024-01-10 09:00:00 +0100", "2024-01-10 09:10:00 +0100", "lots")
        text = apple_xml([bad])
        line = text.splitlines().index(bad.rstrip("\n")) + 1
        with pytest.raises(InvalidInput) as caught:
            list(footprint_apple.iter_samples(io.BytesIO(text.encode()), "export.xml"))
        assert f"line {line}" in caught.value.message and STEPS in caught.value.message

    def test_bad_date_is_named(self):
        bad = record(STEPS, "iPhone", "2024-01-10T09:00:00Z", "2024-01-10 09:10:00 +0100", "5")
        with pytest.raises(InvalidInput, match="startDate"):
            list(footprint_apple.iter_samples(io.BytesIO(apple_xml([bad]).encode())))

    def test_entities_are_refused(self):
        text = apple_xml().replace("]>", '<!ENTITY lol "lol">\n]>', 1)
        with pytest.raises(InvalidInput, match="entity"):
            list(footprint_apple.iter_samples(io.BytesIO(text.encode())))

    def test_zip_without_export(self, tmp_path):
        path = tmp_path / "export.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("notes.txt", "hello")
        with pytest.raises(InvalidInput, match="no export.xml"):
            list(footprint_apple.iter_file(path, zipped=True))


class TestGoogle:
    def test_fit_takeout(self, google_fit_zip):
        items = footprint_google.iter_file(google_fit_zip, filename=google_fit_zip.name, tz=AMSTERDAM)
        assert as_strings(reduce_daily(items, AMSTERDAM).features) == GOOGLE_FIT_DAYS

    def test_fitbit_export(self, fitbit_zip):
        items = footprint_google.iter_file(fitbit_zip, filename=fitbit_zip.name, tz=AMSTERDAM)
        assert as_strings(reduce_daily(items, AMSTERDAM).features) == FITBIT_DAYS

    def test_single_fitbit_file(self, tmp_path):
        path = tmp_path / "resting_heart_rate-2024-01-10.json"
        path.write_text('[{"dateTime": "01/10/24 00:00:00", "value": {"date": "01/10/24", "value": 57.0}}]')
        items = footprint_google.iter_file(path, filename=path.name, tz=AMSTERDAM)
        assert reduce_daily(items, AMSTERDAM).features == {date(2024, 1, 10): {"resting_hr": 57.0}}

    def test_per_day_fit_files_when_there_is_no_summary(self, tmp_path):
        path = tmp_path / "takeout.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr(
                "Takeout/Fit/Daily activity metrics/2024-01-10.csv",
                "Start time,End time,Step count\n23:45:00.000+00:00,00:00:00.000+00:00,30\n"
                "09:00:00.000+00:00,09:15:00.000+00:00,70\n",
            )
        items = footprint_google.iter_file(path, filename=path.name, tz=AMSTERDAM)
        features = reduce_daily(items, AMSTERDAM).features
        assert features == {date(2024, 1, 10): {"steps": 70}, date(2024, 1, 11): {"steps": 30}}

    def test_malformed_fitbit_entry_is_named(self, tmp_path):
        path = tmp_path / "steps-2024-01-10.json"
        path.write_text('[{"dateTime": "01/10/24 08:00:00", "value": "1"}, {"dateTime": "yesterday", "value": "2"}]')
        with pytest.raises(InvalidInput, match=r"steps-2024-01-10.json, entry 2"):
            list(footprint_google.iter_file(path, filename=path.name, tz=AMSTERDAM))

    def test_malformed_summary_line_is_named(self, tmp_path):
        path = tmp_path / "Daily activity metrics.csv"
        path.write_text("Date,Step count\n2024-01-10,10\n2024-01-11,many\n")
        with pytest.raises(InvalidInput, match="line 3"):
            list(footprint_google.iter_file(path, filename=path.name, tz=AMSTERDAM))


class TestGenericCsv:
    def test_every_metric(self, csv_path):
        daily = reduce_daily(footprint_csv.iter_file(csv_path), AMSTERDAM)
        assert as_strings(daily.features) == CSV_DAYS

    @pytest.mark.parametrize(
        ("line", "message"),
        [
            ("2024-01-12,mood,7", "line 3: unknown metric 'mood'"),
            ("12-01-2024,steps,7", "line 3: '12-01-2024' is not a date"),
            ("2024-01-12,steps,seven", "line 3: 'seven' is not a number"),
            ("2024-01-12,sleep_start,half past eleven", "line 3: 'half past eleven' is not a time"),
            ("2024-01-12,sleep_hours,30", "line 3: '30' is out of range"),
            ("2024-01-12,steps", "line 3: expected 3 fields"),
        ],
    )
    def test_bad_line_is_named(self, line, message):
        text = f"date,metric,value\n2024-01-11,steps,10\n{line}\n2024-01-13,steps,10\n"
        with pytest.raises(InvalidInput) as caught:
            list(footprint_csv.iter_rows(io.StringIO(text), "phone.csv"))
        assert caught.value.message.startswith(f"phone.csv, {message}")
        assert caught.value.field == "file"

    def test_header_is_required(self):
        with pytest.raises(InvalidInput, match="line 1"):
            list(footprint_csv.iter_rows(io.StringIO("day,what,amount\n2024-01-11,steps,10\n")))

    def test_a_caller_file_stays_open(self, csv_path):
        with csv_path.open("rb") as handle:
            assert len(list(footprint_csv.iter_file(handle, filename="phone.csv"))) == 12
            assert not handle.closed


class TestReduction:
    def test_overlapping_sleep_of_one_source_counts_once(self):
        def sleep(start_hour: int, end_hour: int) -> Sample:
            start = datetime(2024, 1, 10, start_hour, tzinfo=UTC)
            end = datetime(2024, 1, 10, end_hour, tzinfo=UTC)
            return Sample("sleep", start, end, end_hour - start_hour, "h", "Watch")

        features = reduce_daily([sleep(1, 5), sleep(3, 7)], UTC).features
        assert features[date(2024, 1, 10)]["sleep_hours"] == 6.0

    def test_a_nap_does_not_move_bedtime(self):
        night = Sample("sleep", datetime(2024, 1, 9, 23, tzinfo=UTC), datetime(2024, 1, 10, 7, tzinfo=UTC), 8, "h")
        nap = Sample("sleep", datetime(2024, 1, 10, 14, tzinfo=UTC), datetime(2024, 1, 10, 15, tzinfo=UTC), 1, "h")
        values = reduce_daily([night, nap], UTC).features[date(2024, 1, 10)]
        assert values == {"sleep_hours": 9.0, "sleep_start": -1.0, "sleep_mid": 3.0, "sleep_end": 7.0}

    def test_sleep_ending_in_the_evening_counts_for_the_next_day(self):
        late = Sample("sleep", datetime(2024, 1, 10, 19, tzinfo=UTC), datetime(2024, 1, 10, 20, tzinfo=UTC), 1, "h")
        assert list(reduce_daily([late], UTC).features) == [date(2024, 1, 11)]
