package org.switchboard.screen.view;

import java.io.Serializable;
import java.util.List;
import org.switchboard.screen.template.FieldComponent;

/**
 * A screen pop as the console draws it: the greeting and the template's panels in order, each either a record
 * (label and value per field) or a list (columns and rows). All text is plain text (labels written by an
 * administrator, values typed by agents or customers): the view shows it escaped.
 *
 * @param language the language the labels were chosen in
 */
public record PopView(String language, String greeting, List<PanelView> panels) implements Serializable {

    public PopView {
        panels = panels == null ? List.of() : List.copyOf(panels);
    }

    /** One panel; {@code list} panels (cases, history, notes) have columns and rows, the others fields. */
    public record PanelView(String kind, String title, boolean list, List<FieldView> fields,
            List<ColumnView> columns, List<RowView> rows) implements Serializable {

        public PanelView {
            fields = fields == null ? List.of() : List.copyOf(fields);
            columns = columns == null ? List.of() : List.copyOf(columns);
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /**
     * A field of a record panel.
     *
     * @param values   its values as text, several for several phone numbers or addresses; empty when unknown
     * @param editable whether the agent may change it here
     */
    public record FieldView(String key, String label, FieldComponent component, List<String> values,
            boolean editable) implements Serializable {

        public FieldView {
            values = values == null ? List.of() : List.copyOf(values);
        }

        /** The first value, or "" when there is none. */
        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }

        /** A key usable in a client id: "contact.firstName" becomes "contact_firstName". */
        public String id() {
            return key.replace('.', '_');
        }
    }

    public record ColumnView(String key, String label, FieldComponent component) implements Serializable {
    }

    /** @param cells one per column, in column order */
    public record RowView(List<CellView> cells) implements Serializable {

        public RowView {
            cells = List.copyOf(cells);
        }
    }

    public record CellView(String key, FieldComponent component, String value) implements Serializable {
    }
}
