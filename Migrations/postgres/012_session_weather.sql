-- Session weather (platform.md §2.9, weak point 21): fetched once and kept, with the failed lookups counted in the
-- database so the bounded backfill gives up on a session after a few tries across restarts and servers. Keep in
-- step with Migrations/sqlite/012_session_weather.sql.

CREATE TABLE session_weather (
    session_id text PRIMARY KEY REFERENCES sessions (session_id) ON DELETE CASCADE,
    weather_json text NULL,
    failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
    attempted_at timestamptz NULL,
    fetched_at timestamptz NULL
);
