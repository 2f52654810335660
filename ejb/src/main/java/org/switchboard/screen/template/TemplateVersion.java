package org.switchboard.screen.template;

import java.time.Instant;

/**
 * One saved state of a template.
 *
 * @param number     1 for the first save, one more for each save or revert after it
 * @param revertedTo the version this one restored, so the history reads "v7: back to v3"; null for an edit
 */
public record TemplateVersion(int number, ScreenTemplate template, String author, Instant savedAt,
        Integer revertedTo) {
}
