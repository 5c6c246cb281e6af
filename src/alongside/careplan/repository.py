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

    def active_for_client(self, client_id: int) -> list[Homework]:
        """Unscoped, for other domains' system reads (``active_plan_for``)."""
        query = select(Homework).where(Homework.client_id == client_id, Homework.active.is_(True))
        return list(self.session.scalars(query.order_by(Homework.created_at, Homework.id)))


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
