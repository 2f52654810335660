package org.switchboard.screen.template;

import java.util.Objects;
import java.util.Optional;

/** Chooses the template an agent's pop is drawn with: their group's, else their tenant's, else the default. */
public final class TemplateResolver {

    /** Where the chosen template comes from, so the console can say "inherited from the tenant". */
    public enum Origin {
        GROUP, TENANT, DEFAULT
    }

    public record Resolved(ScreenTemplate template, Origin origin) {
    }

    private final TemplateSource source;

    public TemplateResolver(TemplateSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * @param tenantId the agent's tenant; required, as nothing may be shown without knowing whose data it is
     * @param group    the agent's group; null or blank for an agent in no group
     */
    public Resolved resolve(String tenantId, String group) {
        Objects.requireNonNull(tenantId, "tenantId");
        Optional<ScreenTemplate> groupTemplate = group == null || group.isBlank() ? Optional.empty()
                : source.groupTemplate(tenantId, group);
        if (groupTemplate.isPresent()) {
            return new Resolved(groupTemplate.get(), Origin.GROUP);
        }
        return source.tenantTemplate(tenantId)
                .map(template -> new Resolved(template, Origin.TENANT))
                .orElseGet(() -> new Resolved(ScreenTemplate.DEFAULT, Origin.DEFAULT));
    }
}
