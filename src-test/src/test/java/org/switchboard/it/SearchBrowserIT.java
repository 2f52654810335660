package org.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Search and the contact record in headless Chromium: type in the search box, see contacts, open one, its
 * numbers are click-to-dial links; a name with markup is shown as text everywhere; another tenant's contact
 * asked for by URL is "not found". Screenshots in target/screenshots (search-*.png).
 */
@ExtendWith(ArquillianExtension.class)
class SearchBrowserIT {

    private static final String HOSTILE_FIRST = "<script>alert(1)</script>";
    private static final String HOSTILE_LAST = "\"><img src=x onerror=alert(1)>";

    private static Browser chromium;

    @RegisterExtension
    final TestWatcher evidence = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            chromium.evidence("search-" + context.getRequiredTestMethod().getName());
        }
    };

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestPbx.get();
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

    private static void logInAs(String user, String page) {
        chromium.driver.manage().deleteAllCookies();
        chromium.logIn(page, user);
    }

    private static void searchFor(String text) {
        WebElement box = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        box.clear();
        box.sendKeys(text, Keys.ENTER);
    }

    @Test
    void searchOpenTheContactAndItsNumbersDial() {
        logInAs("agent1", "/agent/search.xhtml");
        searchFor("Mustermann");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hits")));
        String hits = chromium.driver.findElement(By.id("hits")).getText();
        assertTrue(hits.contains("Max Mustermann"), hits);
        assertTrue(hits.contains("+4930123456789"), hits);
        chromium.screenshot("search-01-results");

        chromium.driver.findElement(By.linkText("Max Mustermann")).click();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("contactName"), "Max Mustermann"));
        WebElement dial = chromium.driver.findElement(By.cssSelector("#phones a.sb-dial"));
        assertTrue(dial.getAttribute("href").startsWith("tel:+49"), dial.getAttribute("href"));
        assertTrue(chromium.driver.findElement(By.id("account")).getText().contains("Nordwind"));
        chromium.screenshot("search-02-contact");

        // the header's box searches from any page
        WebElement header = chromium.driver.findElement(By.id("headerQ"));
        header.sendKeys("030 123456789", Keys.ENTER);
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hits")));
        assertTrue(chromium.driver.findElement(By.id("hits")).getText().contains("Max Mustermann"));
    }

    @Test
    void aHostileNameIsTextInResultsAndOnTheRecord() {
        Api.object(Api.as("agent1").postJson("/api/contacts", Json.createObjectBuilder()
                .add("firstName", HOSTILE_FIRST).add("lastName", HOSTILE_LAST)
                .add("phones", Json.createArrayBuilder().add(Json.createObjectBuilder().add("number", "030 5550 4242")))
                .build().toString()));
        logInAs("agent1", "/agent/search.xhtml");
        searchFor(HOSTILE_FIRST);
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hits")));
        String name = HOSTILE_FIRST + " " + HOSTILE_LAST;
        assertTrue(chromium.driver.findElement(By.id("hits")).getText().contains(name));
        assertTrue(chromium.driver.findElements(By.cssSelector("#hits img")).isEmpty(), "no injected element");
        assertThrows(NoAlertPresentException.class, () -> chromium.driver.switchTo().alert());
        assertEquals(HOSTILE_FIRST, chromium.driver.findElement(By.id("q")).getAttribute("value"),
                "the query is shown back as typed");
        chromium.screenshot("search-03-hostile-results");

        chromium.driver.findElement(By.linkText(name)).click();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("contactName"), name));
        assertTrue(chromium.driver.findElements(By.cssSelector("#record img")).isEmpty(), "no injected element");
        assertThrows(NoAlertPresentException.class, () -> chromium.driver.switchTo().alert());
        assertEquals(HOSTILE_LAST, chromium.driver.findElement(By.id("edit:lastName")).getAttribute("value"));

        // a note with markup lands in the contact's history as text
        String note = "Called back <img src=x onerror=alert(2)> about <b>it</b>";
        chromium.driver.findElement(By.id("noteForm:noteText")).sendKeys(note);
        chromium.driver.findElement(By.id("noteForm:addNote")).click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), note));
        assertTrue(chromium.driver.findElements(By.cssSelector("#history img, #history b")).isEmpty(),
                "no injected element");
        assertThrows(NoAlertPresentException.class, () -> chromium.driver.switchTo().alert());
        chromium.screenshot("search-04-hostile-contact");
    }

    @Test
    void editOnThePageAndAnotherTenantsContactIsNotFound() {
        logInAs("agent1", "/agent/contact.xhtml?id=3");
        chromium.wait.until(ExpectedConditions.textToBe(By.id("contactName"), "Lukas Becker"));
        WebElement language = chromium.driver.findElement(By.id("edit:languageInput"));
        language.clear();
        language.sendKeys("de");
        WebElement emails = chromium.driver.findElement(By.id("edit:emailLines"));
        emails.sendKeys(Keys.END, "\nlukas.privat@example.org");
        chromium.driver.findElement(By.id("edit:save")).click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("emails"),
                "lukas.privat@example.org"));
        assertEquals("de", chromium.driver.findElement(By.id("language")).getText());
        chromium.screenshot("search-05-contact-edited");

        logInAs("agent4", "/agent/contact.xhtml?id=1");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notFound")));
        String page = chromium.driver.findElement(By.tagName("main")).getText();
        assertFalse(page.contains("Mustermann"), page);
        chromium.screenshot("search-06-other-tenant-not-found");
    }
}
