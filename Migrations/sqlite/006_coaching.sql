-- Coaching reports and their lifecycle (platform.md §3.2, §13.2 "New"): one row per (session, skill level) with its
-- status, who claimed the job and when, and the forced regenerations per user per UTC day.
-- Keep in step with Migrations/postgres/006_coaching.sql.

CREATE TABLE coaching_reports (
    session_id TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    skill_level TEXT NOT NULL CHECK (skill_level IN ('novice', 'intermediate', 'advanced')),
    status TEXT NOT NULL CHECK (status IN ('generating', 'ready', 'error')),
    started_at TEXT NULL,
    claimed_by TEXT NULL,
    claimed_at TEXT NULL,
    generated_by TEXT NULL,
    report_json TEXT NULL,
    stale INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, skill_level)
) STRICT;

CREATE INDEX coaching_reports_pending_idx ON coaching_reports (status, started_at) WHERE status = 'generating';

CREATE TABLE coaching_regenerations (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    utc_day TEXT NOT NULL,
    used INTEGER NOT NULL CHECK (used >= 0),
    PRIMARY KEY (user_id, utc_day)
) STRICT;
