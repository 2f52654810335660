-- PostgreSQL only (SchemaMigration adds db/postgresql for it): a btree serves LIKE 'prefix%' only in the "C"
-- collation. The pattern_ops operator classes compare byte-wise whatever the database's collation, so the search
-- keys' prefix queries use these indexes everywhere. H2 uses the plain indexes of V7 for the same queries.
DROP INDEX contact_search_name;
DROP INDEX contact_search_last;
DROP INDEX contact_search_email;
DROP INDEX contact_email_search;
DROP INDEX contact_phone_by_suffix;
DROP INDEX contact_phone_by_prefix;
CREATE INDEX contact_search_name ON contact (tenant_id, search_name varchar_pattern_ops);
CREATE INDEX contact_search_last ON contact (tenant_id, search_last varchar_pattern_ops);
CREATE INDEX contact_search_email ON contact (tenant_id, search_email varchar_pattern_ops);
CREATE INDEX contact_email_search ON contact_email (tenant_id, search_email varchar_pattern_ops);
CREATE INDEX contact_phone_by_suffix ON contact_phone (tenant_id, digits_rev varchar_pattern_ops);
CREATE INDEX contact_phone_by_prefix ON contact_phone (tenant_id, e164 varchar_pattern_ops);
