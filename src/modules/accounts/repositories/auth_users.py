"""The user behind an access token, read on every authenticated API request.

One raw SELECT (user LEFT JOIN profile), built once per database connection vendor from the
models' own metadata, instead of `User.objects.select_related("profile").get(pk=...)`: the ORM
spends ~400 µs of CPU per request compiling that query and building its row mapping, more than
everything else `/api/users/me` does (bench/cpu_cost.py, docs/performance.md). Columns come from
`_meta`, so a field added to either model is read here too, and each value goes through the same
database converters the ORM applies (JSON, datetimes on SQLite...).

Nothing is cached across requests except the statement: `is_active` is read from the database
every time, so a deactivated user is refused on their next request.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Field

from modules.accounts.models import Profile, User

Converter = Callable[[Any, Any, BaseDatabaseWrapper], Any]


@dataclass(frozen=True)
class _Statement:
    sql: str
    user_attnames: tuple[str, ...]
    profile_attnames: tuple[str, ...]
    profile_pk_index: int  # in the profile's columns
    # (column index, the Col expression the converters expect, converters in ORM order)
    converters: tuple[tuple[int, Any, tuple[Converter, ...]], ...]


_statements: dict[str, _Statement] = {}


def _converters_of(field: Field, alias: str, conn: BaseDatabaseWrapper) -> tuple[Any, tuple[Converter, ...]]:
    # Same order as SQLCompiler.get_converters: backend converters, then the field's own.
    col = field.get_col(alias)
    return col, tuple(conn.ops.get_db_converters(col)) + tuple(col.get_db_converters(conn))


def _build(conn: BaseDatabaseWrapper) -> _Statement:
    quote = conn.ops.quote_name
    user_table, profile_table = User._meta.db_table, Profile._meta.db_table
    user_fields = User._meta.concrete_fields
    profile_fields = Profile._meta.concrete_fields
    columns = [f"{quote(user_table)}.{quote(f.column)}" for f in user_fields]
    columns += [f"{quote(profile_table)}.{quote(f.column)}" for f in profile_fields]
    user_pk = f"{quote(user_table)}.{quote(User._meta.pk.column)}"
    profile_fk = f"{quote(profile_table)}.{quote(Profile._meta.get_field('user').column)}"
    join = f"{quote(user_table)} LEFT OUTER JOIN {quote(profile_table)} ON {profile_fk} = {user_pk}"
    # Identifiers come from the models' metadata, quoted; the user id is a bound parameter.
    sql = f"SELECT {', '.join(columns)} FROM {join} WHERE {user_pk} = %s"  # noqa: S608
    converters = []
    tables = [(user_table, f) for f in user_fields] + [(profile_table, f) for f in profile_fields]
    for index, (table, field) in enumerate(tables):
        col, funcs = _converters_of(field, table, conn)
        if funcs:
            converters.append((index, col, funcs))
    return _Statement(
        sql=sql,
        user_attnames=tuple(f.attname for f in user_fields),
        profile_attnames=tuple(f.attname for f in profile_fields),
        profile_pk_index=list(profile_fields).index(Profile._meta.pk),
        converters=tuple(converters),
    )


def _statement() -> _Statement:
    statement = _statements.get(connection.vendor)
    if statement is None:
        statement = _statements[connection.vendor] = _build(connection)
    return statement


def user_with_profile(user_id: int) -> User | None:
    """The user with `user.profile` already loaded (or known to be missing), in one query.

    A Django `User`, not a view: it becomes `request.user`/`request.auth`, which Django and
    the API layer treat as the authenticated user.
    """
    statement = _statement()
    with connection.cursor() as cursor:
        cursor.execute(statement.sql, [user_id])
        row = cursor.fetchone()
    if row is None:
        return None
    values: list[Any] = list(row)
    for index, col, funcs in statement.converters:
        value = values[index]
        for convert in funcs:
            value = convert(value, col, connection)
        values[index] = value
    split = len(statement.user_attnames)
    user = User.from_db(connection.alias, statement.user_attnames, values[:split])
    profile_values: Sequence[Any] = values[split:]
    # Profile's primary key is the user id: NULL means the LEFT JOIN found no profile.
    profile = None
    if profile_values[statement.profile_pk_index] is not None:
        profile = Profile.from_db(connection.alias, statement.profile_attnames, profile_values)
        Profile.user.field.set_cached_value(profile, user)
    # What select_related("profile") leaves behind: `user.profile` without another query,
    # RelatedObjectDoesNotExist when there is none.
    User.profile.related.set_cached_value(user, profile)
    return user
