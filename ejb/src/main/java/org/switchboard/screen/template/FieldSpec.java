package org.switchboard.screen.template;

/**
 * One field of a panel as a template shows it.
 *
 * @param key       the field: a {@link FieldCatalog} key such as "contact.firstName", or "custom.&lt;name&gt;"
 * @param component how it is drawn; for a custom field this declares its type
 * @param editable  whether the agent may change it during the call
 * @param labels    its label per language; the key when none fits
 */
public record FieldSpec(String key, FieldComponent component, boolean editable, Labels labels) {

    public FieldSpec {
        labels = labels == null ? Labels.NONE : labels;
    }

    public String label(String language) {
        return labels.text(language, key);
    }
}
