from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Query, Request

from alongside.accounts.dependencies import ClientActor, SessionDep, TherapistActor
from alongside.checkins import service
from alongside.checkins.schemas import (
    CalendarMonthRead,
    CheckInCreate,
    CheckInPage,
    CheckInPatternsRead,
    CheckInRead,
    EmotionRead,
    TagCreate,
    TagRead,
    TagUpdate,
)
from alongside.kit.web import request_locale

router = APIRouter(prefix="/api", tags=["checkins"])
Limit = Query(30, ge=1, le=500)
Offset = Query(0, ge=0)


@router.get("/checkins", response_model=CheckInPage)
def list_checkins(
    request: Request,
    session: SessionDep,
    actor: ClientActor,
    limit: int = Limit,
    offset: int = Offset,
    day: date | None = Query(None, description="Only this day's check-ins, in your time zone."),
):
    """Your check-ins with their details, newest first; tags are named in your language."""
    rows, total = service.list_own_checkins(
        session, actor, limit=limit, offset=offset, day=day, locale=request_locale(request)
    )
    return CheckInPage(items=rows, total=total)


@router.post("/checkins", response_model=CheckInRead, status_code=201)
def create_checkin(request: Request, session: SessionDep, actor: ClientActor, data: CheckInCreate):
    """Mood 1–10, the rest optional. ``at`` back-dates up to 48 hours (without an offset: your local time)."""
    checkin = service.create_checkin(session, actor, data)
    return service.checkin_reads(session, actor.user_id, [checkin], locale=request_locale(request))[0]


@router.get("/checkins/calendar", response_model=CalendarMonthRead)
def checkin_calendar(
    session: SessionDep, actor: ClientActor, month: str | None = Query(None, description="YYYY-MM; default this month.")
):
    """Each day of the month in your time zone: mean mood, number of check-ins, hours slept."""
    return service.calendar_month(session, actor, month=month)


@router.get("/checkins/emotions", response_model=list[EmotionRead])
def emotions(request: Request):
    """The emotions a check-in can name, in the request's language."""
    return service.emotion_choices(request_locale(request))


@router.get("/checkins/tags", response_model=list[TagRead])
def list_tags(request: Request, session: SessionDep, actor: ClientActor):
    """The default tags and your own, hidden ones included (``hidden``: not offered on a check-in)."""
    return [view.read() for view in service.list_own_tags(session, actor, locale=request_locale(request))]


@router.post("/checkins/tags", response_model=TagRead, status_code=201)
def create_tag(request: Request, session: SessionDep, actor: ClientActor, data: TagCreate):
    return service.create_tag(session, actor, data, locale=request_locale(request)).read()


@router.patch("/checkins/tags/{ref}", response_model=TagRead)
def update_tag(request: Request, session: SessionDep, actor: ClientActor, ref: str, data: TagUpdate):
    """Rename or hide a tag (a default one too); ``hidden: false`` offers it again."""
    return service.update_tag(session, actor, ref, data, locale=request_locale(request)).read()


@router.get("/clients/{client_id}/checkins", response_model=CheckInPage)
def client_checkins(
    request: Request,
    session: SessionDep,
    actor: TherapistActor,
    client_id: int,
    limit: int = Limit,
    offset: int = Offset,
):
    rows, total = service.list_client_checkins(
        session, actor, client_id, limit=limit, offset=offset, locale=request_locale(request)
    )
    return CheckInPage(items=rows, total=total)


@router.get("/clients/{client_id}/checkins/patterns", response_model=CheckInPatternsRead)
def client_checkin_patterns(
    request: Request,
    session: SessionDep,
    actor: TherapistActor,
    client_id: int,
    since: date | None = Query(None, description="First day (client's time zone); default 28 days ago."),
    until: date | None = Query(None, description="Last day, inclusive; default today."),
):
    """Sleep per day, emotions chosen and mean mood per tag over a period (with the client's consent)."""
    return service.checkin_patterns(session, actor, client_id, since=since, until=until, locale=request_locale(request))
