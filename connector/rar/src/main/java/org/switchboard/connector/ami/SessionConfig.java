package org.switchboard.connector.ami;

/**
 * Settings of one AMI session. {@link #toString()} leaves the secret out.
 *
 * @param eventMask AMI {@code Events} value sent with the Login (e.g. {@code call,agent}); null or blank means
 *                  everything manager.conf's {@code read=} allows
 * @param pingIntervalMillis how often an idle session checks the PBX with a Ping; 0 disables
 */
public record SessionConfig(String pbxId, String host, int port, String username, String secret,
        long reconnectMinMillis, long reconnectMaxMillis, long actionTimeoutMillis, long pingIntervalMillis,
        String eventMask) {

    public SessionConfig {
        if (pbxId == null || pbxId.isBlank() || host == null || host.isBlank()) {
            throw new IllegalArgumentException("pbxId and host are required");
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username is required for PBX " + pbxId);
        }
        if (reconnectMinMillis <= 0 || reconnectMaxMillis < reconnectMinMillis) {
            throw new IllegalArgumentException("need 0 < reconnectMinMillis <= reconnectMaxMillis");
        }
        if (actionTimeoutMillis <= 0 || pingIntervalMillis < 0) {
            throw new IllegalArgumentException("actionTimeoutMillis must be positive, pingIntervalMillis >= 0");
        }
    }

    @Override
    public String toString() {
        return "SessionConfig[pbxId=" + pbxId + ", host=" + host + ", port=" + port + ", username=" + username
                + ", reconnect=" + reconnectMinMillis + ".." + reconnectMaxMillis + " ms, actionTimeout="
                + actionTimeoutMillis + " ms, ping=" + pingIntervalMillis + " ms, eventMask=" + eventMask + "]";
    }
}
