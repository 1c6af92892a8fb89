"""Schema operations for tables too large to lock: indexes built without blocking writes."""

from __future__ import annotations

from django.contrib.postgres.operations import AddIndexConcurrently as _PostgresConcurrently
from django.db.migrations.operations import AddIndex


class AddIndexConcurrently(_PostgresConcurrently):
    """`CREATE INDEX CONCURRENTLY` on PostgreSQL (writes go on while it builds, e.g. on a chat_message
    of a year of traffic); a plain `CREATE INDEX` elsewhere (SQLite, development).

    The migration must say `atomic = False`: PostgreSQL refuses CONCURRENTLY inside a transaction.
    If a concurrent build fails it leaves an INVALID index; drop it and run the migration again."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)
        else:
            AddIndex.database_forwards(self, app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
        else:
            AddIndex.database_backwards(self, app_label, schema_editor, from_state, to_state)
