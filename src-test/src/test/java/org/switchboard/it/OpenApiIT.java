package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API documents itself: WildFly's OpenAPI subsystem serves the document generated from the resources. */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @Test
    void theOpenApiDocumentListsTheApi() throws Exception {
        String root = TestEnvironment.baseUrl().replaceFirst("/switchboard/?$", "");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(root + "/openapi?format=JSON")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        String document = response.body();
        for (String path : new String[] {"/switchboard/api/agents/me/sign-in", "/switchboard/api/calls",
                "/switchboard/api/contacts", "/switchboard/api/skills"}) {
            assertTrue(document.contains("\"" + path), path + " in " + document.substring(0, Math.min(400,
                    document.length())));
        }
    }
}
