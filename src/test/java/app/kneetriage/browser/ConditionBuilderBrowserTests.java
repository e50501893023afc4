package app.kneetriage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import app.kneetriage.support.Browser;
import app.kneetriage.support.BrowserTest;
import app.kneetriage.support.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A physiotherapist, in real Chromium, adds "pain score at least 8 → see a professional"
 * with the condition builder, tries a runner's answers against it, keeps them as a test
 * case, publishes, and finds the sentence in the audit log and the version's changes,
 * without typing a code, a field name or JSON.
 */
@AdminTest
@BrowserTest
class ConditionBuilderBrowserTests {

    static final String SENTENCE = "Pain score at least 8";

    static final String REASON = "Pain of 8 or more out of 10 needs a professional to look at it";

    @LocalServerPort
    int port;

    @Test
    void aPhysioBuildsAConditionTriesItKeepsATestCaseAndPublishes() {
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            browser.resize(1280, 900);
            driver.get(base + "/login");
            driver.findElement(By.id("username")).sendKeys(AdminSession.USERNAME);
            driver.findElement(By.id("password")).sendKeys(AdminSession.PASSWORD);
            driver.findElement(By.cssSelector("main form button[type='submit']")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/admin"));
            driver.get(base + "/admin/rules");
            clickButton(browser, "Start a draft");

            driver.get(base + "/admin/rules/advice");
            int pieces = driver.findElements(By.cssSelector("form .list-item")).size();
            assertThat(pieces).isGreaterThanOrEqualTo(39);
            assertThat(pageHeight(driver)).as("%d pieces of advice, one line each", pieces)
                .isLessThan(300 + pieces * 100);
            driver.get(base + "/admin/rules");
            driver.findElement(By.linkText("Urgency rules")).click();
            int row = driver.findElements(By.cssSelector(".list-item")).size();
            assertThat(pageHeight(driver)).as("the list is one line per rule until one is opened")
                .isLessThan(300 + row * 100);
            clickButton(browser, "Add a row");
            String prefix = "rows" + row + ".";
            pick(browser, prefix + "condition.field", "Pain score");
            pick(browser, prefix + "condition.operator", "at least");
            WebElement number = driver.findElement(By.id(prefix + "condition.number"));
            assertThat(number.getAttribute("max")).as("the builder knows the question's range").isEqualTo("10");
            number.sendKeys("8");
            new Select(driver.findElement(By.id(prefix + "level")))
                .selectByVisibleText("See a professional in the next days");
            driver.findElement(By.id(prefix + "reason")).sendKeys(REASON);
            // before the rule that always matches, so that it is checked; the moved rule
            // stays open
            WebElement up = driver.findElement(By.cssSelector(".list-item:last-of-type button[name='moveUp']"));
            up.click();
            browser.waiting().until(ExpectedConditions.stalenessOf(up));
            WebElement moved = driver.findElements(By.cssSelector(".list-item")).get(row - 1);
            assertThat(moved.findElement(By.cssSelector(".condition-sentence")).getText()).as("read back as a sentence")
                .isEqualTo("In words: " + SENTENCE);
            assertThat(PageChecks.problems(driver)).as("the builder, open").isEmpty();
            assertThat(browser.fullPageScreenshot("admin-condition-builder-1280")).isNotEmptyFile();
            browser.resize(360, 800);
            assertThat(browser.fullPageScreenshot("admin-condition-builder-360")).isNotEmptyFile();
            browser.resize(1280, 900);
            clickButton(browser, "Save to the draft");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("changes-heading")));
            assertThat(driver.findElement(By.cssSelector(".draft-changes")).getText()).as("the draft against live")
                .contains("Urgency rule")
                .contains(SENTENCE);
            assertThat(browser.fullPageScreenshot("admin-draft-changes-1280")).isNotEmptyFile();

            driver.findElement(By.linkText("Try answers against the draft")).click();
            new RunnerForm(driver).noWarningSigns().itbLike().choose("painScore", "8").submit();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".try-compare")));
            String differences = driver.findElement(By.cssSelector("table.differences")).getText();
            assertThat(differences).contains("Why").contains(REASON);
            assertThat(driver.findElement(By.cssSelector("table.differences ins")).getText()).contains(REASON);
            assertThat(RunnerForm.texts(driver.findElements(By.cssSelector(".try-side-heading"))))
                .as("the panels in the table's order: live, then draft")
                .containsExactly("The live version", "The draft");
            assertThat(PageChecks.problems(driver)).as("the comparison").isEmpty();
            assertThat(browser.fullPageScreenshot("admin-try-comparison-1280")).isNotEmptyFile();
            browser.resize(360, 800);
            assertThat(browser.fullPageScreenshot("admin-try-comparison-360")).isNotEmptyFile();
            browser.resize(1280, 900);
            driver.findElement(By.id("name")).sendKeys("Outer knee, pain 8: see a professional");
            clickButton(browser, "Keep as a test case");
            browser.waiting().until(ExpectedConditions.urlMatches(".*/admin/tests/\\d+$"));
            assertThat(driver.findElement(By.id("name")).getAttribute("value"))
                .isEqualTo("Outer knee, pain 8: see a professional");
            assertThat(new Select(driver.findElement(By.id("expectedUrgency"))).getFirstSelectedOption().getText())
                .isEqualTo("See a professional in the next days");
            assertThat(PageChecks.problems(driver)).as("a test case with its answers in words").isEmpty();

            driver.get(base + "/admin/rules");
            assertThat(driver.findElement(By.cssSelector("table.cases")).getText())
                .contains("Outer knee, pain 8: see a professional");
            assertThat(driver.findElements(By.cssSelector("table.cases tr.case-fail"))).isEmpty();
            driver.findElement(By.id("changeNote")).sendKeys("Pain of 8 or more: see a professional");
            clickButton(browser, "Publish");
            browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "is published"));

            driver.get(base + "/admin/audit");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains(SENTENCE);
            driver.get(base + "/admin/rules/versions");
            WebElement latest = driver.findElement(By.cssSelector("article.version"));
            assertThat(latest.getText()).contains("Pain of 8 or more: see a professional")
                .contains(SENTENCE)
                .doesNotContain("painScore")
                .doesNotContain("AT_LEAST");
            assertThat(PageChecks.problems(driver)).as("the versions and their changes").isEmpty();
            assertThat(browser.fullPageScreenshot("admin-version-diff-1280")).isNotEmptyFile();
        }
    }

    /**
     * Picks an option by its words; with JavaScript the page reloads to show the next
     * choices.
     */
    private static void pick(Browser browser, String id, String text) {
        WebElement select = browser.driver().findElement(By.id(id));
        if (new Select(select).getFirstSelectedOption().getText().equals(text)) {
            return;
        }
        boolean reloads = select.getAttribute("data-builder-refresh") != null;
        new Select(select).selectByVisibleText(text);
        if (reloads) {
            browser.waiting().until(ExpectedConditions.stalenessOf(select));
        }
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private static int pageHeight(WebDriver driver) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;"))
            .intValue();
    }

    /** Clicks the button, if there is one, and waits for the page it leads to. */
    private static void clickButton(Browser browser, String text) {
        WebDriver driver = browser.driver();
        List<WebElement> buttons = driver.findElements(By.xpath("//main//button[normalize-space()='" + text + "']"));
        if (!buttons.isEmpty()) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                    buttons.get(0));
            buttons.get(0).click();
            // Chromium may answer "node does not belong to the document" while the page
            // is being replaced: that is the staleness being waited for, so ask again
            browser.waiting().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(buttons.get(0)));
        }
    }

}
