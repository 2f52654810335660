-- Demo skills: queue "support" needs the skill support, "sales" needs sales; every demo agent has both, at
-- different proficiencies (a higher proficiency gives a lower PBX penalty: rung first).
INSERT INTO skill (name) VALUES ('support');
INSERT INTO skill (name) VALUES ('sales');
INSERT INTO skill (name) VALUES ('german');
INSERT INTO skill (name) VALUES ('english');
INSERT INTO pbx_queue (name) VALUES ('support');
INSERT INTO pbx_queue (name) VALUES ('sales');
INSERT INTO queue_skill (queue_name, skill, min_proficiency) VALUES ('support', 'support', 1);
INSERT INTO queue_skill (queue_name, skill, min_proficiency) VALUES ('sales', 'sales', 1);
INSERT INTO agent_skill (username, skill, proficiency) VALUES ('agent1', 'support', 5);
INSERT INTO agent_skill (username, skill, proficiency) VALUES ('agent1', 'sales', 3);
INSERT INTO agent_skill (username, skill, proficiency) VALUES ('agent1', 'german', 5);
INSERT INTO agent_skill (username, skill, proficiency) VALUES ('agent2', 'support', 3);
INSERT INTO agent_skill (username, skill, proficiency) VALUES ('agent2', 'sales', 5);
INSERT INTO agent_skill (username, skill, proficiency) VALUES ('agent2', 'english', 4);
INSERT INTO agent_skill (username, skill, proficiency) VALUES ('agent3', 'support', 4);
INSERT INTO agent_skill (username, skill, proficiency) VALUES ('agent3', 'sales', 4);

-- first-line: no after-call work; remote: home workers with a short wrap-up and a short grace period.
INSERT INTO agent_group (name, wrap_up_seconds, grace_seconds) VALUES ('first-line', 0, 120);
INSERT INTO agent_group (name, wrap_up_seconds, grace_seconds) VALUES ('remote', 3, 30);
UPDATE agent SET group_name = 'first-line' WHERE username IN ('agent1', 'agent2');
UPDATE agent SET group_name = 'remote' WHERE username = 'agent3';
INSERT INTO supervisor_group (username, group_name) VALUES ('supervisor1', 'first-line');
INSERT INTO supervisor_group (username, group_name) VALUES ('supervisor1', 'remote');
