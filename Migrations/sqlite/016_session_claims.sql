-- Try before sign-up (client-extras.md §4.2, issue #17): an anonymous upload keeps the SHA-256 of its claim token
-- (the token itself is never stored) and the client address it came from, until a signed-in user claims it or it
-- expires with the session (sessions.expires_at, 24 h). Keep in step with the other dialect's 016_session_claims.sql.
ALTER TABLE sessions ADD COLUMN claim_token_hash TEXT NULL;
ALTER TABLE sessions ADD COLUMN client_ip TEXT NULL;
CREATE UNIQUE INDEX sessions_claim_token_hash_idx ON sessions (claim_token_hash) WHERE claim_token_hash IS NOT NULL;
