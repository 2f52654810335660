package org.switchboard.casework;

/** How soon a case needs attention, lowest first. */
public enum CasePriority {
    LOW, NORMAL, HIGH, URGENT
}
