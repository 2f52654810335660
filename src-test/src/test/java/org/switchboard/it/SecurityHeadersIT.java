package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.CookieStore;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security headers on a console page, on an API answer and on the login mechanism's own answers; the session
 * cookie's attributes over HTTP and over HTTPS (the server's HTTPS listener with its self-signed certificate);
 * a login session that ends after its absolute lifetime however busy it is.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
        return TestEnvironment.ear();
    }

    @Test
    void aPageHasAPolicyWithANonceAndNoFraming() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(
                URI.create(TestEnvironment.baseUrl() + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy, not two that the browser would both enforce: " + policies);
        String policy = policies.get(0);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), policy);
        assertFalse(policy.contains("unsafe-inline' ;") || policy.matches(".*script-src[^;]*unsafe.*"), policy);
        assertCommonHeaders(page);
    }

    @Test
    void anApiAnswerHasTheHeadersToo() throws Exception {
        HttpResponse<String> me = Api.as("supervisor1").get("/api/agents");
        assertEquals(200, me.statusCode(), me.body());
        String policy = me.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertCommonHeaders(me);
        // The login mechanism's own answer, before any application code runs.
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(
                URI.create(TestEnvironment.baseUrl() + "/api/agents/me")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertCommonHeaders(anonymous);
    }

    @Test
    void sessionCookieIsSameSiteLaxAndHttpOnlyAndNotSecureOverHttp() throws Exception {
        String cookie = sessionCookie(HTTP, TestEnvironment.baseUrl());
        assertTrue(attributes(cookie).contains("samesite=lax"), cookie);
        assertTrue(attributes(cookie).contains("httponly"), cookie);
        assertFalse(attributes(cookie).contains("secure"), "a Secure cookie would never come back over HTTP: "
                + cookie);
    }

    @Test
    void sessionCookieIsSecureOverHttps() throws Exception {
        URI base = URI.create(TestEnvironment.baseUrl());
        int httpsPort = base.getPort() - 8080 + 8443; // the same port offset as HTTP
        String httpsBase = "https://localhost:" + httpsPort + base.getPath();
        SSLContext trustingTheTestServer = SSLContext.getInstance("TLS");
        trustingTheTestServer.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
        HttpClient https = HttpClient.newBuilder().sslContext(trustingTheTestServer)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String cookie = sessionCookie(https, httpsBase);
        assertTrue(attributes(cookie).contains("secure"), cookie);
        assertTrue(attributes(cookie).contains("samesite=lax"), cookie);

        // The console's resume cookie from the form login: as guarded, and it ends with the session's lifetime.
        HttpResponse<String> loggedIn = https.send(HttpRequest.newBuilder(URI.create(httpsBase + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=agent1&j_password=agent1-demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        String resume = loggedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SWB_RESUME="))
                .findFirst().orElseThrow(() -> new AssertionError("no resume cookie: " + loggedIn.headers().map()));
        List<String> attributes = attributes(resume);
        assertTrue(attributes.contains("secure"), resume);
        assertTrue(attributes.contains("httponly"), resume);
        assertTrue(attributes.contains("samesite=lax"), resume);
        assertTrue(attributes.contains("path=" + base.getPath().replaceAll("/$", "")), resume);
        assertTrue(attributes.stream().anyMatch(a -> a.matches("max-age=43(199|200)")), resume); // 12 h by default
    }

    @Test
    void aSessionEndsAfterItsLifetimeHoweverBusy() throws Exception {
        ModelNode property = Operations.createAddress("system-property", "switchboard.session.max.seconds");
        ModelNode add = Operations.createAddOperation(property);
        add.get("value").set("5");
        assertTrue(Operations.isSuccessfulOutcome(management.getControllerClient().execute(add)));
        try {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String base = TestEnvironment.baseUrl();
            long created = System.nanoTime();
            sessionCookie(browser, base);
            HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(
                    URI.create(base + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=agent1&j_password=agent1-demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(loggedIn.statusCode() == 302 || loggedIn.statusCode() == 303, "login: " + loggedIn.statusCode());
            HttpRequest me = HttpRequest.newBuilder(URI.create(base + "/api/agents/me")).GET().build();
            // Busy all the time, so the idle timeout would never end it.
            while (System.nanoTime() - created < Duration.ofSeconds(3).toNanos()) {
                HttpResponse<String> alive = browser.send(me, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, alive.statusCode(), alive.body());
                Thread.sleep(300);
            }
            // As after a restart: the session is gone, the resume cookie brings a new one, which must still end
            // when the login's lifetime does (not 5 s after it was made).
            CookieStore cookies = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore();
            cookies.getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).toList()
                    .forEach(c -> cookies.remove(null, c));
            HttpResponse<String> resumed = browser.send(me, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, resumed.statusCode(), "not resumed: " + resumed.body());
            Thread.sleep(Math.max(0, Duration.ofSeconds(6).toMillis()
                    - (System.nanoTime() - created) / 1_000_000L));
            HttpResponse<String> ended = browser.send(me, HttpResponse.BodyHandlers.ofString());
            assertEquals(401, ended.statusCode(), ended.body());
            assertTrue(ended.body().contains("log in again"), ended.body());
        } finally {
            management.getControllerClient().execute(Operations.createRemoveOperation(property));
        }
    }

    /** The server's JVM arguments as the management API reports them (what ps shows) carry no secret. */
    @Test
    void theAmiSecretIsOnNoCommandLine() throws Exception {
        TestPbx.awaitConnector(1, Duration.ofSeconds(90)); // the connector did log in with it
        ModelNode read = Operations.createReadAttributeOperation(Operations.createAddress("core-service",
                "platform-mbean", "type", "runtime"), "input-arguments");
        ModelNode result = management.getControllerClient().execute(read);
        assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
        String arguments = Operations.readResult(result).toString();
        assertTrue(arguments.contains("switchboard.ami.port"), arguments);
        assertFalse(arguments.contains(TestEnvironment.amiSecret()), "the AMI secret is on the command line");
        assertFalse(arguments.toLowerCase(Locale.ROOT).contains("secret"), arguments);
    }

    /** A protected page answers with the login form and the session cookie that remembers where to go. */
    private static String sessionCookie(HttpClient client, String base) throws Exception {
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/agent/desk.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertCommonHeaders(login);
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
    }

    private static List<String> attributes(String cookie) {
        return List.of(cookie.toLowerCase(Locale.ROOT).split("\\s*;\\s*"));
    }

    private static void assertCommonHeaders(HttpResponse<?> response) {
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null),
                response.uri() + " " + response.statusCode());
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null),
                response.uri() + " " + response.statusCode());
    }

    /** The test server's self-signed certificate, for this test's client only. */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
