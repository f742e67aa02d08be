-- Follow-up chat about a session's coaching report (platform.md §3.5 "New": per (session, user); weak point 22): one
-- row per message, oldest first by id; the store keeps the seed and the last messages only. Keep in step with
-- Migrations/sqlite/008_coaching_chat.sql.

CREATE TABLE coaching_chat_messages (
    id bigserial PRIMARY KEY,
    session_id text NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('user', 'assistant')),
    content text NOT NULL,
    seed smallint NOT NULL DEFAULT 0 CHECK (seed IN (0, 1)),
    created_at timestamptz NOT NULL
);

CREATE INDEX coaching_chat_messages_conversation_idx ON coaching_chat_messages (session_id, user_id, id);
