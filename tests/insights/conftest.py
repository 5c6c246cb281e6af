"""Small footprint exports written to ``tmp_path``, with their daily values known by hand (client in
Europe/Amsterdam): Apple Health (xml and zip), Google Fit and Fitbit Takeout zips, the generic CSV."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

APPLE_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Workout|ActivitySummary)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
<!ELEMENT Record ((MetadataEntry)*)>
<!ATTLIST Record type CDATA #REQUIRED unit CDATA #IMPLIED value CDATA #IMPLIED sourceName CDATA #REQUIRED
  startDate CDATA #REQUIRED endDate CDATA #REQUIRED creationDate CDATA #IMPLIED>
]>
<HealthData locale="nl_NL">
 <ExportDate value="2024-04-01 10:00:00 +0200"/>
 <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexMale"/>
"""
STEPS = "HKQuantityTypeIdentifierStepCount"
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
RHR = "HKQuantityTypeIdentifierRestingHeartRate"
HR = "HKQuantityTypeIdentifierHeartRate"
IN_BED, AWAKE = "HKCategoryValueSleepAnalysisInBed", "HKCategoryValueSleepAnalysisAwake"
CORE, DEEP = "HKCategoryValueSleepAnalysisAsleepCore", "HKCategoryValueSleepAnalysisAsleepDeep"


def record(kind: str, source: str, start: str, end: str, value: str, unit: str = "count", meta: bool = False) -> str:
    head = (
        f' <Record type="{kind}" sourceName="{source}" unit="{unit}" creationDate="{end}" '
        f'startDate="{start}" endDate="{end}" value="{value}"'
    )
    if meta:
        return head + '>\n  <MetadataEntry key="HKMetadataKeySyncVersion" value="2"/>\n </Record>\n'
    return head + "/>\n"


APPLE_RECORDS = [
    # 10 January: the iPhone counts 420 steps, the Watch 350 of the same walking: the iPhone's total is kept.
    record(STEPS, "iPhone", "2024-01-10 09:00:00 +0100", "2024-01-10 09:10:00 +0100", "120", meta=True),
    record(STEPS, "iPhone", "2024-01-10 15:00:00 +0100", "2024-01-10 15:10:00 +0100", "300"),
    record(STEPS, "Watch", "2024-01-10 09:00:00 +0100", "2024-01-10 09:10:00 +0100", "100"),
    record(STEPS, "Watch", "2024-01-10 15:00:00 +0100", "2024-01-10 15:10:00 +0100", "250"),
    # 23:30 UTC is 00:30 on the 11th in Amsterdam.
    record(STEPS, "iPhone", "2024-01-10 23:30:00 +0000", "2024-01-10 23:40:00 +0000", "50"),
    record(RHR, "Watch", "2024-01-10 08:00:00 +0100", "2024-01-10 08:00:00 +0100", "58", "count/min"),
    record(RHR, "Watch", "2024-01-10 20:00:00 +0100", "2024-01-10 20:00:00 +0100", "60", "count/min"),
    # The night into 11 January crosses midnight: 23:15–03:00 core, awake 03:00–03:15, 03:15–06:45 deep.
    record(SLEEP, "iPhone", "2024-01-10 22:30:00 +0100", "2024-01-11 07:00:00 +0100", IN_BED, ""),
    record(SLEEP, "Watch", "2024-01-10 23:15:00 +0100", "2024-01-11 03:00:00 +0100", CORE, ""),
    record(SLEEP, "Watch", "2024-01-11 03:00:00 +0100", "2024-01-11 03:15:00 +0100", AWAKE, ""),
    record(SLEEP, "Watch", "2024-01-11 03:15:00 +0100", "2024-01-11 06:45:00 +0100", DEEP, "", meta=True),
    # The clocks go forward at 02:00 on 31 March: 23:00 to 07:00 on the clock is 7 hours asleep.
    record(SLEEP, "Watch", "2024-03-30 23:00:00 +0100", "2024-03-31 07:00:00 +0200", CORE, ""),
    record(STEPS, "iPhone", "2024-03-30 23:30:00 +0000", "2024-03-30 23:35:00 +0000", "5"),
    record(STEPS, "iPhone", "2024-03-31 01:30:00 +0100", "2024-03-31 01:35:00 +0100", "10"),
    record(STEPS, "iPhone", "2024-03-31 23:30:00 +0200", "2024-03-31 23:35:00 +0200", "20"),
    # Not mapped: heart rate, a workout and an activity summary.
    record(HR, "Watch", "2024-01-10 09:00:00 +0100", "2024-01-10 09:00:00 +0100", "91", "count/min", meta=True),
    ' <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="30" startDate="2024-01-10 18:00:00 +0100"'
    ' endDate="2024-01-10 18:30:00 +0100">\n  <MetadataEntry key="HKIndoorWorkout" value="0"/>\n </Workout>\n',
    ' <ActivitySummary dateComponents="2024-01-10" activeEnergyBurned="412"/>\n',
]  # fmt: skip
APPLE_FOOTER = "</HealthData>\n"

APPLE_DAYS = {
    "2024-01-10": {"steps": 420, "resting_hr": 59.0},
    "2024-01-11": {"steps": 50, "sleep_hours": 7.25, "sleep_start": -0.75, "sleep_mid": 3.0, "sleep_end": 6.75},
    "2024-03-31": {"steps": 35, "sleep_hours": 7.0, "sleep_start": -1.0, "sleep_mid": 3.5, "sleep_end": 7.0},
}


def apple_xml(records: list[str] | None = None) -> str:
    return APPLE_HEAD + "".join(APPLE_RECORDS if records is None else records) + APPLE_FOOTER


@pytest.fixture
def apple_xml_path(tmp_path: Path) -> Path:
    path = tmp_path / "export.xml"
    path.write_text(apple_xml(), encoding="utf-8")
    return path


@pytest.fixture
def apple_zip_path(tmp_path: Path) -> Path:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("apple_health_export/export.xml", apple_xml())
        archive.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
        archive.writestr("apple_health_export/workout-routes/route_2024-01-10.gpx", "<gpx/>")
    return path


FIT_SUMMARY = """Date,Move Minutes count,Calories (kcal),Distance (m),Heart Points,Step count,Average speed (m/s)
2024-01-10,45,1900.5,3500.2,20,4321,1.1
2024-01-11,12,1700.1,900.0,4,,0.9
2024-01-12,30,1800.0,2000.0,8,2500,1.0
"""
FIT_PER_DAY = """Start time,End time,Move Minutes count,Step count
09:00:00.000+01:00,09:15:00.000+01:00,10,999
"""
FIT_SLEEP = {
    "fitnessActivity": "sleep",
    "startTime": "2024-01-10T22:00:00.000Z",
    "endTime": "2024-01-11T05:30:00.000Z",
    "duration": "27000s",
}
FIT_WALK = {"fitnessActivity": "walking", "startTime": "2024-01-10T10:00:00.000Z", "endTime": "2024-01-10T11:00:00Z"}
GOOGLE_FIT_DAYS = {
    "2024-01-10": {"steps": 4321},
    "2024-01-11": {"sleep_hours": 7.5, "sleep_start": -1.0, "sleep_mid": 2.75, "sleep_end": 6.5},
    "2024-01-12": {"steps": 2500},
}


@pytest.fixture
def google_fit_zip(tmp_path: Path) -> Path:
    path = tmp_path / "takeout-20240201T101010Z-001.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Takeout/Fit/Daily activity metrics/Daily activity metrics.csv", FIT_SUMMARY)
        archive.writestr("Takeout/Fit/Daily activity metrics/2024-01-10.csv", FIT_PER_DAY)  # the summary wins
        archive.writestr("Takeout/Fit/All Sessions/2024-01-10T23_00_00+01_00_SLEEP.json", json.dumps(FIT_SLEEP))
        archive.writestr("Takeout/Fit/All Sessions/2024-01-10T11_00_00+01_00_WALKING.json", json.dumps(FIT_WALK))
        archive.writestr("Takeout/archive_browser.html", "<html></html>")
    return path


FITBIT_STEPS = [
    {"dateTime": "01/10/24 08:00:00", "value": "100"},
    {"dateTime": "01/10/24 08:01:00", "value": "25"},
    {"dateTime": "01/10/24 23:30:00", "value": "40"},  # UTC: 00:30 on the 11th in Amsterdam
]
FITBIT_SLEEP = [
    {
        "logId": 1,
        "dateOfSleep": "2024-01-11",
        "startTime": "2024-01-10T23:30:00.000",
        "endTime": "2024-01-11T07:00:00.000",
        "minutesAsleep": 420,
        "minutesAwake": 30,
        "mainSleep": True,
    }
]
FITBIT_RHR = [
    {"dateTime": "01/10/24 00:00:00", "value": {"date": "01/10/24", "value": 58.3, "error": 6.8}},
    {"dateTime": "01/11/24 00:00:00", "value": {"date": "01/11/24", "value": 0.0, "error": 0.0}},
]
FITBIT_DAYS = {
    "2024-01-10": {"steps": 125, "resting_hr": 58.3},
    "2024-01-11": {"steps": 40, "sleep_hours": 7.0, "sleep_start": -0.5, "sleep_mid": 3.25, "sleep_end": 7.0},
}


@pytest.fixture
def fitbit_zip(tmp_path: Path) -> Path:
    path = tmp_path / "fitbit.zip"
    folder = "Takeout/Fitbit/Global Export Data"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{folder}/steps-2024-01-10.json", json.dumps(FITBIT_STEPS))
        archive.writestr(f"{folder}/sleep-2024-01-10.json", json.dumps(FITBIT_SLEEP))
        archive.writestr(f"{folder}/resting_heart_rate-2024-01-10.json", json.dumps(FITBIT_RHR))
        archive.writestr(f"{folder}/heart_rate-2024-01-10.json", "[]")  # not read
    return path


CSV_TEXT = """date,metric,value
2024-01-10,steps,5000
2024-01-10,sleep_hours,7.5
2024-01-10,sleep_start,23:30
2024-01-10,sleep_end,07:00
2024-01-10,screen_minutes,185
2024-01-10,unlocks,64
2024-01-10,calls,3
2024-01-10,messages,41
2024-01-10,home_minutes,900
2024-01-10,places_visited,4

2024-01-11,time_at_home_hours,20
2024-01-11,resting_hr,61.5
"""
CSV_DAYS = {
    "2024-01-10": {
        "steps": 5000,
        "sleep_hours": 7.5,
        "sleep_start": -0.5,
        "sleep_end": 7.0,
        "sleep_mid": 3.25,
        "screen_minutes": 185.0,
        "unlocks": 64,
        "calls": 3,
        "messages": 41,
        "home_hours": 15.0,
        "places_visited": 4,
    },
    "2024-01-11": {"home_hours": 20.0, "resting_hr": 61.5},
}


@pytest.fixture
def csv_path(tmp_path: Path) -> Path:
    path = tmp_path / "phone.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    return path
