-- PostgreSQL only: the search finds cases whose subject contains the typed text (LOWER(subject) LIKE '%text%'),
-- which without an index scans the tenant's cases (about 13 ms per 50,000). A trigram index serves it when the
-- pg_trgm extension can be had. Where it cannot (not installed, no privilege to create it, anything else) the
-- search still works, only without this index: this migration never fails for it.
-- An extension lives in one schema per database; the operator class is named with that schema, wherever it is.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname = 'pg_trgm';
        EXECUTE format('CREATE INDEX support_case_subject_trgm ON support_case USING gin (LOWER(subject) %I.gin_trgm_ops)',
            trgm_schema);
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'no trigram index on case subjects (%): they are searched without one', SQLERRM;
    END;
END
$$;
