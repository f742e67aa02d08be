-- The operator console's LLM routing and usage (client-extras.md §10, issue #17 item 6): run-time settings (the
-- routing switch), per-task fallback chains, one row per provider call (tokens, latency, cost, outcome) and the audit
-- log of every operator write. Keep in step with the other dialect's 017_llm_operations.sql.

CREATE TABLE runtime_settings (
    key TEXT PRIMARY KEY,
    value_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NULL
) STRICT;

CREATE TABLE llm_task_routes (
    task TEXT PRIMARY KEY,
    chain_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NULL
) STRICT;

CREATE TABLE llm_usage_events (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    task TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'error')),
    error_kind TEXT NULL,
    latency_ms INTEGER NOT NULL,
    input_tokens INTEGER NULL,
    output_tokens INTEGER NULL,
    cost_usd REAL NULL
) STRICT;

CREATE INDEX llm_usage_events_created_idx ON llm_usage_events (created_at);

CREATE TABLE admin_audit_log (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_email TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail_json TEXT NOT NULL
) STRICT;

CREATE INDEX admin_audit_log_created_idx ON admin_audit_log (created_at);
