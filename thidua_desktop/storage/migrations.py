"""Schema migrations, append-only: never edit one that shipped, add m00N_… instead.

Each step is registered with sqlite-utils' `Migrations` (set "thidua"). sqlite-utils is slow to
import, so the registry is built on first use: opening an up-to-date file only compares names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "thidua"
STEPS: list[Callable[[Database], None]] = []  # in the order they apply


def step(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Append a migration; its function name is its name in `_sqlite_migrations`."""
    STEPS.append(fn)
    return fn


M001_SCHEMA = """
CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    kind_label TEXT NOT NULL DEFAULT '',
    parent_body TEXT NOT NULL DEFAULT '',
    issuer_code TEXT NOT NULL DEFAULT '',
    default_place TEXT NOT NULL DEFAULT '',
    regulation TEXT NOT NULL DEFAULT ''
);
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES units(id),
    head_name TEXT NOT NULL DEFAULT '',
    head_title TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    is_member INTEGER NOT NULL DEFAULT 1,
    name_fold TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX units_unique_name ON units(cluster_id, name);
CREATE TABLE years (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    year INTEGER NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    pledge_content TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (cluster_id, year)
);
CREATE TABLE year_roles (
    id INTEGER PRIMARY KEY,
    year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    role TEXT NOT NULL CHECK (role IN ('head', 'deputy')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (year_id, unit_id)
);
CREATE TABLE conferences (
    id INTEGER PRIMARY KEY,
    year_id INTEGER NOT NULL REFERENCES years(id),
    kind TEXT NOT NULL CHECK (kind IN ('launch', 'midyear', 'yearend', 'other')),
    title TEXT NOT NULL,
    date TEXT,
    start_time TEXT,
    end_time TEXT,
    place TEXT NOT NULL DEFAULT '',
    host_unit_id INTEGER REFERENCES units(id),
    chair_name TEXT NOT NULL DEFAULT '',
    chair_title TEXT NOT NULL DEFAULT '',
    secretary_name TEXT NOT NULL DEFAULT '',
    secretary_title TEXT NOT NULL DEFAULT '',
    decision_ref TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT ''
);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    full_name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES units(id),
    organization TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    name_fold TEXT NOT NULL DEFAULT ''
);
CREATE INDEX people_unit ON people(unit_id);
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    role TEXT NOT NULL DEFAULT 'delegate'
        CHECK (role IN ('delegate', 'guest', 'chair', 'secretary')),
    expected INTEGER NOT NULL DEFAULT 1,
    present INTEGER NOT NULL DEFAULT 0,
    checked_in_at TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (conference_id, person_id)
);
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    presenter TEXT NOT NULL DEFAULT '',
    planned_time TEXT,
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    conclusion TEXT NOT NULL DEFAULT ''
);
CREATE TABLE speeches (
    id INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    speaker_name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    speaker_title TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES units(id),
    organization TEXT NOT NULL DEFAULT '',
    points TEXT NOT NULL DEFAULT ''
);
CREATE TABLE awards (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    name TEXT NOT NULL,
    level TEXT NOT NULL DEFAULT 'other',
    short_name TEXT NOT NULL DEFAULT '',
    awarding_body TEXT NOT NULL DEFAULT '',
    addressee TEXT NOT NULL DEFAULT '',
    threshold_pct TEXT NOT NULL DEFAULT '70',
    comparison TEXT NOT NULL DEFAULT '>=' CHECK (comparison IN ('>=', '>')),
    base TEXT NOT NULL DEFAULT 'members'
        CHECK (base IN ('members', 'present', 'returned', 'valid')),
    quota INTEGER NOT NULL DEFAULT 1 CHECK (quota >= 1),
    quorum_pct TEXT NOT NULL DEFAULT '0',
    registered_only INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    UNIQUE (cluster_id, name)
);
CREATE TABLE pledge_signatures (
    id INTEGER PRIMARY KEY,
    year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    signed INTEGER NOT NULL DEFAULT 0,
    signer_name TEXT NOT NULL DEFAULT '',
    signer_title TEXT NOT NULL DEFAULT '',
    signed_on TEXT,
    conference_id INTEGER REFERENCES conferences(id),
    UNIQUE (year_id, unit_id)
);
CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    award_id INTEGER NOT NULL REFERENCES awards(id),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (year_id, unit_id, award_id)
);
CREATE TABLE votes (
    id INTEGER PRIMARY KEY,
    conference_id INTEGER NOT NULL REFERENCES conferences(id),
    award_id INTEGER NOT NULL REFERENCES awards(id),
    title TEXT NOT NULL DEFAULT '',
    round_no INTEGER NOT NULL DEFAULT 1,
    previous_vote_id INTEGER REFERENCES votes(id),
    threshold_pct TEXT NOT NULL,
    comparison TEXT NOT NULL CHECK (comparison IN ('>=', '>')),
    base TEXT NOT NULL CHECK (base IN ('members', 'present', 'returned', 'valid')),
    quota INTEGER NOT NULL CHECK (quota >= 1),
    quorum_pct TEXT NOT NULL DEFAULT '0',
    members_count INTEGER NOT NULL DEFAULT 0 CHECK (members_count >= 0),
    present_count INTEGER NOT NULL DEFAULT 0 CHECK (present_count >= 0),
    ballots_issued INTEGER NOT NULL DEFAULT 0 CHECK (ballots_issued >= 0),
    ballots_returned INTEGER NOT NULL DEFAULT 0 CHECK (ballots_returned >= 0),
    entry_mode TEXT NOT NULL DEFAULT 'ballots' CHECK (entry_mode IN ('ballots', 'totals')),
    totals_valid INTEGER NOT NULL DEFAULT 0,
    totals_invalid INTEGER NOT NULL DEFAULT 0,
    double_entry INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    number INTEGER NOT NULL CHECK (number >= 1),
    withdrawn INTEGER NOT NULL DEFAULT 0,
    withdrawal_note TEXT NOT NULL DEFAULT '',
    UNIQUE (vote_id, number),
    UNIQUE (vote_id, unit_id)
);
CREATE TABLE ballots (
    id INTEGER PRIMARY KEY,
    vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    marks TEXT NOT NULL DEFAULT '',
    invalid_reason TEXT NOT NULL DEFAULT '',
    entry_pass INTEGER NOT NULL DEFAULT 1 CHECK (entry_pass IN (1, 2)),
    UNIQUE (vote_id, entry_pass, seq)
);
CREATE TABLE vote_totals (
    id INTEGER PRIMARY KEY,
    vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    UNIQUE (vote_id, candidate_id)
);
CREATE TABLE counting_members (
    id INTEGER PRIMARY KEY,
    vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
    full_name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    unit_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chief', 'member')),
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE criteria_sets (
    id INTEGER PRIMARY KEY,
    year_id INTEGER NOT NULL REFERENCES years(id),
    name TEXT NOT NULL,
    scale INTEGER NOT NULL DEFAULT 100,
    tie_break TEXT NOT NULL DEFAULT 'penalty,base'
);
CREATE TABLE criteria (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES criteria_sets(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'base' CHECK (kind IN ('group', 'base', 'bonus', 'penalty')),
    max_points REAL NOT NULL DEFAULT 0,
    parent_id INTEGER REFERENCES criteria(id),
    code TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE scores (
    id INTEGER PRIMARY KEY,
    criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    self_score REAL,
    cluster_score REAL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (criterion_id, unit_id)
);
CREATE TABLE templates (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    kind TEXT NOT NULL,
    filename TEXT NOT NULL,
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    UNIQUE (cluster_id, kind)
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    kind TEXT NOT NULL,
    filename TEXT NOT NULL,
    year INTEGER,
    conference_id INTEGER REFERENCES conferences(id),
    vote_id INTEGER REFERENCES votes(id),
    number INTEGER,
    number_text TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE doc_numbers (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    year INTEGER NOT NULL,
    type_code TEXT NOT NULL,
    last_number INTEGER NOT NULL DEFAULT 0,
    UNIQUE (cluster_id, year, type_code)
);
CREATE TABLE handovers (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    year INTEGER NOT NULL,
    from_unit_id INTEGER REFERENCES units(id),
    to_unit_id INTEGER REFERENCES units(id),
    at TEXT NOT NULL DEFAULT '',
    app_version TEXT NOT NULL DEFAULT '',
    schema_version TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    actor TEXT NOT NULL DEFAULT '',
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attendance_conference ON attendance(conference_id);
CREATE INDEX ballots_vote ON ballots(vote_id);
CREATE INDEX units_cluster ON units(cluster_id);
CREATE INDEX people_cluster ON people(cluster_id);
"""


@step
def m001_initial_schema(db: Database) -> None:
    """The whole domain model of the first release."""
    for statement in M001_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


@step
def m002_conference_member_units(db: Database) -> None:
    """Each conference keeps the number of member units it had (NULL: it follows the live list).

    Conferences already held when this step runs get today's count: until now nothing changed
    it but edits of the member list, so it is the best record there is.
    """
    db.execute("ALTER TABLE conferences ADD COLUMN member_units INTEGER")
    db.execute(
        "UPDATE conferences SET member_units = (SELECT count(*) FROM units u JOIN years y "
        "ON u.cluster_id = y.cluster_id WHERE y.id = conferences.year_id AND u.active "
        "AND u.is_member) WHERE date IS NOT NULL AND date < date('now', 'localtime')"
    )


def known_migration_names() -> list[str]:
    return [fn.__name__ for fn in STEPS]


def registry(names: Iterable[str] | None = None) -> Migrations:
    """The sqlite-utils migration set of our steps — every one, or only those named (a package
    at an older schema version). Imports sqlite-utils."""
    wanted = None if names is None else set(names)
    return _registry(tuple(fn for fn in STEPS if wanted is None or fn.__name__ in wanted))


@cache
def _registry(steps: tuple[Callable[[Database], None], ...]) -> Migrations:
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for fn in steps:
        migrations()(fn)
    return migrations


def schema_version() -> str:
    """The newest migration this build knows: written into packages and exports."""
    return known_migration_names()[-1]


@step
def m003_handover_package_digest(db: Database) -> None:
    """Each handover keeps the SHA-256 of the package it produced, so the handover record printed
    afterwards (in any session) carries the package's short digest beside the signatures."""
    db.execute("ALTER TABLE handovers ADD COLUMN package_digest TEXT NOT NULL DEFAULT ''")


@step
def m004_legal_grounds(db: Database) -> None:
    """The grounds ("Căn cứ …") the year's letters cite, kept per year in print order; a year
    without rows cites the defaults of the letter's date (domain.legal_grounds)."""
    db.execute(
        "CREATE TABLE legal_grounds ("
        " id INTEGER PRIMARY KEY,"
        " year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,"
        " text TEXT NOT NULL,"
        " sort_order INTEGER NOT NULL DEFAULT 0"
        ")"
    )
    db.execute("CREATE INDEX legal_grounds_year ON legal_grounds(year_id)")
