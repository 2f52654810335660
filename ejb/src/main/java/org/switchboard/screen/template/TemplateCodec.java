package org.switchboard.screen.template;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * {@link ScreenTemplate} as JSON, the form it is stored in and exported in: one readable document per version,
 * so a later model can still read (and the validator judge) what an older release saved.
 */
public final class TemplateCodec {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private TemplateCodec() {
    }

    public static String toJson(ScreenTemplate template) {
        return JSONB.toJson(template);
    }

    /**
     * Reads a template; it is not validated here, so that a stored template this release finds wrong can still
     * be opened and fixed in the console.
     *
     * @throws IllegalArgumentException when the text is not a screen template
     */
    public static ScreenTemplate fromJson(String json) {
        try {
            ScreenTemplate template = JSONB.fromJson(json, ScreenTemplate.class);
            if (template == null) {
                throw new IllegalArgumentException("not a screen template: empty value");
            }
            return template;
        } catch (JsonbException | NullPointerException e) {
            throw new IllegalArgumentException("not a screen template: " + e.getMessage(), e);
        }
    }
}
