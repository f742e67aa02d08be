-- Start/finish gates learned from sessions with lap numbers, one per track location (issue #16 item 4): a session
-- logged without lap numbers near one is timed at it. The gate itself is the core's LapGate as JSON.
CREATE TABLE lap_gates (
    gate_id TEXT PRIMARY KEY NOT NULL,
    center_lat REAL NOT NULL,
    center_lon REAL NOT NULL,
    gate_json TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX lap_gates_position ON lap_gates (center_lat, center_lon);
