package org.switchboard.casework;

/** Where a case stands; {@link SupportCase} holds the transitions between them. */
public enum CaseStatus {
    /** Someone on our side has work to do. */
    OPEN,
    /** Waiting for the customer or a third party. */
    PENDING,
    /** Done; has a closing time. */
    CLOSED
}
