-- Skills per tenant (issue 10). A skill was one name for the whole installation and an agent was matched
-- against every tenant's queues, so an agent given a skill named like another tenant's queue skill ("support")
-- was added to that tenant's PBX queue and answered its customers. Now a skill belongs to a tenant (two tenants
-- may both have "english": they are different skills), an agent's skills and a queue's requirements are skills
-- of their own tenant, and matching looks only at the agent's tenant's queues (SkillCatalog, QueueMatcher).
-- PBX queue names stay one namespace (the PBX has one), each queue owned by one tenant (V5).
-- Portable SQL (H2 2.x, PostgreSQL 13+).
--
-- The three tables are rebuilt: their keys change, and the keys V3 made have no names both databases share.
-- Existing rows keep their tenant: an agent's skill goes to the agent's tenant, a requirement to its queue's;
-- a skill nobody uses stays with the default tenant. A name two tenants used becomes two skills.
-- tenant_id defaults to 1 like every tenancy column (V4, V5): rows written without it (demo data numbered
-- before this migration existed) are the default tenant's; the demo's second tenant is corrected in V1003.

CREATE TABLE skill_before_v8 AS SELECT name FROM skill;
CREATE TABLE agent_skill_before_v8 AS
    SELECT s.username, u.tenant_id, s.skill, s.proficiency
    FROM agent_skill s JOIN app_user u ON u.username = s.username;
CREATE TABLE queue_skill_before_v8 AS
    SELECT s.queue_name, q.tenant_id, s.skill, s.min_proficiency
    FROM queue_skill s JOIN pbx_queue q ON q.name = s.queue_name;
DROP TABLE queue_skill;
DROP TABLE agent_skill;
DROP TABLE skill;

CREATE TABLE skill (
    tenant_id  BIGINT      NOT NULL DEFAULT 1,
    name       VARCHAR(64) NOT NULL,               -- normalised: lower case, no surrounding blanks
    CONSTRAINT skill_key PRIMARY KEY (tenant_id, name),
    CONSTRAINT skill_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- An agent's skills are skills of the agent's tenant (app_user.tenant_id, checked by SkillCatalog).
CREATE TABLE agent_skill (
    username     VARCHAR(64) NOT NULL,
    tenant_id    BIGINT      NOT NULL DEFAULT 1,
    skill        VARCHAR(64) NOT NULL,
    proficiency  INT         NOT NULL,
    CONSTRAINT agent_skill_key PRIMARY KEY (username, skill),
    CONSTRAINT agent_skill_agent FOREIGN KEY (username) REFERENCES agent (username) ON DELETE CASCADE,
    CONSTRAINT agent_skill_known FOREIGN KEY (tenant_id, skill) REFERENCES skill (tenant_id, name)
        ON DELETE CASCADE,
    CONSTRAINT agent_skill_proficiency CHECK (proficiency BETWEEN 1 AND 5)
);
CREATE INDEX agent_skill_by_skill ON agent_skill (tenant_id, skill);

-- A queue's requirements are skills of the queue's tenant (pbx_queue.tenant_id, checked by SkillCatalog).
CREATE TABLE queue_skill (
    queue_name       VARCHAR(80) NOT NULL,
    tenant_id        BIGINT      NOT NULL DEFAULT 1,
    skill            VARCHAR(64) NOT NULL,
    min_proficiency  INT         NOT NULL DEFAULT 1,
    CONSTRAINT queue_skill_key PRIMARY KEY (queue_name, skill),
    CONSTRAINT queue_skill_queue FOREIGN KEY (queue_name) REFERENCES pbx_queue (name) ON DELETE CASCADE,
    CONSTRAINT queue_skill_known FOREIGN KEY (tenant_id, skill) REFERENCES skill (tenant_id, name)
        ON DELETE CASCADE,
    CONSTRAINT queue_skill_proficiency CHECK (min_proficiency BETWEEN 1 AND 5)
);
CREATE INDEX queue_skill_by_skill ON queue_skill (tenant_id, skill);
CREATE INDEX pbx_queue_by_tenant ON pbx_queue (tenant_id, name);

INSERT INTO skill (tenant_id, name)
    SELECT tenant_id, skill FROM agent_skill_before_v8
    UNION SELECT tenant_id, skill FROM queue_skill_before_v8;
INSERT INTO skill (tenant_id, name)
    SELECT 1, o.name FROM skill_before_v8 o WHERE NOT EXISTS (SELECT 1 FROM skill n WHERE n.name = o.name);
INSERT INTO agent_skill (username, tenant_id, skill, proficiency)
    SELECT username, tenant_id, skill, proficiency FROM agent_skill_before_v8;
INSERT INTO queue_skill (queue_name, tenant_id, skill, min_proficiency)
    SELECT queue_name, tenant_id, skill, min_proficiency FROM queue_skill_before_v8;

DROP TABLE skill_before_v8;
DROP TABLE agent_skill_before_v8;
DROP TABLE queue_skill_before_v8;
