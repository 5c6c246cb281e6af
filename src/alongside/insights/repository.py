"""Every query on footprint imports and daily footprint features, scoped by who is asking.

A therapist reads (and imports) a client's footprint only under the client's *footprint* consent."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, delete, insert, select
from sqlalchemy.orm import Session

from alongside.accounts.actor import Actor
from alongside.care.care_policy import readable_client_ids
from alongside.care.models import Scope
from alongside.insights.models import FootprintDay, FootprintImport

SCOPE = Scope.FOOTPRINT
CHUNK = 500  # days per DELETE … IN (...), well under every backend's parameter limit


class FootprintImportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[FootprintImport]]:
        return select(FootprintImport).where(FootprintImport.client_id.in_(readable_client_ids(actor, SCOPE)))

    def add(self, row: FootprintImport) -> FootprintImport:
        self.session.add(row)
        self.session.flush()
        return row

    def by_sha256(self, actor: Actor, client_id: int, sha256: str) -> FootprintImport | None:
        query = self.readable_by(actor).where(FootprintImport.client_id == client_id, FootprintImport.sha256 == sha256)
        return self.session.scalar(query)

    def for_client(self, actor: Actor, client_id: int) -> list[FootprintImport]:
        """Newest first."""
        query = self.readable_by(actor).where(FootprintImport.client_id == client_id)
        return list(self.session.scalars(query.order_by(FootprintImport.created_at.desc(), FootprintImport.id.desc())))


class FootprintDayRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def readable_by(actor: Actor) -> Select[tuple[FootprintDay]]:
        return select(FootprintDay).where(FootprintDay.client_id.in_(readable_client_ids(actor, SCOPE)))

    def replace(self, client_id: int, source: str, import_id: int, features: dict[date, dict[str, float]]) -> int:
        """Store ``features`` as ``source``'s values for those days and metrics, replacing what an earlier
        import from the same source gave for them (other metrics and days are kept). Returns the rows written."""
        by_metric: dict[str, list[date]] = {}
        for day, values in features.items():
            for metric in values:
                by_metric.setdefault(metric, []).append(day)
        for metric, days in by_metric.items():
            for at in range(0, len(days), CHUNK):
                self.session.execute(
                    delete(FootprintDay)
                    .where(
                        FootprintDay.client_id == client_id,
                        FootprintDay.source == source,
                        FootprintDay.metric == metric,
                        FootprintDay.day.in_(days[at : at + CHUNK]),
                    )
                    .execution_options(synchronize_session=False)
                )
        rows = [
            {
                "client_id": client_id,
                "day": day,
                "metric": metric,
                "value": value,
                "source": source,
                "import_id": import_id,
            }
            for day, values in features.items()
            for metric, value in values.items()
        ]
        if rows:
            self.session.execute(insert(FootprintDay), rows)
        return len(rows)

    def between_for_client(self, actor: Actor, client_id: int, start: date, end: date) -> list[FootprintDay]:
        """Features of days in [start, end], oldest first; for each day and metric, the latest import first."""
        query = self.readable_by(actor).where(
            FootprintDay.client_id == client_id, FootprintDay.day >= start, FootprintDay.day <= end
        )
        order = (FootprintDay.day, FootprintDay.metric, FootprintDay.import_id.desc())
        return list(self.session.scalars(query.order_by(*order)))
