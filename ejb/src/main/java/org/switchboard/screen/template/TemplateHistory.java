package org.switchboard.screen.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The saved versions of one template, oldest first, of which the last {@code keep} are kept. The newest is
 * the one in use.
 *
 * <p>History is never rewritten: reverting adds a new version equal to the old one, so what was in use when is
 * always readable, and a revert can itself be reverted. Version numbers keep counting when old ones are dropped.
 */
public record TemplateHistory(int keep, List<TemplateVersion> versions) {

    public static final int DEFAULT_KEEP = 10;

    public TemplateHistory {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one version, not " + keep);
        }
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    public static TemplateHistory empty() {
        return new TemplateHistory(DEFAULT_KEEP, List.of());
    }

    public Optional<TemplateVersion> current() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<TemplateVersion> version(int number) {
        return versions.stream().filter(version -> version.number() == number).findFirst();
    }

    /** The history with the template as its newest version; the oldest dropped beyond {@code keep}. */
    public TemplateHistory save(ScreenTemplate template, String author, Instant savedAt) {
        return add(template, author, savedAt, null);
    }

    /** @throws IllegalArgumentException when the version is not (or no longer) kept */
    public TemplateHistory revert(int number, String author, Instant savedAt) {
        TemplateVersion old = version(number).orElseThrow(() -> new IllegalArgumentException(
                "version " + number + " is not among the kept versions"));
        return add(old.template(), author, savedAt, number);
    }

    private TemplateHistory add(ScreenTemplate template, String author, Instant savedAt, Integer revertedTo) {
        Objects.requireNonNull(template, "template");
        int number = current().map(version -> version.number() + 1).orElse(1);
        List<TemplateVersion> next = new ArrayList<>(versions);
        next.add(new TemplateVersion(number, template, author, savedAt, revertedTo));
        return new TemplateHistory(keep, next.subList(Math.max(0, next.size() - keep), next.size()));
    }
}
