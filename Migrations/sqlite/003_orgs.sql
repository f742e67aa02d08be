-- Organizations, their memberships and events (platform.md §11, §13.5).
-- Keep in step with Migrations/postgres/003_orgs.sql (same tables, columns, constraints).
-- event_date keeps the ISO-8601 text as sent (offset included); event_at is the same instant in UTC for ordering.

CREATE TABLE organizations (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    logo_url TEXT NULL,
    brand_color TEXT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE org_memberships (
    id TEXT PRIMARY KEY NOT NULL,
    org_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'student'
        CHECK (role IN ('owner', 'instructor', 'student')),
    run_group TEXT NULL,
    joined_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (org_id, user_id)
) STRICT;

CREATE INDEX org_memberships_user_id_idx ON org_memberships (user_id);

CREATE TABLE org_events (
    id TEXT PRIMARY KEY NOT NULL,
    org_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    track_name TEXT NOT NULL,
    event_date TEXT NOT NULL,
    event_at TEXT NOT NULL,
    run_groups TEXT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE INDEX org_events_org_id_event_at_idx ON org_events (org_id, event_at);
