"""The schema our migrations create at the newest version, written out so that opening an
up-to-date file checks it without building a reference database (which needs sqlite-utils).

Generated: `python -m thidua_desktop.storage.schema_current` rewrites it (then ruff format it).
When it is stale (a migration was added), opening still checks correctly, only more slowly.
"""

NAMES: tuple[str, ...] = (
    "m001_initial_schema",
    "m002_conference_member_units",
    "m003_handover_package_digest",
    "m004_legal_grounds",
)
ENTRIES: dict[tuple[str, str], str] = {
    (
        "index",
        "attendance_conference",
    ): "CREATE INDEX attendance_conference ON attendance(conference_id)",
    ("index", "ballots_vote"): "CREATE INDEX ballots_vote ON ballots(vote_id)",
    (
        "index",
        "idx__sqlite_migrations_migration_set_name",
    ): 'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" ON "_sqlite_migrations" ("migration_set", "name")',
    ("index", "legal_grounds_year"): "CREATE INDEX legal_grounds_year ON legal_grounds(year_id)",
    ("index", "people_cluster"): "CREATE INDEX people_cluster ON people(cluster_id)",
    ("index", "people_unit"): "CREATE INDEX people_unit ON people(unit_id)",
    ("index", "sqlite_autoindex_attendance_1"): "",
    ("index", "sqlite_autoindex_awards_1"): "",
    ("index", "sqlite_autoindex_ballots_1"): "",
    ("index", "sqlite_autoindex_candidates_1"): "",
    ("index", "sqlite_autoindex_candidates_2"): "",
    ("index", "sqlite_autoindex_doc_numbers_1"): "",
    ("index", "sqlite_autoindex_pledge_signatures_1"): "",
    ("index", "sqlite_autoindex_registrations_1"): "",
    ("index", "sqlite_autoindex_scores_1"): "",
    ("index", "sqlite_autoindex_templates_1"): "",
    ("index", "sqlite_autoindex_vote_totals_1"): "",
    ("index", "sqlite_autoindex_year_roles_1"): "",
    ("index", "sqlite_autoindex_years_1"): "",
    ("index", "units_cluster"): "CREATE INDEX units_cluster ON units(cluster_id)",
    (
        "index",
        "units_unique_name",
    ): "CREATE UNIQUE INDEX units_unique_name ON units(cluster_id, name)",
    (
        "table",
        "_sqlite_migrations",
    ): 'CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, "migration_set" TEXT, "name" TEXT, "applied_at" TEXT )',
    (
        "table",
        "agenda_items",
    ): "CREATE TABLE agenda_items ( id INTEGER PRIMARY KEY, conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE, title TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0, presenter TEXT NOT NULL DEFAULT '', planned_time TEXT, duration_minutes INTEGER NOT NULL DEFAULT 0, conclusion TEXT NOT NULL DEFAULT '' )",
    (
        "table",
        "attendance",
    ): "CREATE TABLE attendance ( id INTEGER PRIMARY KEY, conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE, person_id INTEGER NOT NULL REFERENCES people(id), role TEXT NOT NULL DEFAULT 'delegate' CHECK (role IN ('delegate', 'guest', 'chair', 'secretary')), expected INTEGER NOT NULL DEFAULT 1, present INTEGER NOT NULL DEFAULT 0, checked_in_at TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', UNIQUE (conference_id, person_id) )",
    (
        "table",
        "audit_log",
    ): "CREATE TABLE audit_log ( id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER, actor TEXT NOT NULL DEFAULT '', before TEXT NOT NULL DEFAULT '', after TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL DEFAULT '', hash TEXT NOT NULL DEFAULT '' )",
    (
        "table",
        "awards",
    ): "CREATE TABLE awards ( id INTEGER PRIMARY KEY, cluster_id INTEGER NOT NULL REFERENCES clusters(id), name TEXT NOT NULL, level TEXT NOT NULL DEFAULT 'other', short_name TEXT NOT NULL DEFAULT '', awarding_body TEXT NOT NULL DEFAULT '', addressee TEXT NOT NULL DEFAULT '', threshold_pct TEXT NOT NULL DEFAULT '70', comparison TEXT NOT NULL DEFAULT '>=' CHECK (comparison IN ('>=', '>')), base TEXT NOT NULL DEFAULT 'members' CHECK (base IN ('members', 'present', 'returned', 'valid')), quota INTEGER NOT NULL DEFAULT 1 CHECK (quota >= 1), quorum_pct TEXT NOT NULL DEFAULT '0', registered_only INTEGER NOT NULL DEFAULT 1, sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, UNIQUE (cluster_id, name) )",
    (
        "table",
        "ballots",
    ): "CREATE TABLE ballots ( id INTEGER PRIMARY KEY, vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE, seq INTEGER NOT NULL, marks TEXT NOT NULL DEFAULT '', invalid_reason TEXT NOT NULL DEFAULT '', entry_pass INTEGER NOT NULL DEFAULT 1 CHECK (entry_pass IN (1, 2)), UNIQUE (vote_id, entry_pass, seq) )",
    (
        "table",
        "candidates",
    ): "CREATE TABLE candidates ( id INTEGER PRIMARY KEY, vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE, unit_id INTEGER NOT NULL REFERENCES units(id), number INTEGER NOT NULL CHECK (number >= 1), withdrawn INTEGER NOT NULL DEFAULT 0, withdrawal_note TEXT NOT NULL DEFAULT '', UNIQUE (vote_id, number), UNIQUE (vote_id, unit_id) )",
    (
        "table",
        "clusters",
    ): "CREATE TABLE clusters ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, short_name TEXT NOT NULL DEFAULT '', kind_label TEXT NOT NULL DEFAULT '', parent_body TEXT NOT NULL DEFAULT '', issuer_code TEXT NOT NULL DEFAULT '', default_place TEXT NOT NULL DEFAULT '', regulation TEXT NOT NULL DEFAULT '' )",
    (
        "table",
        "conferences",
    ): "CREATE TABLE conferences ( id INTEGER PRIMARY KEY, year_id INTEGER NOT NULL REFERENCES years(id), kind TEXT NOT NULL CHECK (kind IN ('launch', 'midyear', 'yearend', 'other')), title TEXT NOT NULL, date TEXT, start_time TEXT, end_time TEXT, place TEXT NOT NULL DEFAULT '', host_unit_id INTEGER REFERENCES units(id), chair_name TEXT NOT NULL DEFAULT '', chair_title TEXT NOT NULL DEFAULT '', secretary_name TEXT NOT NULL DEFAULT '', secretary_title TEXT NOT NULL DEFAULT '', decision_ref TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '' , member_units INTEGER)",
    (
        "table",
        "counting_members",
    ): "CREATE TABLE counting_members ( id INTEGER PRIMARY KEY, vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE, full_name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', unit_name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chief', 'member')), sort_order INTEGER NOT NULL DEFAULT 0 )",
    (
        "table",
        "criteria",
    ): "CREATE TABLE criteria ( id INTEGER PRIMARY KEY, set_id INTEGER NOT NULL REFERENCES criteria_sets(id) ON DELETE CASCADE, title TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'base' CHECK (kind IN ('group', 'base', 'bonus', 'penalty')), max_points REAL NOT NULL DEFAULT 0, parent_id INTEGER REFERENCES criteria(id), code TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0 )",
    (
        "table",
        "criteria_sets",
    ): "CREATE TABLE criteria_sets ( id INTEGER PRIMARY KEY, year_id INTEGER NOT NULL REFERENCES years(id), name TEXT NOT NULL, scale INTEGER NOT NULL DEFAULT 100, tie_break TEXT NOT NULL DEFAULT 'penalty,base' )",
    (
        "table",
        "doc_numbers",
    ): "CREATE TABLE doc_numbers ( id INTEGER PRIMARY KEY, cluster_id INTEGER NOT NULL REFERENCES clusters(id), year INTEGER NOT NULL, type_code TEXT NOT NULL, last_number INTEGER NOT NULL DEFAULT 0, UNIQUE (cluster_id, year, type_code) )",
    (
        "table",
        "documents",
    ): "CREATE TABLE documents ( id INTEGER PRIMARY KEY, cluster_id INTEGER NOT NULL REFERENCES clusters(id), kind TEXT NOT NULL, filename TEXT NOT NULL, year INTEGER, conference_id INTEGER REFERENCES conferences(id), vote_id INTEGER REFERENCES votes(id), number INTEGER, number_text TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', content BLOB NOT NULL, sha256 TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL DEFAULT '' )",
    (
        "table",
        "handovers",
    ): "CREATE TABLE handovers ( id INTEGER PRIMARY KEY, cluster_id INTEGER NOT NULL REFERENCES clusters(id), year INTEGER NOT NULL, from_unit_id INTEGER REFERENCES units(id), to_unit_id INTEGER REFERENCES units(id), at TEXT NOT NULL DEFAULT '', app_version TEXT NOT NULL DEFAULT '', schema_version TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '' , package_digest TEXT NOT NULL DEFAULT '')",
    (
        "table",
        "legal_grounds",
    ): "CREATE TABLE legal_grounds ( id INTEGER PRIMARY KEY, year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE, text TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0)",
    (
        "table",
        "people",
    ): "CREATE TABLE people ( id INTEGER PRIMARY KEY, cluster_id INTEGER NOT NULL REFERENCES clusters(id), full_name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', unit_id INTEGER REFERENCES units(id), organization TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', name_fold TEXT NOT NULL DEFAULT '' )",
    (
        "table",
        "pledge_signatures",
    ): "CREATE TABLE pledge_signatures ( id INTEGER PRIMARY KEY, year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE, unit_id INTEGER NOT NULL REFERENCES units(id), signed INTEGER NOT NULL DEFAULT 0, signer_name TEXT NOT NULL DEFAULT '', signer_title TEXT NOT NULL DEFAULT '', signed_on TEXT, conference_id INTEGER REFERENCES conferences(id), UNIQUE (year_id, unit_id) )",
    (
        "table",
        "registrations",
    ): "CREATE TABLE registrations ( id INTEGER PRIMARY KEY, year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE, unit_id INTEGER NOT NULL REFERENCES units(id), award_id INTEGER NOT NULL REFERENCES awards(id), note TEXT NOT NULL DEFAULT '', UNIQUE (year_id, unit_id, award_id) )",
    (
        "table",
        "scores",
    ): "CREATE TABLE scores ( id INTEGER PRIMARY KEY, criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE, unit_id INTEGER NOT NULL REFERENCES units(id), self_score REAL, cluster_score REAL, note TEXT NOT NULL DEFAULT '', UNIQUE (criterion_id, unit_id) )",
    (
        "table",
        "speeches",
    ): "CREATE TABLE speeches ( id INTEGER PRIMARY KEY, agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE, speaker_name TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0, speaker_title TEXT NOT NULL DEFAULT '', unit_id INTEGER REFERENCES units(id), organization TEXT NOT NULL DEFAULT '', points TEXT NOT NULL DEFAULT '' )",
    (
        "table",
        "templates",
    ): "CREATE TABLE templates ( id INTEGER PRIMARY KEY, cluster_id INTEGER NOT NULL REFERENCES clusters(id), kind TEXT NOT NULL, filename TEXT NOT NULL, content BLOB NOT NULL, sha256 TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '', UNIQUE (cluster_id, kind) )",
    (
        "table",
        "units",
    ): "CREATE TABLE units ( id INTEGER PRIMARY KEY, cluster_id INTEGER NOT NULL REFERENCES clusters(id), name TEXT NOT NULL, short_name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', parent_id INTEGER REFERENCES units(id), head_name TEXT NOT NULL DEFAULT '', head_title TEXT NOT NULL DEFAULT '', province TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, is_member INTEGER NOT NULL DEFAULT 1, name_fold TEXT NOT NULL DEFAULT '' )",
    (
        "table",
        "vote_totals",
    ): "CREATE TABLE vote_totals ( id INTEGER PRIMARY KEY, vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE, candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE, votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0), UNIQUE (vote_id, candidate_id) )",
    (
        "table",
        "votes",
    ): "CREATE TABLE votes ( id INTEGER PRIMARY KEY, conference_id INTEGER NOT NULL REFERENCES conferences(id), award_id INTEGER NOT NULL REFERENCES awards(id), title TEXT NOT NULL DEFAULT '', round_no INTEGER NOT NULL DEFAULT 1, previous_vote_id INTEGER REFERENCES votes(id), threshold_pct TEXT NOT NULL, comparison TEXT NOT NULL CHECK (comparison IN ('>=', '>')), base TEXT NOT NULL CHECK (base IN ('members', 'present', 'returned', 'valid')), quota INTEGER NOT NULL CHECK (quota >= 1), quorum_pct TEXT NOT NULL DEFAULT '0', members_count INTEGER NOT NULL DEFAULT 0 CHECK (members_count >= 0), present_count INTEGER NOT NULL DEFAULT 0 CHECK (present_count >= 0), ballots_issued INTEGER NOT NULL DEFAULT 0 CHECK (ballots_issued >= 0), ballots_returned INTEGER NOT NULL DEFAULT 0 CHECK (ballots_returned >= 0), entry_mode TEXT NOT NULL DEFAULT 'ballots' CHECK (entry_mode IN ('ballots', 'totals')), totals_valid INTEGER NOT NULL DEFAULT 0, totals_invalid INTEGER NOT NULL DEFAULT 0, double_entry INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')), closed_at TEXT NOT NULL DEFAULT '' )",
    (
        "table",
        "year_roles",
    ): "CREATE TABLE year_roles ( id INTEGER PRIMARY KEY, year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE, unit_id INTEGER NOT NULL REFERENCES units(id), role TEXT NOT NULL CHECK (role IN ('head', 'deputy')), sort_order INTEGER NOT NULL DEFAULT 0, UNIQUE (year_id, unit_id) )",
    (
        "table",
        "years",
    ): "CREATE TABLE years ( id INTEGER PRIMARY KEY, cluster_id INTEGER NOT NULL REFERENCES clusters(id), year INTEGER NOT NULL, theme TEXT NOT NULL DEFAULT '', pledge_content TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', UNIQUE (cluster_id, year) )",
}

if __name__ == "__main__":
    from pathlib import Path

    from thidua_desktop.storage import migrations as mig
    from thidua_desktop.storage.package import reference_schema

    names = tuple(mig.known_migration_names())
    entries = dict(sorted(reference_schema(names, False).items()))
    me = Path(__file__)
    text = me.read_text(encoding="utf-8")
    head, _, tail = text.partition("NAMES: tuple[str, ...] = ")
    _, _, tail = tail.partition('\nif __name__ == "__main__":')
    body = f"NAMES: tuple[str, ...] = {names!r}\nENTRIES: dict[tuple[str, str], str] = {{\n"
    body += "".join(f"    {k!r}: {v!r},\n" for k, v in entries.items()) + "}\n\n"
    me.write_text(head + body + 'if __name__ == "__main__":' + tail, encoding="utf-8")
