-- Organizations, their memberships and events (platform.md §11, §13.5).
-- Keep in step with Migrations/sqlite/003_orgs.sql (same tables, columns, constraints).

CREATE TABLE organizations (
    id text PRIMARY KEY,
    name text NOT NULL,
    slug text NOT NULL UNIQUE,
    logo_url text NULL,
    brand_color text NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org_memberships (
    id text PRIMARY KEY,
    org_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role text NOT NULL DEFAULT 'student'
        CHECK (role IN ('owner', 'instructor', 'student')),
    run_group text NULL,
    joined_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (org_id, user_id)
);

CREATE INDEX org_memberships_user_id_idx ON org_memberships (user_id);

CREATE TABLE org_events (
    id text PRIMARY KEY,
    org_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name text NOT NULL,
    track_name text NOT NULL,
    event_date text NOT NULL,
    event_at timestamptz NOT NULL,
    run_groups text NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX org_events_org_id_event_at_idx ON org_events (org_id, event_at);
