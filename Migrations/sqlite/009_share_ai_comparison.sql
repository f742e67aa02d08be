-- The share-link AI comparison (platform.md §6.2), cached on the comparison it describes; NULL until written (never a
-- "no LLM" placeholder). Keep in step with Migrations/postgres/009_share_ai_comparison.sql.

ALTER TABLE share_comparisons ADD COLUMN ai_comparison_text TEXT NULL;
