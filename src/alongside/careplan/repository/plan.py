"""Every query on goals, homework and completions, scoped by who is asking.

A care plan is made together: a therapist in the client's active care team reads and writes it
whatever the client shares otherwise (no consent scope), and the client reads their own.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, literal, select
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care.care_policy import linked_client_ids
from alongside.careplan.models import Goal, GoalStatus, Homework, HomeworkCompletion


def plan_client_ids(actor: Actor) -> Select:
    """The clients whose care plan the actor may read (usable in ``IN (...)``)."""
    if actor.is_client:
        return select(literal(actor.user_id))
    return linked_client_ids(actor)  # nobody for an admin


class GoalRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[Goal]]:
        return select(Goal).where(Goal.client_id.in_(plan_client_ids(actor)))

    def add(self, goal: Goal) -> Goal:
        self.session.add(goal)
        self.session.flush()
        return goal

    def get_readable(self, actor: Actor, client_id: int, goal_id: int) -> Goal | None:
        return self.session.scalar(self.readable_by(actor).where(Goal.id == goal_id, Goal.client_id == client_id))

    def for_client(self, actor: Actor, client_id: int) -> list[Goal]:
        """Active goals first, then achieved, then dropped; oldest first within each."""
        rows = self.session.scalars(
            self.readable_by(actor).where(Goal.client_id == client_id).order_by(Goal.created_at, Goal.id)
        )
        order = {"active": 0, "achieved": 1, "dropped": 2}
        return sorted(rows, key=lambda goal: order[goal.status.value])

    def active_for_client(self, client_id: int) -> list[Goal]:
        """Unscoped, for other domains' system reads (``active_plan_for``)."""
        query = select(Goal).where(Goal.client_id == client_id, Goal.status == GoalStatus.ACTIVE)
        return list(self.session.scalars(query.order_by(Goal.created_at, Goal.id)))


class HomeworkRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[Homework]]:
        return select(Homework).where(Homework.client_id.in_(plan_client_ids(actor)))

    def add(self, homework: Homework) -> Homework:
        self.session.add(homework)
        self.session.flush()
        return homework

    def get_readable(self, actor: Actor, client_id: int, homework_id: int) -> Homework | None:
        return self.session.scalar(
            self.readable_by(actor).where(Homework.id == homework_id, Homework.client_id == client_id)
        )

    def for_client(self, actor: Actor, client_id: int, *, active_only: bool = False) -> list[Homework]:
        query = self.readable_by(actor).where(Homework.client_id == client_id)
        if active_only:
            query = query.where(Homework.active.is_(True))
        return list(self.session.scalars(query.order_by(Homework.active.desc(), Homework.created_at, Homework.id)))

    def active_plans_for_clients(self, actor: Actor, client_ids: list[int]) -> list[tuple]:
        """(id, client_id, times_per_week, start_date, end_date) of the active homework of many
        readable clients, in one query of plain rows (the caseload)."""
        if not client_ids:
            return []
        query = (
            select(Homework.id, Homework.client_id, Homework.times_per_week, Homework.start_date, Homework.end_date)
            .where(Homework.client_id.in_(plan_client_ids(actor)))
            .where(Homework.client_id.in_(client_ids), Homework.active.is_(True))
        )
        return [tuple(row) for row in self.session.execute(query.order_by(Homework.client_id, Homework.id))]

    def active_for_client(self, client_id: int) -> list[Homework]:
        """Unscoped, for other domains' system reads (``active_plan_for``)."""
        query = select(Homework).where(Homework.client_id == client_id, Homework.active.is_(True))
        return list(self.session.scalars(query.order_by(Homework.created_at, Homework.id)))

    def get(self, homework_id: int) -> Homework | None:
        """Unscoped, for the reminder jobs (the reminder was set by the homework's own client)."""
        return self.session.get(Homework, homework_id)


class CompletionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[HomeworkCompletion]]:
        return select(HomeworkCompletion).where(HomeworkCompletion.client_id.in_(plan_client_ids(actor)))

    def add(self, completion: HomeworkCompletion) -> HomeworkCompletion:
        self.session.add(completion)
        self.session.flush()
        return completion

    def delete(self, completion: HomeworkCompletion) -> None:
        self.session.delete(completion)
        self.session.flush()

    def get(self, homework_id: int, done_on: date) -> HomeworkCompletion | None:
        """Unscoped: the service has loaded the homework through ``readable_by`` first."""
        return self.session.scalar(
            select(HomeworkCompletion).where(
                HomeworkCompletion.homework_id == homework_id, HomeworkCompletion.done_on == done_on
            )
        )

    def since(self, homework_ids: list[int], first_day: date) -> list[HomeworkCompletion]:
        """Completions of these homework from ``first_day`` on, newest first (one query for a plan).
        Unscoped: the homework ids come from ``readable_by`` (or from a system read)."""
        if not homework_ids:
            return []
        return list(
            self.session.scalars(
                select(HomeworkCompletion)
                .where(HomeworkCompletion.homework_id.in_(homework_ids), HomeworkCompletion.done_on >= first_day)
                .order_by(HomeworkCompletion.done_on.desc(), HomeworkCompletion.id.desc())
            )
        )

    def days_since(self, homework_ids: list[int], first_day: date) -> list[tuple[int, date]]:
        """(homework id, day done) from ``first_day`` on, without the notes (nothing is decrypted).
        Unscoped: the homework ids come from ``readable_by``."""
        if not homework_ids:
            return []
        rows = self.session.execute(
            select(HomeworkCompletion.homework_id, HomeworkCompletion.done_on).where(
                HomeworkCompletion.homework_id.in_(homework_ids), HomeworkCompletion.done_on >= first_day
            )
        ).all()
        return [(homework_id, done_on) for homework_id, done_on in rows]

    def between_for_client(self, actor: Actor, client_id: int, first_day: date, last_day: date) -> list[tuple]:
        """(done_on, created_at, homework id, title, kind) of a readable client's completions in
        [first_day, last_day], newest first; the client's notes are not read."""
        rows = self.session.execute(
            select(
                HomeworkCompletion.done_on,
                HomeworkCompletion.created_at,
                Homework.id,
                Homework.title,
                Homework.kind,
            )
            .join(Homework, Homework.id == HomeworkCompletion.homework_id)
            .where(
                HomeworkCompletion.client_id == client_id,
                HomeworkCompletion.client_id.in_(plan_client_ids(actor)),
                HomeworkCompletion.done_on >= first_day,
                HomeworkCompletion.done_on <= last_day,
            )
            .order_by(HomeworkCompletion.done_on.desc(), HomeworkCompletion.id.desc())
        ).all()
        return [tuple(row) for row in rows]
