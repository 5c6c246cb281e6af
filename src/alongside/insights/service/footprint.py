"""Digital-footprint use cases: importing an export file (Apple Health, Google Fit / Fitbit, the generic
CSV) as daily features, and reading those features for the insights engine.

Who: a client imports and reads their own footprint; a therapist only a client who shares the
*footprint* scope with them (404 otherwise, as for a missing client); an admin never.

Invariants: the whole file is parsed and reduced before anything is written, and the writes happen in
a savepoint, so a malformed file (``InvalidInput`` naming the line or element) keeps nothing. The same
file twice (same SHA-256 for the same client) adds nothing the second time. A different file from the
same source replaces that source's values for the days and metrics it covers.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from datetime import date, tzinfo
from pathlib import Path, PurePath
from typing import BinaryIO

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care import service as care_service
from alongside.care.models import Scope
from alongside.checkins import service as checkins_service
from alongside.errors import Conflict, InvalidInput
from alongside.insights.models import FootprintImport
from alongside.insights.repository import FootprintDayRepository, FootprintImportRepository
from alongside.insights.schemas import FootprintFormat, ImportRead
from alongside.insights.service import footprint_apple, footprint_csv, footprint_google
from alongside.insights.service.footprint_daily import Daily, DayValue, Sample, reduce_daily
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent

Source = str | Path | BinaryIO
HASH_CHUNK = 1 << 20
SUPPORTED = "an Apple Health export.zip or export.xml, a Google Takeout zip or file, or a date,metric,value CSV"


def _access(session: Session, actor: Actor, client_id: int) -> None:
    """404 unless the actor is the client, or a therapist the client shares the footprint with."""
    care_service.access_own_or_shared(session, actor, client_id, Scope.FOOTPRINT)


def _open(source: Source) -> BinaryIO:
    """A binary stream at the start; paths are opened (caller closes), files are rewound."""
    if isinstance(source, str | Path):
        return open(source, "rb")  # noqa: SIM115 - closed by the caller
    source.seek(0)
    return source


def file_sha256(source: Source) -> str:
    digest = hashlib.sha256()
    stream = _open(source)
    try:
        while chunk := stream.read(HASH_CHUNK):
            digest.update(chunk)
    finally:
        if stream is not source:
            stream.close()
    return digest.hexdigest()


def detect_format(source: Source, filename: str) -> FootprintFormat:
    """By the file's name and, for zips and CSVs, its contents."""
    name = PurePath(filename).name.lower()
    if name.endswith(".xml"):
        return "apple_health"
    if name.endswith(".json"):
        return "google"
    stream = _open(source)
    try:
        if name.endswith(".zip"):
            return _zip_format(stream)
        if name.endswith(".csv"):
            first = stream.read(4096).decode("utf-8-sig", errors="replace").splitlines()[:1]
            header = first[0].replace(" ", "").lower() if first else ""
            return "csv" if header.startswith("date,metric,value") else "google"
    finally:
        if stream is not source:
            stream.close()
        else:
            stream.seek(0)
    raise InvalidInput(f"{filename}: not a file this import reads; give {SUPPORTED}.", field="file")


def _zip_format(stream: BinaryIO) -> FootprintFormat:
    try:
        with zipfile.ZipFile(stream) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile:
        raise InvalidInput("The file is not a readable zip archive.", field="file") from None
    if any(PurePath(n).name == "export.xml" for n in names):
        return "apple_health"
    if any(footprint_google.is_google_name(n) for n in names):
        return "google"
    raise InvalidInput(f"The zip holds nothing this import reads; give {SUPPORTED}.", field="file")


def parse_items(source: Source, fmt: FootprintFormat, filename: str, tz: tzinfo) -> Iterator[Sample | DayValue]:
    """The file's samples and day values, streamed by the parser for its format."""
    if fmt == "apple_health":
        return footprint_apple.iter_file(source, zipped=filename.lower().endswith(".zip"))
    if fmt == "google":
        return footprint_google.iter_file(source, filename=PurePath(filename).name, tz=tz)
    return footprint_csv.iter_file(source, filename=PurePath(filename).name)


def _read(row: FootprintImport, *, already: bool = False) -> ImportRead:
    return ImportRead.model_validate(row).model_copy(update={"already_imported": already})


def _store(
    session: Session, actor: Actor, client_id: int, sha256: str, fmt: FootprintFormat, filename: str, daily: Daily
) -> tuple[FootprintImport, int]:
    """The import row and its days, in a savepoint: all of it or (on an error) none of it."""
    days = daily.days
    try:
        with session.begin_nested():
            row = FootprintImportRepository(session).add(
                FootprintImport(
                    client_id=client_id,
                    imported_by_id=actor.user_id,
                    sha256=sha256,
                    format=fmt,
                    filename=PurePath(filename).name[:255],
                    rows=daily.items,
                    days=len(days),
                    first_day=days[0],
                    last_day=days[-1],
                )
            )
            written = FootprintDayRepository(session).replace(client_id, fmt, row.id, daily.features)
    except IntegrityError:  # the same file imported at the same moment by another request
        raise Conflict("This file is being imported already.") from None
    return row, written


def import_footprint(
    session: Session, actor: Actor, client_id: int, path_or_file: Source, *, filename: str, tz: tzinfo | None = None
) -> ImportRead:
    """Import one export file for ``client_id`` (days in ``tz``, by default the client's own zone)."""
    _access(session, actor, client_id)
    sha256 = file_sha256(path_or_file)
    earlier = FootprintImportRepository(session).by_sha256(actor, client_id, sha256)
    if earlier is not None:
        return _read(earlier, already=True)
    zone = tz or checkins_service.client_zone(session, client_id)
    fmt = detect_format(path_or_file, filename)
    if not isinstance(path_or_file, str | Path):
        path_or_file.seek(0)
    daily = reduce_daily(parse_items(path_or_file, fmt, filename, zone), zone)
    if not daily.features:
        raise InvalidInput(f"{PurePath(filename).name} holds no steps, sleep or other footprint data.", field="file")
    row, written = _store(session, actor, client_id, sha256, fmt, filename, daily)
    audit.record(
        session,
        actor,
        AuditEvent.FOOTPRINT_IMPORTED,
        subject_id=client_id,
        object_type="footprint_import",
        object_id=row.id,
        extra={"format": fmt, "days": row.days, "values": written},
    )
    return _read(row)


def list_imports(session: Session, actor: Actor, client_id: int) -> list[ImportRead]:
    """The client's imported files, newest first."""
    _access(session, actor, client_id)
    rows = FootprintImportRepository(session).for_client(actor, client_id)
    audit.record(session, actor, AuditEvent.FOOTPRINT_VIEWED, subject_id=client_id, extra={"imports": len(rows)})
    return [_read(r) for r in rows]


def daily_footprint(
    session: Session, actor: Actor, client_id: int, start: date, end: date
) -> dict[date, dict[str, float]]:
    """Daily features for days ``start``..``end`` (both included): ``{day: {metric: value}}``. Where
    several sources give a day's metric, the most recent import wins."""
    _access(session, actor, client_id)
    result: dict[date, dict[str, float]] = {}
    for row in FootprintDayRepository(session).between_for_client(actor, client_id, start, end):
        result.setdefault(row.day, {}).setdefault(row.metric, row.value)
    audit.record(
        session,
        actor,
        AuditEvent.FOOTPRINT_VIEWED,
        subject_id=client_id,
        extra={"start": start.isoformat(), "end": end.isoformat(), "days": len(result)},
    )
    return result
