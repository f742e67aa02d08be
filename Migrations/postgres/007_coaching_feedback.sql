-- Section feedback on coaching reports (platform.md §3.6, §13.2 "New": foreign keys with cascade), one row per
-- (session, user, section). Keep in step with Migrations/sqlite/007_coaching_feedback.sql.

CREATE TABLE coaching_feedback (
    session_id text NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    section text NOT NULL,
    rating smallint NOT NULL CHECK (rating IN (-1, 1)),
    comment text NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (session_id, user_id, section)
);
