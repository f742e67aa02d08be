-- Start/finish gates learned from sessions with lap numbers, one per track location (issue #16 item 4): a session
-- logged without lap numbers near one is timed at it. The gate itself is the core's LapGate as JSON.
CREATE TABLE lap_gates (
    gate_id text PRIMARY KEY,
    center_lat double precision NOT NULL,
    center_lon double precision NOT NULL,
    gate_json text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX lap_gates_position ON lap_gates (center_lat, center_lon);
