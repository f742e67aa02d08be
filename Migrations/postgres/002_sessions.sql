-- Uploaded telemetry sessions, their raw files, and per-lap tags.
-- Keep in step with Migrations/sqlite/002_sessions.sql (same tables, columns, constraints).

CREATE TABLE sessions (
    session_id text PRIMARY KEY,
    user_id text NULL REFERENCES users (id) ON DELETE CASCADE,
    is_anonymous boolean NOT NULL DEFAULT false,
    track_name text NOT NULL,
    session_date text NOT NULL,
    session_started_at timestamptz NULL,
    filename text NOT NULL,
    content_sha256 text NOT NULL,
    n_laps integer NULL,
    n_clean_laps integer NULL,
    best_lap_time_s double precision NULL,
    top3_avg_time_s double precision NULL,
    avg_lap_time_s double precision NULL,
    consistency_score double precision NULL,
    snapshot_json text NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, content_sha256)
);

CREATE INDEX sessions_user_id_created_at_idx ON sessions (user_id, created_at);

CREATE INDEX sessions_track_name_idx ON sessions (track_name);

CREATE TABLE session_files (
    session_id text PRIMARY KEY REFERENCES sessions (session_id) ON DELETE CASCADE,
    filename text NOT NULL,
    encoding text NOT NULL,
    original_size bigint NOT NULL,
    content bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE lap_tags (
    session_id text NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    lap_number integer NOT NULL,
    tag text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, lap_number, tag)
);
