-- A second tenant for the demo and the isolation tests: Acme Travel, with its own queue, group, agent,
-- supervisor, administrator and customers. One of its contacts shares a phone number with a contact of the
-- default tenant (Max Mustermann, +49 30 123456789): each tenant's agents must see only their own.
-- Passwords: <username>-demo, bcrypt.
INSERT INTO tenant (id, name) VALUES (2, 'Acme Travel');
ALTER TABLE tenant ALTER COLUMN id RESTART WITH 3;

INSERT INTO app_user (username, password_hash, display_name, enabled, tenant_id) VALUES ('agent4', '$2a$10$k2DOfENcU/JJAxpVYL1L1.9F7mc7g0zkP/21EHGvsNlj.Rjdq/c0y', 'Dana Travel', TRUE, 2);
INSERT INTO app_user_role (username, role_name) VALUES ('agent4', 'agent');
INSERT INTO app_user (username, password_hash, display_name, enabled, tenant_id) VALUES ('supervisor2', '$2a$10$VwVlcw624xjsAik9JhzMheCQAvM8xTwmYM1eRwi41MmGBF.6nDHqS', 'Tom Travel', TRUE, 2);
INSERT INTO app_user_role (username, role_name) VALUES ('supervisor2', 'supervisor');
INSERT INTO app_user (username, password_hash, display_name, enabled, tenant_id) VALUES ('admin2', '$2a$10$1PPkw4dkNyI.ZhJRFoz5HOvOjiZ2zc1ZFRRtQjwLGEMcgQ1E0ETiC', 'Alex Travel', TRUE, 2);
INSERT INTO app_user_role (username, role_name) VALUES ('admin2', 'admin');
INSERT INTO app_user_role (username, role_name) VALUES ('admin2', 'supervisor');

INSERT INTO pbx_queue (name, tenant_id) VALUES ('travel', 2);
INSERT INTO skill (name) VALUES ('travel');
INSERT INTO queue_skill (queue_name, skill, min_proficiency) VALUES ('travel', 'travel', 1);
INSERT INTO agent_group (name, wrap_up_seconds, grace_seconds, tenant_id) VALUES ('travel-desk', 0, 120, 2);
INSERT INTO agent (username, queues, state, group_name) VALUES ('agent4', 'travel', 'OFFLINE', 'travel-desk');
INSERT INTO agent_skill (username, skill, proficiency) VALUES ('agent4', 'travel', 5);
INSERT INTO supervisor_group (username, group_name) VALUES ('supervisor2', 'travel-desk');

INSERT INTO account (id, name, tier, tenant_id) VALUES (101, 'Globetrotter Reisen GmbH', 'gold', 2);
INSERT INTO contact (id, first_name, last_name, email, account_id, created_at, tenant_id) VALUES (101, 'Maximilian', 'Reisender', 'max@globetrotter.example', 101, CURRENT_TIMESTAMP, 2);
INSERT INTO contact_phone (contact_id, e164, label) VALUES (101, '+4930123456789', 'work');
INSERT INTO contact (id, first_name, last_name, email, account_id, created_at, tenant_id) VALUES (102, 'Greta', 'Flug', 'greta@globetrotter.example', 101, CURRENT_TIMESTAMP, 2);
INSERT INTO contact_phone (contact_id, e164, label) VALUES (102, '+4940555000102', 'work');
INSERT INTO support_case (tenant_id, case_number, subject, status, priority, origin, opened_at, contact_id, account_id) VALUES (2, 'CS-900001', 'Rebooking Lisbon flight', 'OPEN', 'HIGH', 'PHONE', CURRENT_TIMESTAMP, 101, 101);
-- Explicit ids above the first tenant's; what the application creates starts after them.
ALTER TABLE account ALTER COLUMN id RESTART WITH 1000;
ALTER TABLE contact ALTER COLUMN id RESTART WITH 1000;

-- Acme's own wrap-up outcomes: another tenant's codes are not valid here.
INSERT INTO disposition (tenant_id, code, label, position) VALUES (2, 'booked', 'Trip booked', 1);
INSERT INTO disposition (tenant_id, code, label, position) VALUES (2, 'rebooked', 'Trip changed', 2);
INSERT INTO disposition (tenant_id, code, label, position) VALUES (2, 'info-only', 'Information given', 3);
