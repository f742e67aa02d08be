-- Share links with their comparisons, challenger-session expiry, rate-limit counters, corner records and kings
-- (platform.md §6, §7, §12.4, §13.4 "New"). Keep in step with Migrations/sqlite/005_sharing_leaderboards.sql.
-- Share tokens are stored only as the SHA-256 (hex) of the token.

ALTER TABLE sessions ADD COLUMN expires_at timestamptz NULL;

CREATE INDEX sessions_expires_at_idx ON sessions (expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE share_links (
    id text PRIMARY KEY,
    token_hash text NOT NULL UNIQUE,
    owner_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id text NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    track_name text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);

CREATE INDEX share_links_owner_id_idx ON share_links (owner_id, created_at);

CREATE TABLE share_comparisons (
    id text PRIMARY KEY,
    link_id text NOT NULL REFERENCES share_links (id) ON DELETE CASCADE,
    challenger_session_id text NULL REFERENCES sessions (session_id) ON DELETE SET NULL,
    report_json text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE INDEX share_comparisons_link_id_idx ON share_comparisons (link_id, created_at);

CREATE TABLE rate_limit_buckets (
    scope text NOT NULL,
    bucket_key text NOT NULL,
    touched_at timestamptz NOT NULL,
    PRIMARY KEY (scope, bucket_key)
);

CREATE TABLE rate_limit_hits (
    scope text NOT NULL,
    bucket_key text NOT NULL,
    hit_at timestamptz NOT NULL
);

CREATE INDEX rate_limit_hits_bucket_idx ON rate_limit_hits (scope, bucket_key, hit_at);

CREATE TABLE corner_records (
    id text PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id text NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    track_name text NOT NULL,
    corner_number integer NOT NULL CHECK (corner_number >= 1),
    lap_number integer NOT NULL,
    sector_time_s double precision NOT NULL,
    min_speed_mps double precision NOT NULL,
    brake_point_m double precision NULL,
    consistency_cv double precision NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (session_id, corner_number)
);

CREATE INDEX corner_records_track_corner_idx ON corner_records (track_name, corner_number);

CREATE INDEX corner_records_user_id_idx ON corner_records (user_id);

CREATE TABLE corner_kings (
    track_name text NOT NULL,
    corner_number integer NOT NULL,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id text NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    best_time_s double precision NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (track_name, corner_number)
);
