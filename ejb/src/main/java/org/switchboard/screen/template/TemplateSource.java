package org.switchboard.screen.template;

import java.util.Optional;

/**
 * Where saved templates come from (the database, in the service layer). Group names are unique only within a
 * tenant, so a group's template is always looked up with its tenant: two tenants' "Sales" groups are different
 * groups, and one tenant's template must never pop up on another tenant's screens.
 */
public interface TemplateSource {

    Optional<ScreenTemplate> groupTemplate(String tenantId, String group);

    Optional<ScreenTemplate> tenantTemplate(String tenantId);
}
