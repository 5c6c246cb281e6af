"""The privacy tests use the notes tests' sessions and notes (the export holds signed notes)."""

from tests.notes.conftest import ana, ben_note, ben_session, ben_transcript  # noqa: F401 (fixtures)
