/**
 * What IT operations need to see and do while the application runs: the dead-letter queue (how many messages
 * failed every redelivery, warned about in the log, put back with {@code wildfly-config/redrive-dead-letters.cli})
 * and the connector's buffer (fill level, drops, resyncs). For administrators of the installation's default
 * tenant: the installation is the operator's, not a customer tenant's.
 */
package org.switchboard.operations;
