package app.kneetriage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import app.kneetriage.support.Browser;
import app.kneetriage.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin changes an exercise in real Chromium, and a runner sees it after publishing.
 */
@AdminTest
@BrowserTest
class AdminBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAdminChangesRepsChecksTheTestCasesAndPublishesForTheNextRunner() {
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(base + "/admin/rules");
            assertThat(driver.getCurrentUrl()).endsWith("/login");
            driver.findElement(By.id("username")).sendKeys(AdminSession.USERNAME);
            driver.findElement(By.id("password")).sendKeys(AdminSession.PASSWORD);
            driver.findElement(By.cssSelector("main form button[type='submit']")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/admin/rules"));

            if (!driver.findElements(By.xpath("//button[normalize-space()='Start a draft']")).isEmpty()) {
                driver.findElement(By.xpath("//button[normalize-space()='Start a draft']")).click();
            }
            browser.resize(1280, 900);
            assertThat(browser.screenshot("admin-draft-1280x900")).isNotEmptyFile();
            driver.findElement(By.partialLinkText("ITBS")).click();
            assertThat(browser.screenshot("admin-cause-1280x900")).isNotEmptyFile();
            driver.navigate().back();
            driver.findElement(By.linkText("Clamshells")).click();
            WebElement reps = driver.findElement(By.id("reps"));
            reps.clear();
            reps.sendKeys("17");
            driver.findElement(By.xpath("//button[normalize-space()='Save to the draft']")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.cases")));

            assertThat(driver.findElements(By.cssSelector("table.cases tbody tr"))).hasSizeGreaterThanOrEqualTo(24);
            assertThat(driver.findElements(By.cssSelector("table.cases tr.case-fail"))).isEmpty();
            assertThat(driver.findElement(By.cssSelector("table.cases")).getText()).contains("P02").contains("Passes");

            driver.findElement(By.id("changeNote")).sendKeys("Clamshells: 17 reps");
            driver.findElement(By.xpath("//button[normalize-space()='Publish']")).click();
            browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "is published"));

            new RunnerForm(driver, base).noWarningSigns().itbLike().submit();
            browser.waiting().until(ExpectedConditions.urlContains("/r/"));
            assertThat(driver.findElement(By.cssSelector(".exercises")).getText()).contains("3 sets of 17, each side");
        }
    }

}
