-- Private notes and viewport stickies of the web client (client-extras.md §1, §2). Both belong to one user and go
-- with the account; a note attached to a session goes with the session. The per-user caps (500 notes, 50 stickies)
-- are enforced by the stores under a lock on the user's row. Keep in step with Migrations/sqlite/015_notes_stickies.sql.

CREATE TABLE notes (
    id text PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id text NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    anchor_type text NULL,
    anchor_id text NULL,
    anchor_meta_json text NULL,
    content text NOT NULL,
    is_pinned boolean NOT NULL DEFAULT false,
    color text NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE INDEX notes_user_session_idx ON notes (user_id, session_id);
CREATE INDEX notes_session_idx ON notes (session_id);

CREATE TABLE stickies (
    id text PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    pos_x double precision NOT NULL,
    pos_y double precision NOT NULL,
    content text NOT NULL DEFAULT '',
    tone text NOT NULL DEFAULT 'amber',
    collapsed boolean NOT NULL DEFAULT true,
    view_scope text NOT NULL DEFAULT 'global',
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE INDEX stickies_user_idx ON stickies (user_id, updated_at);
