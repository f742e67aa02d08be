-- Coaching reports and their lifecycle (platform.md §3.2, §13.2 "New"): one row per (session, skill level) with its
-- status, who claimed the job and when, and the forced regenerations per user per UTC day.
-- Keep in step with Migrations/sqlite/006_coaching.sql.

CREATE TABLE coaching_reports (
    session_id text NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    skill_level text NOT NULL CHECK (skill_level IN ('novice', 'intermediate', 'advanced')),
    status text NOT NULL CHECK (status IN ('generating', 'ready', 'error')),
    started_at timestamptz NULL,
    claimed_by text NULL,
    claimed_at timestamptz NULL,
    generated_by text NULL,
    report_json text NULL,
    stale boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (session_id, skill_level)
);

CREATE INDEX coaching_reports_pending_idx ON coaching_reports (status, started_at) WHERE status = 'generating';

CREATE TABLE coaching_regenerations (
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    utc_day text NOT NULL,
    used integer NOT NULL CHECK (used >= 0),
    PRIMARY KEY (user_id, utc_day)
);
