-- PostgreSQL only: the search finds cases whose subject contains the typed text (LOWER(subject) LIKE '%text%'),
-- which without an index scans the tenant's cases (about 13 ms per 50,000). A trigram index serves it when the
-- pg_trgm extension can be had; where it cannot (not installed, no privilege to create it) the search still
-- works, only without this index, and the migration does not fail.
DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm not available (%): case subjects are searched without an index', SQLERRM;
        RETURN;
    END;
    CREATE INDEX support_case_subject_trgm ON support_case USING gin (LOWER(subject) gin_trgm_ops);
END
$$;
