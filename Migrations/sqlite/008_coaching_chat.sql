-- Follow-up chat about a session's coaching report (platform.md §3.5 "New": per (session, user); weak point 22): one
-- row per message, oldest first by id; the store keeps the seed and the last messages only. Keep in step with
-- Migrations/postgres/008_coaching_chat.sql.

CREATE TABLE coaching_chat_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    content TEXT NOT NULL,
    seed INTEGER NOT NULL DEFAULT 0 CHECK (seed IN (0, 1)),
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX coaching_chat_messages_conversation_idx ON coaching_chat_messages (session_id, user_id, id);
