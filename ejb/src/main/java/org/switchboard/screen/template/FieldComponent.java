package org.switchboard.screen.template;

/**
 * The components the console draws fields with. Adding one means adding a component to the console, so the set
 * stays small; PHONE is the click-to-dial number.
 */
public enum FieldComponent {
    TEXT, LONG_TEXT, PHONE, EMAIL, DATE, DATE_TIME, NUMBER, BOOLEAN, ENUM
}
