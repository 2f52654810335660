package org.switchboard.screen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.screen.template.TemplateResolver.Origin;

class TemplateResolverTest {

    private static final ScreenTemplate ACME = template("ACME");
    private static final ScreenTemplate ACME_SALES = template("ACME sales");
    private static final ScreenTemplate GLOBEX = template("Globex");

    /** Saved templates: acme has its own and one for its "sales" group; globex has one; initech none. */
    private final InMemorySource source = new InMemorySource()
            .tenant("acme", ACME).group("acme", "sales", ACME_SALES)
            .tenant("globex", GLOBEX);
    private final TemplateResolver resolver = new TemplateResolver(source);

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource(nullValues = "NULL", textBlock = """
            acme,    sales,   GROUP,   ACME sales
            acme,    support, TENANT,  ACME
            acme,    NULL,    TENANT,  ACME
            acme,    '  ',    TENANT,  ACME
            globex,  sales,   TENANT,  Globex
            initech, sales,   DEFAULT, Hello {contact.firstName}
            initech, NULL,    DEFAULT, Hello {contact.firstName}
            """)
    void usesTheGroupsTemplateElseTheTenantsElseTheDefault(String tenant, String group, Origin origin,
            String greeting) {
        TemplateResolver.Resolved resolved = resolver.resolve(tenant, group);
        assertEquals(origin, resolved.origin());
        assertEquals(greeting, resolved.template().variable(TemplateVariable.GREETING_TEXT));
    }

    @Test
    void aGroupOfTheSameNameInAnotherTenantNeverLendsItsTemplate() {
        assertSame(GLOBEX, resolver.resolve("globex", "sales").template());
        assertSame(ScreenTemplate.DEFAULT, resolver.resolve("initech", "sales").template());
        assertEquals(List.of("initech/sales", "initech"), source.lookups.subList(source.lookups.size() - 2,
                source.lookups.size()));
    }

    @Test
    void anAgentWithoutATenantGetsNoTemplate() {
        assertThrows(NullPointerException.class, () -> resolver.resolve(null, "sales"));
    }

    private static ScreenTemplate template(String greeting) {
        return new ScreenTemplate(ScreenTemplate.DEFAULT.panels(), Map.of("greeting.text", greeting));
    }

    /** What the database will do: templates keyed by tenant, and by tenant and group. */
    private static final class InMemorySource implements TemplateSource {

        private final Map<String, ScreenTemplate> templates = new HashMap<>();
        private final List<String> lookups = new ArrayList<>();

        InMemorySource tenant(String tenantId, ScreenTemplate template) {
            templates.put(tenantId, template);
            return this;
        }

        InMemorySource group(String tenantId, String group, ScreenTemplate template) {
            templates.put(tenantId + "/" + group, template);
            return this;
        }

        @Override
        public Optional<ScreenTemplate> groupTemplate(String tenantId, String group) {
            lookups.add(tenantId + "/" + group);
            return Optional.ofNullable(templates.get(tenantId + "/" + group));
        }

        @Override
        public Optional<ScreenTemplate> tenantTemplate(String tenantId) {
            lookups.add(tenantId);
            return Optional.ofNullable(templates.get(tenantId));
        }
    }
}
