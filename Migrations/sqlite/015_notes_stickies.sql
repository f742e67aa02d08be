-- Private notes and viewport stickies of the web client (client-extras.md §1, §2). Both belong to one user and go
-- with the account; a note attached to a session goes with the session. The per-user caps (500 notes, 50 stickies)
-- are enforced by the stores (SQLite transactions are serialized). Keep in step with
-- Migrations/postgres/015_notes_stickies.sql.

CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id TEXT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    anchor_type TEXT NULL,
    anchor_id TEXT NULL,
    anchor_meta_json TEXT NULL,
    content TEXT NOT NULL,
    is_pinned INTEGER NOT NULL DEFAULT 0 CHECK (is_pinned IN (0, 1)),
    color TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX notes_user_session_idx ON notes (user_id, session_id);
CREATE INDEX notes_session_idx ON notes (session_id);

CREATE TABLE stickies (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    pos_x REAL NOT NULL,
    pos_y REAL NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    tone TEXT NOT NULL DEFAULT 'amber',
    collapsed INTEGER NOT NULL DEFAULT 1 CHECK (collapsed IN (0, 1)),
    view_scope TEXT NOT NULL DEFAULT 'global',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX stickies_user_idx ON stickies (user_id, updated_at);
