-- Search (issue 3): one box finds contacts by name, number (any format, also the last digits) and e-mail, and
-- cases by number and subject, fast on 100,000 contacts. Portable SQL (H2 2.x, PostgreSQL 13+): no expression
-- indexes (H2 has none), so the application keeps search keys in plain columns (org.switchboard.contact.SearchKeys:
-- lower case, accents folded, blanks collapsed) and every query is an index range scan with a prefix LIKE.
-- Rows written by SQL alone (demo data, imports) get their keys at the next start (SearchKeyBackfill).

-- "first last" and "last first": a prefix of either finds the contact ("max", "max must", "mustermann m").
ALTER TABLE contact ADD COLUMN search_name VARCHAR(400);
ALTER TABLE contact ADD COLUMN search_last VARCHAR(400);
ALTER TABLE contact ADD COLUMN search_email VARCHAR(254);
CREATE INDEX contact_search_name ON contact (tenant_id, search_name);
CREATE INDEX contact_search_last ON contact (tenant_id, search_last);
CREATE INDEX contact_search_email ON contact (tenant_id, search_email);

-- Addresses and numbers carry their contact's tenant too (copied, never changed: a contact's tenant never
-- changes), so that every search is one index range within one tenant, without a join to contact first.
ALTER TABLE contact_email ADD COLUMN tenant_id BIGINT;
ALTER TABLE contact_email ADD CONSTRAINT contact_email_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id);
ALTER TABLE contact_email ADD COLUMN search_email VARCHAR(254);
CREATE INDEX contact_email_search ON contact_email (tenant_id, search_email);

-- A number typed with its country or trunk prefix ("+49 30 12", "030 12") is a prefix of e164; the E.164 digits
-- back to front serve "ends with 5678", which is the prefix '8765' of digits_rev.
ALTER TABLE contact_phone ADD COLUMN tenant_id BIGINT;
ALTER TABLE contact_phone ADD CONSTRAINT contact_phone_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id);
ALTER TABLE contact_phone ADD COLUMN digits_rev VARCHAR(16);
CREATE INDEX contact_phone_by_prefix ON contact_phone (tenant_id, e164);
CREATE INDEX contact_phone_by_suffix ON contact_phone (tenant_id, digits_rev);

-- Cases by number are found through support_case_number_unique; by subject ("contains") the tenant's cases are
-- scanned, newest first.
CREATE INDEX support_case_by_tenant ON support_case (tenant_id, opened_at);
