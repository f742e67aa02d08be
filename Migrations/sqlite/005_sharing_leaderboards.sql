-- Share links with their comparisons, challenger-session expiry, rate-limit counters, corner records and kings
-- (platform.md §6, §7, §12.4, §13.4 "New"). Keep in step with Migrations/postgres/005_sharing_leaderboards.sql.
-- Share tokens are stored only as the SHA-256 (hex) of the token.

ALTER TABLE sessions ADD COLUMN expires_at TEXT NULL;

CREATE INDEX sessions_expires_at_idx ON sessions (expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE share_links (
    id TEXT PRIMARY KEY NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    owner_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    track_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;

CREATE INDEX share_links_owner_id_idx ON share_links (owner_id, created_at);

CREATE TABLE share_comparisons (
    id TEXT PRIMARY KEY NOT NULL,
    link_id TEXT NOT NULL REFERENCES share_links (id) ON DELETE CASCADE,
    challenger_session_id TEXT NULL REFERENCES sessions (session_id) ON DELETE SET NULL,
    report_json TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX share_comparisons_link_id_idx ON share_comparisons (link_id, created_at);

CREATE TABLE rate_limit_buckets (
    scope TEXT NOT NULL,
    bucket_key TEXT NOT NULL,
    touched_at TEXT NOT NULL,
    PRIMARY KEY (scope, bucket_key)
) STRICT;

CREATE TABLE rate_limit_hits (
    scope TEXT NOT NULL,
    bucket_key TEXT NOT NULL,
    hit_at TEXT NOT NULL
) STRICT;

CREATE INDEX rate_limit_hits_bucket_idx ON rate_limit_hits (scope, bucket_key, hit_at);

CREATE TABLE corner_records (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    track_name TEXT NOT NULL,
    corner_number INTEGER NOT NULL CHECK (corner_number >= 1),
    lap_number INTEGER NOT NULL,
    sector_time_s REAL NOT NULL,
    min_speed_mps REAL NOT NULL,
    brake_point_m REAL NULL,
    consistency_cv REAL NULL,
    created_at TEXT NOT NULL,
    UNIQUE (session_id, corner_number)
) STRICT;

CREATE INDEX corner_records_track_corner_idx ON corner_records (track_name, corner_number);

CREATE INDEX corner_records_user_id_idx ON corner_records (user_id);

CREATE TABLE corner_kings (
    track_name TEXT NOT NULL,
    corner_number INTEGER NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    best_time_s REAL NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (track_name, corner_number)
) STRICT;
