-- Instructor links, invite codes and student flags (platform.md §10, §13.5 "New").
-- Keep in step with Migrations/postgres/004_instructor.sql (same tables, columns, constraints).
-- A link is created pending (student_id NULL) with its invite; accepting fills student_id and makes it active.
-- Invite codes are stored only as the SHA-256 (hex) of the code; a code is single use and expires after 7 days.

CREATE TABLE instructor_links (
    id TEXT PRIMARY KEY NOT NULL,
    instructor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    student_id TEXT NULL REFERENCES users (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'active', 'removed')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    linked_at TEXT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK ((status = 'pending') = (student_id IS NULL))
) STRICT;

CREATE UNIQUE INDEX instructor_links_instructor_id_student_id_key ON instructor_links (instructor_id, student_id)
    WHERE student_id IS NOT NULL;

CREATE INDEX instructor_links_student_id_idx ON instructor_links (student_id, status);

CREATE TABLE instructor_invites (
    code_hash TEXT PRIMARY KEY NOT NULL,
    link_id TEXT NOT NULL REFERENCES instructor_links (id) ON DELETE CASCADE,
    instructor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    expires_at TEXT NOT NULL,
    used_at TEXT NULL
) STRICT;

CREATE INDEX instructor_invites_instructor_id_idx ON instructor_invites (instructor_id);

CREATE TABLE student_flags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    student_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id TEXT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    flag_type TEXT NOT NULL
        CHECK (flag_type IN ('attention', 'safety', 'improvement', 'praise')),
    description TEXT NOT NULL,
    auto_generated INTEGER NOT NULL DEFAULT 1
        CHECK (auto_generated IN (0, 1)),
    created_by TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE UNIQUE INDEX student_flags_session_id_flag_type_key ON student_flags (session_id, flag_type)
    WHERE auto_generated = 1;

CREATE INDEX student_flags_student_id_created_at_idx ON student_flags (student_id, created_at);
