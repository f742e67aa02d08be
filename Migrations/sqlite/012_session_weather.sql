-- Session weather (platform.md §2.9, weak point 21): fetched once and kept, with the failed lookups counted in the
-- database so the bounded backfill gives up on a session after a few tries across restarts and servers. Keep in
-- step with Migrations/postgres/012_session_weather.sql.

CREATE TABLE session_weather (
    session_id TEXT PRIMARY KEY REFERENCES sessions (session_id) ON DELETE CASCADE,
    weather_json TEXT NULL,
    failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    attempted_at TEXT NULL,
    fetched_at TEXT NULL
) STRICT;
