"""Storage: the only place with SQL (SQLite through sqlite-utils)."""
