-- Dialling policy (issue 10): every number Switchboard makes the PBX dial outside (an agent's external phone at
-- sign-in, every click-to-dial number) passes its tenant's policy first (dialling/DiallingPolicy): the
-- countries it may call, the number types it may not (libphonenumber's PhoneNumberType names: PREMIUM_RATE,
-- SHARED_COST, ...), and whether an agent's external phone needs an administrator's approval before sign-in.
-- Extensions and SIP devices are inside the PBX: no policy applies to them. Portable SQL (H2 2.x, PostgreSQL).

-- One row per tenant; a tenant without one (created later) gets the column defaults, which the code repeats
-- (DiallingPolicy.DEFAULT): any country, premium-rate and shared-cost numbers blocked, no approval.
CREATE TABLE dialling_policy (
    tenant_id                BIGINT       NOT NULL,
    allowed_countries        VARCHAR(400) NOT NULL DEFAULT '',    -- ISO 3166 codes, comma-separated; '' = any
    blocked_types            VARCHAR(400) NOT NULL DEFAULT 'PREMIUM_RATE,SHARED_COST',
    approve_external_phones  BOOLEAN      NOT NULL DEFAULT FALSE,
    version                  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT dialling_policy_key PRIMARY KEY (tenant_id),
    CONSTRAINT dialling_policy_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    -- codes and type names only: letters, digits, underscores and commas, as DiallingPolicy writes them
    CONSTRAINT dialling_policy_countries CHECK (allowed_countries NOT LIKE '% %'),
    CONSTRAINT dialling_policy_types CHECK (blocked_types NOT LIKE '% %')
);
INSERT INTO dialling_policy (tenant_id) SELECT id FROM tenant;

-- External phones an administrator approved for an agent (needed only while the tenant's policy asks for it).
-- The tenant is the agent's, copied so an administrator's list is one index range.
CREATE TABLE approved_phone (
    tenant_id    BIGINT      NOT NULL,
    username     VARCHAR(64) NOT NULL,
    e164         VARCHAR(16) NOT NULL,
    approved_by  VARCHAR(64) NOT NULL,
    approved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT approved_phone_key PRIMARY KEY (username, e164),
    CONSTRAINT approved_phone_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE,
    CONSTRAINT approved_phone_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT approved_phone_e164 CHECK (e164 LIKE '+%')
);
CREATE INDEX approved_phone_by_tenant ON approved_phone (tenant_id, username);
