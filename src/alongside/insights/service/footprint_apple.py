"""Apple Health ``export.xml`` (alone, or inside the ``export.zip`` the Health app writes), streamed.

The file is fed to expat (the parser under ``xml.etree``) a megabyte at a time and no element tree is
built: the start-tag callback looks at ``<Record>`` only and keeps three types (steps, resting heart
rate, sleep analysis). ``<MetadataEntry>``, ``<Workout>``, ``<ActivitySummary>`` and every other element
are passed over, so memory stays constant however large the export. Entity declarations are refused
(an export has none; they are how "billion laughs" files blow up a parser).
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import IO, BinaryIO
from xml.parsers import expat

from alongside.errors import InvalidInput
from alongside.insights.service.footprint_daily import Sample

CHUNK = 1 << 20
QUANTITY = {
    "HKQuantityTypeIdentifierStepCount": ("steps", "count"),
    "HKQuantityTypeIdentifierRestingHeartRate": ("resting_hr", "count/min"),
}
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
ASLEEP = frozenset(
    {
        "HKCategoryValueSleepAnalysisAsleep",
        "HKCategoryValueSleepAnalysisAsleepUnspecified",
        "HKCategoryValueSleepAnalysisAsleepCore",
        "HKCategoryValueSleepAnalysisAsleepDeep",
        "HKCategoryValueSleepAnalysisAsleepREM",
    }
)
_ZONES: dict[str, tzinfo] = {}


def parse_time(text: str) -> datetime:
    """``2024-01-01 09:00:00 +0100`` (Apple's format) → an aware datetime; ``ValueError`` otherwise."""
    if len(text) != 25 or text[4] != "-" or text[10] != " " or text[19] != " ":
        raise ValueError(text)
    offset = text[20:]
    zone = _ZONES.get(offset)
    if zone is None:
        sign = {"+": 1, "-": -1}[offset[0]]
        zone = _ZONES[offset] = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return datetime(
        int(text[0:4]),
        int(text[5:7]),
        int(text[8:10]),
        int(text[11:13]),
        int(text[14:16]),
        int(text[17:19]),
        tzinfo=zone,
    )


class _Handler:
    """Expat's start-tag callback; samples wait in ``found`` until the caller takes them."""

    def __init__(self, parser: expat.XMLParserType, name: str) -> None:
        self.parser = parser
        self.name = name
        self.found: list[Sample] = []
        self.records = 0

    def fail(self, what: str) -> None:
        line, column = self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber + 1
        raise InvalidInput(f"{self.name}, line {line}, column {column}: {what}", field="file")

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag != "Record":
            return
        self.records += 1
        kind = attrs.get("type")
        if kind in QUANTITY:
            metric, unit = QUANTITY[kind]
        elif kind == SLEEP:
            metric, unit = "sleep", "h"
        else:
            return
        try:
            start, end = parse_time(attrs["startDate"]), parse_time(attrs["endDate"])
        except (KeyError, ValueError, IndexError):
            self.fail(f"<Record type={kind!r}> needs startDate and endDate like '2024-01-01 09:00:00 +0100'.")
        if end < start:
            self.fail(f"<Record type={kind!r}> ends before it starts.")
        source = attrs.get("sourceName", "")
        if metric == "sleep":
            if attrs.get("value") in ASLEEP:
                self.found.append(Sample("sleep", start, end, (end - start).total_seconds() / 3600, unit, source))
            return
        try:
            value = float(attrs["value"])
        except (KeyError, ValueError):
            self.fail(f"<Record type={kind!r}> has no numeric value.")
        if value != value or value < 0:  # NaN or negative
            self.fail(f"<Record type={kind!r}> has an impossible value {attrs['value']!r}.")
        self.found.append(Sample(metric, start, end, value, attrs.get("unit", unit), source))

    def refuse_entity(self, *args: object) -> None:
        self.fail("the file declares an XML entity, which a Health export never does.")


def iter_samples(stream: IO[bytes], name: str = "export.xml") -> Iterator[Sample]:
    """The steps, sleep and resting-heart-rate samples of an ``export.xml`` byte stream, in file order.

    Raises ``InvalidInput`` naming the line and column of a malformed element."""
    parser = expat.ParserCreate()
    handler = _Handler(parser, name)
    parser.StartElementHandler = handler.start
    parser.EntityDeclHandler = handler.refuse_entity
    read = stream.read
    while True:
        chunk = read(CHUNK)
        try:
            parser.Parse(chunk, not chunk)
        except expat.ExpatError as exc:
            reason = expat.errors.messages[exc.code]
            raise InvalidInput(
                f"{name}, line {exc.lineno}, column {exc.offset + 1}: the XML is malformed ({reason}).", field="file"
            ) from None
        if handler.found:
            yield from handler.found
            handler.found.clear()
        if not chunk:
            break
    if handler.records == 0:
        raise InvalidInput(f"{name} holds no <Record> elements: is it an Apple Health export?", field="file")


def export_member(archive: zipfile.ZipFile) -> str:
    """The ``export.xml`` inside Apple's zip (``apple_health_export/export.xml``; ``export_cda.xml`` is not it)."""
    names = [n for n in archive.namelist() if n.rsplit("/", 1)[-1] in ("export.xml", "Export.xml")]
    if not names:
        raise InvalidInput("The zip holds no export.xml: is it an Apple Health export?", field="file")
    return min(names, key=len)


def iter_file(source: str | Path | BinaryIO, *, zipped: bool) -> Iterator[Sample]:
    """Samples of an ``export.xml`` or ``export.zip`` given as a path or a seekable binary file; the zip
    member is decompressed as it is read, never extracted."""
    if zipped:
        try:
            archive = zipfile.ZipFile(source)
        except zipfile.BadZipFile:
            raise InvalidInput("The file is not a readable zip archive.", field="file") from None
        with archive:
            member = export_member(archive)
            try:
                with archive.open(member) as stream:
                    yield from iter_samples(stream, member)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise InvalidInput(f"{member} in the zip is damaged ({exc}).", field="file") from None
        return
    if isinstance(source, str | Path):
        with open(source, "rb") as stream:
            yield from iter_samples(stream, Path(source).name)
    else:
        yield from iter_samples(source)
