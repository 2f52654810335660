package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console's side of logins in headless Chromium: a user makes an API token (shown once), it works as a
 * bearer token, the user revokes it; an administrator sees a user's failed logins and lifts them. Screenshots in
 * target/screenshots (logins-*.png).
 */
@ExtendWith(ArquillianExtension.class)
class LoginsBrowserIT {

    private static Browser chromium;

    @RegisterExtension
    final TestWatcher evidence = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            chromium.evidence("logins-" + context.getRequiredTestMethod().getName());
        }
    };

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestEnvironment.ear();
    }

    @BeforeAll
    static void openBrowser() {
        chromium = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aUserMakesATokenThatWorksUntilTheyRevokeIt() {
        chromium.driver.manage().deleteAllCookies();
        chromium.logIn("/tokens.xhtml", "agent2"); // back on the page asked for after the login
        WebElement name = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:tokenName")));
        name.sendKeys("Browser <b>test</b>");
        chromium.driver.findElement(By.id("tokens:createToken")).click();
        String token = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:newToken")))
                .getAttribute("value");
        assertTrue(token.startsWith("sbt_"), token);
        chromium.screenshot("logins-token-made");
        assertTrue(chromium.driver.findElement(By.id("tokens:tokenList")).getText().contains("Browser <b>test</b>"),
                "the name is shown as text");

        assertEquals(200, LoginsIT.bearer(token, "GET", "/api/agents/me").statusCode());

        // newest first: the token just made is the first row
        chromium.driver.findElement(By.id("tokens:tokenList:0:revoke")).click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:tokenMessages"),
                "revoked"));
        assertEquals(401, LoginsIT.bearer(token, "GET", "/api/agents/me").statusCode());

        // logging out ends the session: the page asks for a login again
        chromium.driver.findElement(By.id("logoutForm:logout")).click();
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        chromium.driver.get(TestEnvironment.baseUrl() + "/tokens.xhtml");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(chromium.driver.getCurrentUrl().contains("login.xhtml"), chromium.driver.getCurrentUrl());
    }

    @Test
    void anAdministratorSeesFailedLoginsAndLiftsThem() {
        assertEquals(401, LoginsIT.raw("127.0.0.41", "GET", "/api/agents/me",
                LoginsIT.basic("agent2", "not-it"), null).status());
        chromium.driver.manage().deleteAllCookies();
        chromium.logIn("/admin/logins.xhtml", "admin1");
        By unlock = By.xpath("//tr[.//span[text()='agent2']]//button[contains(@id,'unlock')]");
        chromium.wait.until(ExpectedConditions.elementToBeClickable(unlock));
        chromium.screenshot("logins-admin");
        chromium.driver.findElement(unlock).click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("locks:lockMessages"),
                "agent2 can log in again."));
        JsonObject locks = Api.as("admin1").getObject("/api/security/locks");
        assertTrue(locks.getJsonArray("users").stream().map(JsonObject.class::cast)
                .noneMatch(u -> u.getString("user").equals("agent2")), locks.toString());
    }
}
