-- Section feedback on coaching reports (platform.md §3.6, §13.2 "New": foreign keys with cascade), one row per
-- (session, user, section). Keep in step with Migrations/postgres/007_coaching_feedback.sql.

CREATE TABLE coaching_feedback (
    session_id TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    comment TEXT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (session_id, user_id, section)
) STRICT;
