-- Tenancy (issue 3): every user works for one tenant; a queue belongs to one tenant; a call belongs to the tenant
-- of the queue it waited in or, without a queue (click-to-dial), of its agent. Agents see only their tenant's
-- contacts, accounts, cases, notes and calls: the services filter on these columns. Portable SQL (H2, PostgreSQL).

ALTER TABLE app_user ADD COLUMN tenant_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE app_user ADD CONSTRAINT app_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id);

ALTER TABLE pbx_queue ADD COLUMN tenant_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE pbx_queue ADD CONSTRAINT pbx_queue_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id);

-- Null until the call reaches a queue or an agent; a call nobody routed is in no tenant's lists.
ALTER TABLE call_record ADD COLUMN tenant_id BIGINT;
ALTER TABLE call_record ADD CONSTRAINT call_record_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id);
CREATE INDEX call_record_by_tenant ON call_record (tenant_id, started_at);
