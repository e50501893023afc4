package app.kneetriage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import app.kneetriage.support.Browser;
import app.kneetriage.support.BrowserTest;
import app.kneetriage.support.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
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
    void everyAdminPageHasNoAccessibilityViolationsAndValidHtml() {
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(base + "/login");
            PageChecks.assertAccessible(driver, "login");
            driver.findElement(By.id("username")).sendKeys(AdminSession.USERNAME);
            driver.findElement(By.id("password")).sendKeys(AdminSession.PASSWORD);
            driver.findElement(By.cssSelector("main form button[type='submit']")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/admin"));
            driver.get(base + "/admin/rules");
            if (!driver.findElements(By.xpath("//button[normalize-space()='Start a draft']")).isEmpty()) {
                driver.findElement(By.xpath("//button[normalize-space()='Start a draft']")).click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("publish-heading")));
            }
            String cause = driver.findElement(By.partialLinkText("ITBS")).getAttribute("href");
            String exercise = driver.findElement(By.linkText("Clamshells")).getAttribute("href");
            String testCase = driver.findElement(By.cssSelector("table.cases a")).getAttribute("href");
            List<String> pages = List.of(base + "/admin", base + "/admin/rules", cause, exercise,
                    base + "/admin/rules/causes/new", base + "/admin/rules/exercises/new",
                    base + "/admin/rules/urgency", base + "/admin/rules/advice", base + "/admin/rules/steps",
                    base + "/admin/rules/running", base + "/admin/rules/sections", base + "/admin/rules/limits",
                    base + "/admin/rules/settings", base + "/admin/rules/import", base + "/admin/rules/try",
                    base + "/admin/rules/versions", base + "/admin/rules/draft/discard", testCase, testCase + "/delete",
                    base + "/admin/tests/new", base + "/admin/audit", base + "/admin/admins", base + "/admin/password",
                    base + "/admin/rules/causes/NO_SUCH_CAUSE", cause + "/delete", exercise + "/delete");
            Map<String, List<String>> problems = new LinkedHashMap<>();
            for (String page : pages) {
                driver.get(page);
                assertThat(driver.getCurrentUrl()).as("opened, not sent elsewhere").isEqualTo(page);
                List<String> found = PageChecks.problems(driver);
                if (!found.isEmpty()) {
                    problems.put(page.substring(base.length()), found);
                }
            }
            assertThat(problems).isEmpty();
        }
    }

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

    @Test
    void removingAsksInADialogWithJavaScriptAndNoKeepsEverything() {
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(base + "/login");
            driver.findElement(By.id("username")).sendKeys(AdminSession.USERNAME);
            driver.findElement(By.id("password")).sendKeys(AdminSession.PASSWORD);
            driver.findElement(By.cssSelector("main form button[type='submit']")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/admin"));
            driver.get(base + "/admin/rules");
            if (!driver.findElements(By.xpath("//button[normalize-space()='Start a draft']")).isEmpty()) {
                driver.findElement(By.xpath("//button[normalize-space()='Start a draft']")).click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("publish-heading")));
            }
            int rows = driver.findElements(By.cssSelector("table.cases tbody tr")).size();
            driver.findElement(By.cssSelector("table.cases a")).click();

            driver.findElement(By.linkText("Remove this test case")).click();
            Alert dialog = browser.waiting().until(ExpectedConditions.alertIsPresent());
            assertThat(dialog.getText()).startsWith("Remove this test case?");
            dialog.dismiss();
            assertThat(driver.getCurrentUrl()).as("No stays on the case").matches(".*/admin/tests/\\d+$");

            driver.get(base + "/admin/rules/urgency");
            int rules = driver.findElements(By.cssSelector(".list-item")).size();
            driver.findElement(By.cssSelector(".list-item button[name='removeRow']")).click();
            browser.waiting().until(ExpectedConditions.alertIsPresent()).dismiss();
            assertThat(driver.findElements(By.cssSelector(".list-item"))).hasSize(rules);

            driver.get(base + "/admin/rules");
            assertThat(driver.findElements(By.cssSelector("table.cases tbody tr"))).hasSize(rows);
            driver.findElement(By.linkText("Discard the draft")).click();
            browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("publish-heading")));
            assertThat(driver.findElements(By.xpath("//button[normalize-space()='Start a draft']"))).hasSize(1);
        }
    }

}
