package org.switchboard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its chromedriver, with screenshots into target/screenshots. */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Opens a console page and logs in with the demo password. */
    void logIn(String page, String user) {
        driver.get(TestEnvironment.baseUrl() + page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-demo");
        driver.findElement(By.id("submit")).click();
    }

    void screenshot(String name) {
        try {
            java.io.File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), TestEnvironment.screenshots().resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Screenshot and page source of a failure; best effort, the original failure is what matters. */
    void evidence(String name) {
        try {
            screenshot("failure-" + name);
            Files.writeString(TestEnvironment.screenshots().resolve("failure-" + name + ".html"),
                    driver.getPageSource());
            StringBuilder console = new StringBuilder();
            driver.manage().logs().get("browser").forEach(entry -> console.append(entry).append('\n'));
            Files.writeString(TestEnvironment.screenshots().resolve("failure-" + name + ".console.txt"), console);
        } catch (RuntimeException | IOException e) {
            // nothing more to save
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
