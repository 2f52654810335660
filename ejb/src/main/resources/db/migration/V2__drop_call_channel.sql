-- Live channels are no longer tracked in the database: after a reconnect the connector's SNAPSHOT_COMPLETE
-- lists the calls the PBX still has, which is all the resync needs.
DROP TABLE call_channel;
