-- The operator console's LLM routing and usage (client-extras.md §10, issue #17 item 6): run-time settings (the
-- routing switch), per-task fallback chains, one row per provider call (tokens, latency, cost, outcome) and the audit
-- log of every operator write. Keep in step with the other dialect's 017_llm_operations.sql.

CREATE TABLE runtime_settings (
    key text PRIMARY KEY,
    value_json text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NULL
);

CREATE TABLE llm_task_routes (
    task text PRIMARY KEY,
    chain_json text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NULL
);

CREATE TABLE llm_usage_events (
    id text PRIMARY KEY,
    created_at timestamptz NOT NULL,
    task text NOT NULL,
    provider text NOT NULL,
    model text NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('ok', 'error')),
    error_kind text NULL,
    latency_ms integer NOT NULL,
    input_tokens integer NULL,
    output_tokens integer NULL,
    cost_usd double precision NULL
);

CREATE INDEX llm_usage_events_created_idx ON llm_usage_events (created_at);

CREATE TABLE admin_audit_log (
    id text PRIMARY KEY,
    created_at timestamptz NOT NULL,
    actor_id text NOT NULL,
    actor_email text NOT NULL,
    action text NOT NULL,
    target text NOT NULL,
    detail_json text NOT NULL
);

CREATE INDEX admin_audit_log_created_idx ON admin_audit_log (created_at);
