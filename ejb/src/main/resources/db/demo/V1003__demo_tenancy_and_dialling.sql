-- Demo data for issue 10.
--
-- Skills are per tenant since V8. On a fresh database V1001 and V1002 ran after V8 and wrote their skills
-- without a tenant (so the default tenant's): each agent's skills and each queue's requirements are moved to
-- the agent's or the queue's tenant, and the default tenant's copy of a skill only Acme Travel uses goes away.
-- On a database upgraded from before V8 nothing here changes anything (V8 already sorted them).
INSERT INTO skill (tenant_id, name)
    SELECT u.tenant_id, s.skill FROM agent_skill s JOIN app_user u ON u.username = s.username
    WHERE u.tenant_id <> s.tenant_id
    UNION SELECT q.tenant_id, s.skill FROM queue_skill s JOIN pbx_queue q ON q.name = s.queue_name
    WHERE q.tenant_id <> s.tenant_id;
UPDATE agent_skill SET tenant_id = (SELECT u.tenant_id FROM app_user u WHERE u.username = agent_skill.username)
    WHERE tenant_id <> (SELECT u.tenant_id FROM app_user u WHERE u.username = agent_skill.username);
UPDATE queue_skill SET tenant_id = (SELECT q.tenant_id FROM pbx_queue q WHERE q.name = queue_skill.queue_name)
    WHERE tenant_id <> (SELECT q.tenant_id FROM pbx_queue q WHERE q.name = queue_skill.queue_name);
DELETE FROM skill WHERE tenant_id = 1 AND name = 'travel'
    AND NOT EXISTS (SELECT 1 FROM agent_skill a WHERE a.tenant_id = 1 AND a.skill = 'travel')
    AND NOT EXISTS (SELECT 1 FROM queue_skill q WHERE q.tenant_id = 1 AND q.skill = 'travel');

-- A supervisor of one group only: Rita Remote looks after the home workers ("remote": agent3), not the
-- first line (agent1, agent2), and so sees and corrects only agent3's calls and wrap-ups. Password
-- supervisor3-demo, bcrypt.
INSERT INTO app_user (username, password_hash, display_name, enabled, tenant_id) VALUES ('supervisor3', '$2a$10$IhQnG9FjP04yKxBkzF4vuOQ3HjkmTd.MrGx2LhN7uRo/uCfT0hS7u', 'Rita Remote', TRUE, 1);
INSERT INTO app_user_role (username, role_name) VALUES ('supervisor3', 'supervisor');
INSERT INTO supervisor_group (username, group_name) VALUES ('supervisor3', 'remote');

-- Both demo tenants call Germany, Austria and Switzerland only, and never premium-rate or shared-cost numbers.
-- Approval of agents' external phones is off (an administrator turns it on: PUT api/dialling/policy).
DELETE FROM dialling_policy WHERE tenant_id IN (1, 2);
INSERT INTO dialling_policy (tenant_id, allowed_countries, blocked_types, approve_external_phones)
    VALUES (1, 'AT,CH,DE', 'PREMIUM_RATE,SHARED_COST', FALSE);
INSERT INTO dialling_policy (tenant_id, allowed_countries, blocked_types, approve_external_phones)
    VALUES (2, 'AT,CH,DE', 'PREMIUM_RATE,SHARED_COST', FALSE);
