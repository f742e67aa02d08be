-- Instructor links, invite codes and student flags (platform.md §10, §13.5 "New").
-- Keep in step with Migrations/sqlite/004_instructor.sql (same tables, columns, constraints).
-- A link is created pending (student_id NULL) with its invite; accepting fills student_id and makes it active.
-- Invite codes are stored only as the SHA-256 (hex) of the code; a code is single use and expires after 7 days.

CREATE TABLE instructor_links (
    id text PRIMARY KEY,
    instructor_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    student_id text NULL REFERENCES users (id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'active', 'removed')),
    created_at timestamptz NOT NULL DEFAULT now(),
    linked_at timestamptz NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'pending') = (student_id IS NULL))
);

CREATE UNIQUE INDEX instructor_links_instructor_id_student_id_key ON instructor_links (instructor_id, student_id)
    WHERE student_id IS NOT NULL;

CREATE INDEX instructor_links_student_id_idx ON instructor_links (student_id, status);

CREATE TABLE instructor_invites (
    code_hash text PRIMARY KEY,
    link_id text NOT NULL REFERENCES instructor_links (id) ON DELETE CASCADE,
    instructor_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz NULL
);

CREATE INDEX instructor_invites_instructor_id_idx ON instructor_invites (instructor_id);

CREATE TABLE student_flags (
    id bigserial PRIMARY KEY,
    student_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id text NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    flag_type text NOT NULL
        CHECK (flag_type IN ('attention', 'safety', 'improvement', 'praise')),
    description text NOT NULL,
    auto_generated boolean NOT NULL DEFAULT true,
    created_by text NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX student_flags_session_id_flag_type_key ON student_flags (session_id, flag_type)
    WHERE auto_generated;

CREATE INDEX student_flags_student_id_created_at_idx ON student_flags (student_id, created_at);
