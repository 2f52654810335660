package org.switchboard.casework;

/** The medium through which the customer raised the case. */
public enum CaseOrigin {
    PHONE, EMAIL, WEB, CHAT
}
