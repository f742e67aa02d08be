-- Identity: users and the auth subjects (token `sub` values) that map onto them.
-- Keep in step with Migrations/postgres/001_identity.sql (same tables, columns, constraints).
-- Timestamps are TEXT 'yyyy-MM-ddTHH:mm:ss.SSSZ' (UTC, ms); booleans are INTEGER 0/1.

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    avatar_url TEXT NULL,
    skill_level TEXT NOT NULL DEFAULT 'intermediate'
        CHECK (skill_level IN ('novice', 'intermediate', 'advanced')),
    role TEXT NOT NULL DEFAULT 'driver'
        CHECK (role IN ('driver', 'instructor')),
    leaderboard_opt_in INTEGER NOT NULL DEFAULT 0
        CHECK (leaderboard_opt_in IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE auth_subjects (
    sub TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE INDEX auth_subjects_user_id_idx ON auth_subjects (user_id);
