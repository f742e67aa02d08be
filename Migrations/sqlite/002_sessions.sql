-- Uploaded telemetry sessions, their raw files, and per-lap tags.
-- Keep in step with Migrations/postgres/002_sessions.sql (same tables, columns, constraints).

CREATE TABLE sessions (
    session_id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NULL REFERENCES users (id) ON DELETE CASCADE,
    is_anonymous INTEGER NOT NULL DEFAULT 0
        CHECK (is_anonymous IN (0, 1)),
    track_name TEXT NOT NULL,
    session_date TEXT NOT NULL,
    session_started_at TEXT NULL,
    filename TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    n_laps INTEGER NULL,
    n_clean_laps INTEGER NULL,
    best_lap_time_s REAL NULL,
    top3_avg_time_s REAL NULL,
    avg_lap_time_s REAL NULL,
    consistency_score REAL NULL,
    snapshot_json TEXT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (user_id, content_sha256)
) STRICT;

CREATE INDEX sessions_user_id_created_at_idx ON sessions (user_id, created_at);

CREATE INDEX sessions_track_name_idx ON sessions (track_name);

CREATE TABLE session_files (
    session_id TEXT PRIMARY KEY NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    encoding TEXT NOT NULL,
    original_size INTEGER NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE lap_tags (
    session_id TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    lap_number INTEGER NOT NULL,
    tag TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (session_id, lap_number, tag)
) STRICT;
