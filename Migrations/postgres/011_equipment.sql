-- Equipment profiles and session equipment (platform.md §4.5, §4.6, §13.3): a profile's content is one JSON document
-- (tyres, vehicle, brakes, suspension, overrides, notes) owned by a user; at most one default per owner (partial unique
-- index); one assignment per session, removed with the session or the profile. Keep in step with
-- Migrations/sqlite/011_equipment.sql.

CREATE TABLE equipment_profiles (
    id text PRIMARY KEY,
    owner_id text NULL REFERENCES users (id) ON DELETE CASCADE,
    name text NOT NULL,
    document_json text NOT NULL,
    is_default smallint NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE INDEX equipment_profiles_owner_idx ON equipment_profiles (owner_id, name);
CREATE UNIQUE INDEX equipment_profiles_one_default_idx ON equipment_profiles (owner_id) WHERE is_default = 1;

CREATE TABLE session_equipment (
    session_id text PRIMARY KEY REFERENCES sessions (session_id) ON DELETE CASCADE,
    profile_id text NOT NULL REFERENCES equipment_profiles (id) ON DELETE CASCADE,
    overrides_json text NOT NULL,
    conditions_json text NULL,
    assigned_at timestamptz NOT NULL
);

CREATE INDEX session_equipment_profile_idx ON session_equipment (profile_id);
