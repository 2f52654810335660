-- Issue 10: a call whose end was not seen (the connector was not listening when it hung up) is closed by the
-- resync at the last moment it was known to be alive, not at the resync, and says so. Portable SQL (H2, PostgreSQL).

-- The time of the latest event of the call; the resync and a lost connection move it forward for calls the PBX
-- still had then. Rows written before this column get the latest time they already hold.
ALTER TABLE call_record ADD COLUMN last_seen_at TIMESTAMP WITH TIME ZONE;
UPDATE call_record SET last_seen_at = COALESCE(ended_at, answered_at, offered_at, queued_at, started_at);

-- True only for calls the resync closed: their end time is an estimate (last_seen_at), not the PBX's hangup.
ALTER TABLE call_record ADD COLUMN closed_by_resync BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE call_record ADD CONSTRAINT call_record_resync_closed_has_end
    CHECK (closed_by_resync = FALSE OR ended_at IS NOT NULL);

-- The resync looks up a PBX's open calls.
CREATE INDEX call_record_open ON call_record (pbx_id, ended_at);
