-- Identity: users and the auth subjects (token `sub` values) that map onto them.
-- Keep in step with Migrations/sqlite/001_identity.sql (same tables, columns, constraints).

CREATE TABLE users (
    id text PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text NOT NULL DEFAULT '',
    avatar_url text NULL,
    skill_level text NOT NULL DEFAULT 'intermediate'
        CHECK (skill_level IN ('novice', 'intermediate', 'advanced')),
    role text NOT NULL DEFAULT 'driver'
        CHECK (role IN ('driver', 'instructor')),
    leaderboard_opt_in boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE auth_subjects (
    sub text PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX auth_subjects_user_id_idx ON auth_subjects (user_id);
