-- Files still stored as uploaded (identity encoding) wait for the background compaction; this finds them without a scan.
CREATE INDEX session_files_uploaded ON session_files (created_at) WHERE encoding = 'identity';
