"""The layout rules of STYLE.md, checked: queries only in repositories, services free of web and
commits, settings read in one place, and migrations that match the models."""

from __future__ import annotations

import re
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from alongside.db import load_models
from alongside.kit.orm import Base

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "alongside"


def python_files():
    return [p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts]


def test_queries_only_in_repositories():
    offenders = []
    for path in python_files():
        # A repository past ~400 lines becomes a sub-package (STYLE.md §2.10): careplan/repository/*.py.
        if path.name in ("repository.py", "care_policy.py") or path.parent.name == "repository":
            continue
        if re.search(r"\bselect\(", path.read_text()):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert not offenders, f"select( outside repository.py: {offenders}"


def test_services_neither_use_fastapi_nor_commit():
    for path in PACKAGE.rglob("service.py"):
        source = path.read_text()
        assert "fastapi" not in source, path
        assert ".commit()" not in source, path


def test_settings_are_read_only_in_config():
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in python_files()
        if "os.environ" in p.read_text() and p.name not in ("config.py", "cli.py")
    ]
    assert not offenders


def test_migrations_match_the_models(engine):
    load_models()
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models differ from the migrations; add an Alembic revision: {diff}"
