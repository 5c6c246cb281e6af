"""The client's tags: the default set (which they may rename or hide) and their own (created, renamed and
hidden by them; names encrypted and screened like any text they write). Also the emotion list."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.checkins.models import CheckInTag, TagGroup
from alongside.checkins.repository import TagRepository
from alongside.checkins.schemas import (
    DEFAULT_TAGS,
    EMOTIONS,
    OWN_TAG_PREFIX,
    PLEASANT,
    EmotionRead,
    TagCreate,
    TagRead,
    TagUpdate,
    label_in,
)
from alongside.errors import Conflict, Forbidden, InvalidInput, NotFound
from alongside.kit.orm import utc_now
from alongside.privacy import audit
from alongside.privacy.audit import AuditEvent
from alongside.safety import service as safety_service

GROUPS = tuple(TagGroup)


@dataclass(frozen=True)
class TagView:
    """A tag as the client sees it. ``word`` is what the prompt engine reads: a default tag's key (an
    English word such as "colleagues") or the client's own name for their tag."""

    ref: str
    group: TagGroup
    label: str
    own: bool
    hidden: bool
    word: str
    tag_id: int | None  # the row, once there is one

    def read(self) -> TagRead:
        return TagRead(ref=self.ref, group=self.group, label=self.label, own=self.own, hidden=self.hidden)


def own_ref(tag_id: int) -> str:
    return f"{OWN_TAG_PREFIX}{tag_id}"


def tag_views(rows: list[CheckInTag], locale: str) -> list[TagView]:
    """Every tag of a client: the defaults (with their renames and hiding), then their own, by group."""
    by_key = {row.default_key: row for row in rows if row.default_key}
    views = []
    for key, (group, labels) in DEFAULT_TAGS.items():
        row = by_key.get(key)
        label = row.name if row is not None and row.name else label_in(labels, locale)
        hidden = row is not None and row.hidden
        views.append(TagView(key, group, label, False, hidden, key, row.id if row else None))
    for row in rows:
        if row.default_key is None:
            views.append(TagView(own_ref(row.id), row.group, row.name or "", True, row.hidden, row.name or "", row.id))
    return sorted(views, key=lambda v: GROUPS.index(v.group))


def views_by_row(rows: list[CheckInTag], locale: str) -> dict[int, TagView]:
    return {view.tag_id: view for view in tag_views(rows, locale) if view.tag_id is not None}


def _client_only(actor: Actor) -> None:
    if not actor.is_client:
        raise Forbidden("Only clients check in.")


def list_own_tags(session: Session, actor: Actor, *, locale: str) -> list[TagView]:
    _client_only(actor)
    return tag_views(TagRepository(session).for_client(actor.user_id), locale)


def emotion_choices(locale: str) -> list[EmotionRead]:
    return [
        EmotionRead(id=key, label=label_in(labels, locale), pleasant=key in PLEASANT)
        for key, labels in EMOTIONS.items()
    ]


def emotion_label(emotion: str, locale: str) -> str:
    labels = EMOTIONS.get(emotion)
    return label_in(labels, locale) if labels else emotion


def _screened_name(session: Session, actor: Actor, name: str, tag_id: int | None) -> None:
    result = safety_service.screen(name)
    safety_service.raise_for_result(session, actor, result, source="checkin_tag", source_id=tag_id)


def _check_unique(session: Session, actor: Actor, group: TagGroup, name: str, *, other_than: str | None) -> None:
    """Names are encrypted, so the comparison is made here, over the client's few tags."""
    wanted = name.casefold()
    for view in list_own_tags(session, actor, locale="en") + list_own_tags(session, actor, locale="nl"):
        if view.group == group and view.ref != other_than and view.label.casefold() == wanted and not view.hidden:
            raise Conflict("You already have a tag with this name.")


def create_tag(session: Session, actor: Actor, data: TagCreate, *, locale: str) -> TagView:
    _client_only(actor)
    _check_unique(session, actor, data.group, data.name, other_than=None)
    row = TagRepository(session).add(CheckInTag(client_id=actor.user_id, group=data.group, name=data.name))
    audit.record(
        session,
        actor,
        AuditEvent.CHECKIN_TAG_CREATED,
        subject_id=actor.user_id,
        object_type="checkin_tag",
        object_id=row.id,
    )
    _screened_name(session, actor, data.name, row.id)
    return views_by_row([row], locale)[row.id]


def _row_for_ref(session: Session, actor: Actor, ref: str, *, create: bool) -> CheckInTag | None:
    """The client's row for a tag reference; a default tag gets its row when first needed."""
    repo = TagRepository(session)
    if ref.startswith(OWN_TAG_PREFIX):
        number = ref.removeprefix(OWN_TAG_PREFIX)
        row = repo.get(actor.user_id, int(number)) if number.isdigit() else None
        return row if row is not None and row.default_key is None else None
    if ref not in DEFAULT_TAGS:
        return None
    row = repo.get_default(actor.user_id, ref)
    if row is None and create:
        try:
            with session.begin_nested():  # two requests at once: the second finds the first's row
                row = repo.add(CheckInTag(client_id=actor.user_id, group=DEFAULT_TAGS[ref][0], default_key=ref))
        except IntegrityError:
            row = repo.get_default(actor.user_id, ref)
    return row


def update_tag(session: Session, actor: Actor, ref: str, data: TagUpdate, *, locale: str) -> TagView:
    """Rename or hide (or show again) one of the client's tags, a default one included."""
    _client_only(actor)
    row = _row_for_ref(session, actor, ref, create=True)
    if row is None:
        raise NotFound("No such tag.")
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    if "name" in changes:
        _check_unique(session, actor, row.group, changes["name"], other_than=ref)
        row.name = changes["name"]
    if "hidden" in changes:
        row.hidden = changes["hidden"]
    row.updated_at = utc_now()
    session.flush()
    audit.record(
        session,
        actor,
        AuditEvent.CHECKIN_TAG_UPDATED,
        subject_id=actor.user_id,
        object_type="checkin_tag",
        object_id=row.id,
        extra={"fields": sorted(changes)},
    )
    if "name" in changes:
        _screened_name(session, actor, changes["name"], row.id)
    return views_by_row([row], locale)[row.id]


def tag_ids_for(session: Session, actor: Actor, refs: list[str]) -> list[int]:
    """The rows for the tags chosen on a check-in; an unknown reference is a field error."""
    ids = []
    for ref in refs:
        row = _row_for_ref(session, actor, ref, create=True)
        if row is None:
            raise InvalidInput("Choose tags from your list.", field="tags")
        ids.append(row.id)
    return ids
