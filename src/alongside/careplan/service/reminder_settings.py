"""The client's reminder settings: rules (what for, when), quiet hours, e-mail, and web push on a
device. Reminders are the client's own: only they see and change them; for a therapist or an admin
every one of these answers 404, as if there were nothing. Every change is audited
(REMINDER_SETTINGS_CHANGED) and re-plans the reminders at once, so the page shows the next one.

Defaults: nothing is sent until the client switches a reminder on. The settings page suggests a
daily check-in reminder at 20:00, one at 10:00 on days a questionnaire is due (when the therapist
asks for questionnaires), and one per running homework at its preferred time (else 18:00) on its
days. Quiet hours are 22:00–08:00 until the client changes them; e-mail is off.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from alongside.accounts import service as accounts_service
from alongside.accounts.actor import Actor
from alongside.careplan.models import (
    Homework,
    PushSubscription,
    ReminderKind,
    ReminderMode,
    ReminderPreferences,
    ReminderRule,
)
from alongside.careplan.repository import (
    HomeworkRepository,
    OccurrenceRepository,
    PushSubscriptionRepository,
    ReminderPreferencesRepository,
    ReminderRuleRepository,
)
from alongside.careplan.schemas import (
    EVERY_DAY,
    Choice,
    PushInfo,
    PushSubscriptionCreate,
    ReminderPreferencesRead,
    ReminderPreferencesUpdate,
    ReminderRuleCreate,
    ReminderRuleRead,
    ReminderRuleUpdate,
    ReminderSettingsRead,
    ReminderSuggestion,
)
from alongside.careplan.service import reminder_channels as channels
from alongside.careplan.service import reminder_planning as planning
from alongside.careplan.service import reminder_times as times
from alongside.config import settings
from alongside.errors import Conflict, InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent

MAX_RULES = 20
MIN_WINDOW_MINUTES = 30
DEFAULT_TIME = {ReminderKind.CHECKIN: time(20, 0), ReminderKind.QUESTIONNAIRE: time(10, 0)}
HOMEWORK_TIME = time(18, 0)


def _client_only(actor: Actor) -> None:
    if not actor.is_client:
        raise NotFound()


def _audit(session: Session, actor: Actor, object_type: str, object_id: int | None, **extra: object) -> None:
    audit.record(
        session,
        actor,
        AuditEvent.REMINDER_SETTINGS_CHANGED,
        subject_id=actor.user_id,
        object_type=object_type,
        object_id=object_id,
        extra=extra,
    )


def access_rule(session: Session, actor: Actor, rule_id: int) -> ReminderRule:
    rule = ReminderRuleRepository(session).get_readable(actor, rule_id)
    if rule is None:
        raise NotFound("No such reminder.")
    return rule


def _check_target(
    session: Session, actor: Actor, kind: ReminderKind, homework_id: int | None, instrument: str | None
) -> tuple[int | None, str | None]:
    """The homework (the client's own) or questionnaire the rule is for; 422 naming the field."""
    if kind == ReminderKind.HOMEWORK:
        if homework_id is None:
            raise InvalidInput("Choose the homework to be reminded of.", field="homework_id")
        homework = HomeworkRepository(session).get_readable(actor, actor.user_id, homework_id)
        if homework is None:
            raise InvalidInput("Choose one of your homework.", field="homework_id")
        return homework.id, None
    if kind == ReminderKind.QUESTIONNAIRE and instrument:
        from alongside.questionnaires import service as questionnaires_service

        try:
            return None, questionnaires_service.instrument_or_404(instrument).value
        except NotFound as exc:
            raise InvalidInput("Choose one of the questionnaires.", field="instrument") from exc
    return None, None


def _minutes(at: time) -> int:
    return at.hour * 60 + at.minute


def _check_when(mode: ReminderMode, times_of_day: list[str], start: time | None, end: time | None) -> None:
    if mode == ReminderMode.FIXED and not times_of_day:
        raise InvalidInput("Give at least one time of day.", field="times")
    if mode == ReminderMode.RANDOM:
        if start is None:
            raise InvalidInput("Give the time the window starts.", field="window_start")
        if end is None or _minutes(end) - _minutes(start) < MIN_WINDOW_MINUTES:
            raise InvalidInput(
                "The window must end at least 30 minutes after it starts, on the same day.", field="window_end"
            )


def create_rule(
    session: Session,
    actor: Actor,
    data: ReminderRuleCreate,
    *,
    now: datetime | None = None,
    rng: random.Random | None = None,
) -> ReminderRule:
    _client_only(actor)
    now = now or utc_now()
    repo = ReminderRuleRepository(session)
    if repo.count_for_client(actor.user_id) >= MAX_RULES:
        raise Conflict("You have 20 reminders, the most there can be. Delete one first.")
    homework_id, instrument = _check_target(session, actor, data.kind, data.homework_id, data.instrument)
    fixed = data.mode == ReminderMode.FIXED
    keys = [times.time_key(t) for t in data.times] if fixed else []
    _check_when(data.mode, keys, data.window_start, data.window_end)
    rule = repo.add(
        ReminderRule(
            client_id=actor.user_id,
            kind=data.kind,
            homework_id=homework_id,
            instrument=instrument,
            mode=data.mode,
            times=keys,
            window_start=None if fixed else data.window_start,
            window_end=None if fixed else data.window_end,
            weekdays=times.mask_of(data.days),
            expiry_minutes=data.expiry_minutes,
            enabled=data.enabled,
            created_at=now,
        )
    )
    _audit(session, actor, "reminder_rule", rule.id, action="created", kind=rule.kind.value, enabled=rule.enabled)
    planning.replan_rule(session, rule, now=now, rng=rng)
    return rule


def update_rule(
    session: Session,
    actor: Actor,
    rule_id: int,
    data: ReminderRuleUpdate,
    *,
    now: datetime | None = None,
    rng: random.Random | None = None,
) -> ReminderRule:
    """Only what was sent changes; the rule is planned again from now."""
    _client_only(actor)
    now = now or utc_now()
    rule = access_rule(session, actor, rule_id)
    changes = data.model_dump(exclude_unset=True)
    for name in ("mode", "window_start", "window_end", "expiry_minutes", "enabled"):
        if changes.get(name) is not None:
            setattr(rule, name, changes[name])
    if changes.get("times") is not None:
        rule.times = [times.time_key(t) for t in changes["times"]]
    if changes.get("days") is not None:
        rule.weekdays = times.mask_of(changes["days"])
    _check_when(rule.mode, rule.times, rule.window_start, rule.window_end)
    if rule.mode == ReminderMode.FIXED:
        rule.window_start = rule.window_end = None
    else:
        rule.times = []
    rule.updated_at = now
    _audit(session, actor, "reminder_rule", rule.id, action="updated", fields=sorted(changes), enabled=rule.enabled)
    planning.replan_rule(session, rule, now=now, rng=rng)
    return rule


def delete_rule(session: Session, actor: Actor, rule_id: int, *, now: datetime | None = None) -> None:
    """The rule and its unsent reminders go; the reminders already sent stay in the history."""
    _client_only(actor)
    rule = access_rule(session, actor, rule_id)
    OccurrenceRepository(session).delete_upcoming(rule.id, now or utc_now())
    _audit(session, actor, "reminder_rule", rule.id, action="deleted", kind=rule.kind.value)
    ReminderRuleRepository(session).delete(rule)


# --------------------------------------------------------------------------------------------
# Preferences: quiet hours and e-mail
# --------------------------------------------------------------------------------------------


def preferences_read(row: ReminderPreferences | None) -> ReminderPreferencesRead:
    if row is None:
        start, end = planning.DEFAULT_QUIET
        return ReminderPreferencesRead(quiet_start=start, quiet_end=end, email=False)
    return ReminderPreferencesRead(quiet_start=row.quiet_start, quiet_end=row.quiet_end, email=row.email)


def update_preferences(
    session: Session, actor: Actor, data: ReminderPreferencesUpdate, *, now: datetime | None = None
) -> ReminderPreferencesRead:
    """Quiet hours are both times or neither; the coming reminders are re-placed at once."""
    _client_only(actor)
    now = now or utc_now()
    if (data.quiet_start is None) != (data.quiet_end is None):
        missing = "quiet_end" if data.quiet_end is None else "quiet_start"
        raise InvalidInput("Give both times of your quiet hours, or neither for none.", field=missing)
    if data.quiet_start is not None and data.quiet_start == data.quiet_end:
        raise InvalidInput("Quiet hours must end at another time than they start.", field="quiet_end")
    repo = ReminderPreferencesRepository(session)
    row = repo.get(actor.user_id) or repo.add(ReminderPreferences(client_id=actor.user_id))
    row.quiet_start = data.quiet_start.replace(second=0, microsecond=0) if data.quiet_start else None
    row.quiet_end = data.quiet_end.replace(second=0, microsecond=0) if data.quiet_end else None
    row.email, row.updated_at = data.email, now
    session.flush()
    _audit(session, actor, "reminder_preferences", row.id, quiet=row.quiet_start is not None, email=row.email)
    planning.replace_for_client(session, actor.user_id, now=now)
    return preferences_read(row)


# --------------------------------------------------------------------------------------------
# Web push on a device
# --------------------------------------------------------------------------------------------


def add_push_subscription(
    session: Session, actor: Actor, data: PushSubscriptionCreate, *, now: datetime | None = None
) -> int:
    """Turn web push on for this browser; returns how many devices get pushes. A browser used by
    someone else before is taken over (it can only be one person's device at a time)."""
    _client_only(actor)
    if not channels.push_available():
        raise Conflict("Notifications on this device are not set up on this server.")
    repo = PushSubscriptionRepository(session)
    existing = repo.by_endpoint(data.endpoint)
    if existing is not None and existing.client_id != actor.user_id:
        repo.delete(existing)
        existing = None
    if existing is None:
        existing = repo.add(
            PushSubscription(
                client_id=actor.user_id,
                endpoint=data.endpoint,
                p256dh=data.keys.p256dh,
                auth=data.keys.auth,
                created_at=now or utc_now(),
            )
        )
    else:
        existing.p256dh, existing.auth, existing.last_error = data.keys.p256dh, data.keys.auth, None
    _audit(session, actor, "push_subscription", existing.id, action="added")
    return len(repo.for_client(actor.user_id))


def remove_push_subscription(session: Session, actor: Actor, endpoint: str) -> int:
    _client_only(actor)
    repo = PushSubscriptionRepository(session)
    existing = repo.by_endpoint(endpoint)
    if existing is None or existing.client_id != actor.user_id:
        raise NotFound("This device does not get notifications.")
    _audit(session, actor, "push_subscription", existing.id, action="removed")
    repo.delete(existing)
    return len(repo.for_client(actor.user_id))


# --------------------------------------------------------------------------------------------
# Reading the settings
# --------------------------------------------------------------------------------------------


def _running(homework: Homework, today: date) -> bool:
    return homework.active and (homework.end_date is None or homework.end_date >= today)


def _instrument_name(code: str | None) -> str | None:
    if not code:
        return None
    from alongside.questionnaires import service as questionnaires_service

    return questionnaires_service.instrument_name(code)


def rule_read(rule: ReminderRule, next_at: datetime | None, titles: dict[int, str]) -> ReminderRuleRead:
    return ReminderRuleRead(
        id=rule.id,
        kind=rule.kind,
        homework_id=rule.homework_id,
        instrument=rule.instrument,
        title=titles.get(rule.homework_id) if rule.homework_id else _instrument_name(rule.instrument),
        mode=rule.mode,
        times=list(rule.times),
        window_start=rule.window_start,
        window_end=rule.window_end,
        days=times.days_of(rule.weekdays),
        expiry_minutes=rule.expiry_minutes,
        enabled=rule.enabled,
        next_at=next_at,
        created_at=rule.created_at,
        updated_at=rule.updated_at,
    )


def describe_rule(
    session: Session, actor: Actor, rule: ReminderRule, *, now: datetime | None = None
) -> ReminderRuleRead:
    """One rule as the API shows it (with the next time it comes)."""
    now = now or utc_now()
    title = None
    if rule.homework_id:
        homework = HomeworkRepository(session).get_readable(actor, actor.user_id, rule.homework_id)
        title = homework.title if homework else None
    next_at = planning.next_planned(session, [rule.id], now).get(rule.id)
    return rule_read(rule, next_at, {rule.homework_id: title} if title and rule.homework_id else {})


def _suggestions(
    session: Session, actor: Actor, rules: list[ReminderRule], homework: list[Homework], today: date
) -> list[ReminderSuggestion]:
    from alongside.questionnaires.service import schedules as questionnaire_schedules

    kinds = {rule.kind for rule in rules}
    covered = {rule.homework_id for rule in rules if rule.homework_id}
    suggestions = []
    if ReminderKind.CHECKIN not in kinds:
        at = times.time_key(DEFAULT_TIME[ReminderKind.CHECKIN])
        suggestions.append(ReminderSuggestion(kind=ReminderKind.CHECKIN, times=[at], days=EVERY_DAY))
    if ReminderKind.QUESTIONNAIRE not in kinds and questionnaire_schedules.own_schedules(session, actor):
        at = times.time_key(DEFAULT_TIME[ReminderKind.QUESTIONNAIRE])
        suggestions.append(ReminderSuggestion(kind=ReminderKind.QUESTIONNAIRE, times=[at], days=EVERY_DAY))
    for item in homework:
        if item.id in covered or not _running(item, today):
            continue
        at = times.time_key(item.preferred_time or HOMEWORK_TIME)
        days = EVERY_DAY if item.daily else times.spread_days(item.times_per_week)
        suggestions.append(
            ReminderSuggestion(kind=ReminderKind.HOMEWORK, homework_id=item.id, title=item.title, times=[at], days=days)
        )
    return suggestions


def reminder_settings(session: Session, actor: Actor, *, now: datetime | None = None) -> ReminderSettingsRead:
    """The client's rules with the next planned time, quiet hours, e-mail, devices and suggestions."""
    _client_only(actor)
    now = now or utc_now()
    rules = ReminderRuleRepository(session).for_client(actor)
    homework = HomeworkRepository(session).for_client(actor, actor.user_id)
    titles = {item.id: item.title for item in homework}
    next_at = planning.next_planned(session, [rule.id for rule in rules], now)
    clock = planning.client_clock(session, actor.user_id)
    today = now.astimezone(clock.tz).date()
    user = accounts_service.get_user(session, actor.user_id)
    from alongside.questionnaires import service as questionnaires_service

    return ReminderSettingsRead(
        timezone=clock.timezone,
        preferences=preferences_read(ReminderPreferencesRepository(session).get(actor.user_id)),
        rules=[rule_read(rule, next_at.get(rule.id), titles) for rule in rules],
        suggestions=_suggestions(session, actor, rules, homework, today),
        homework=[Choice(id=item.id, title=item.title) for item in homework if _running(item, today)],
        questionnaires=[
            Choice(code=code, title=scale["name"]) for code, scale in questionnaires_service.scales().items()
        ],
        push=PushInfo(
            available=channels.push_available(),
            public_key=settings.vapid_public_key if channels.push_available() else None,
            devices=len(PushSubscriptionRepository(session).for_client(actor.user_id)),
        ),
        email_available=channels.email_available() and bool(user and user.email),
    )
