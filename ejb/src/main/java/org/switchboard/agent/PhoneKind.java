package org.switchboard.agent;

/** What an agent signs in with; each kind has its own dial-string templates in the server configuration. */
public enum PhoneKind {
    /** An internal extension (digits), reached through the PBX's agent dialplan. */
    EXTENSION,
    /** A SIP device by name, dialled directly (PJSIP/&lt;device&gt;). */
    SIP,
    /** Any external number (E.164): a home phone or a mobile, dialled out through the PBX. */
    EXTERNAL
}
