-- Jobdesk schema, version 5: an index for analytics (GET /analytics/time), which
-- sums the live time entries per worker and week over a date range, one range of
-- this index per worker and week. It covers the sums, so they never read the table:
-- with the older indexes alone each entry in the range costs a table lookup (0.9 s
-- of CPU for a year of one million entries instead of 0.13 s, see bench/README.md).
-- A partial index: SQLite and PostgreSQL both have them.
CREATE INDEX time_entries_worker_live
    ON time_entries(worker_id, started_at, ended_at) WHERE deleted = 0;
