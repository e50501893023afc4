package app.kneetriage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import app.kneetriage.support.Browser;
import app.kneetriage.support.BrowserTest;
import app.kneetriage.support.MovableClock;
import app.kneetriage.support.MovableClockConfiguration;
import app.kneetriage.support.PageChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The return to running on a phone, in Chromium with the pages' JavaScript turned off:
 * everything works with plain forms and a chart drawn on the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@BrowserTest
@Import(MovableClockConfiguration.class)
class ReturnToRunBrowserTests {

    static Browser browser;

    /**
     * axe needs the page's scripts: it checks pages in a second browser that runs them.
     */
    static Browser withScripts;

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    WebDriver driver;

    String shareLink;

    String manageLink;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser(false);
        withScripts = new Browser();
        withScripts.resize(360, 800);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        withScripts.close();
    }

    @BeforeEach
    void reduceResultOnAPhone() {
        clock.reset();
        driver = browser.driver();
        driver.manage().deleteAllCookies();
        browser.resize(360, 800);
        new RunnerForm(driver, "http://localhost:" + port).noWarningSigns().itbLike().submit();
        browser.waiting().until(ExpectedConditions.urlContains("/r/"));
        shareLink = driver.findElement(By.id("share-link")).getAttribute("value");
        manageLink = driver.findElement(By.id("manage-link")).getAttribute("value");
    }

    @Test
    void theRunnerCompletesAWeekOnAPhoneAndTheCoachSeesTheChartAndTheDecision() {
        driver.get(manageLink);
        driver.findElement(By.linkText("Start my return to running")).click();
        assertAccessible(driver.getCurrentUrl(), "start of the return to running");
        assertThat(browser.fullPageScreenshot("tracker-start-360")).isNotEmptyFile();
        start();
        assertThat(driver.findElement(By.id("now-heading")).getText()).as("a reduced runner starts running")
            .isEqualTo("Week 3");
        LocalDate first = LocalDate.now(clock);
        // Three runs two days apart, each followed by the next morning's pain.
        for (int run = 0; run < 3; run++) {
            if (run == 1) {
                // One tap instead of two numbers: the week's planned session.
                driver.findElement(By.cssSelector("label[for='planned']")).click();
                setDate(LocalDate.now(clock));
                driver.findElement(By.cssSelector("label[for='painDuring-2']")).click();
                submit("Save this run");
            }
            else {
                logRun(LocalDate.now(clock), 2);
            }
            assertThat(flash()).isEqualTo("Run logged.");
            assertThat(driver.findElements(By.id("morning-heading"))).as("not asked on the day of the run").isEmpty();
            // The runner comes back the next morning.
            clock.advance(Duration.ofDays(1));
            driver.get(manageLink + "/running");
            assertThat(driver.findElement(By.id("morning-heading")).getText()).isEqualTo("Next-morning pain");
            driver.findElement(By.cssSelector("label[for='painNextMorning-1']")).click();
            submit("Save");
            assertThat(flash()).isEqualTo("Next-morning pain saved.");
            clock.advance(Duration.ofDays(1));
        }
        driver.get(manageLink + "/running");
        assertThat(driver.findElement(By.id("now-heading")).getText()).as("a week lasts seven days")
            .isEqualTo("Week 3");
        assertThat(driver.findElement(By.cssSelector(".programme-decision")).getText())
            .contains("A week lasts at least 7 days");

        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(), first.plusDays(7).atStartOfDay()));
        driver.get(manageLink + "/running");
        assertThat(driver.findElement(By.id("now-heading")).getText()).isEqualTo("Week 4");
        assertThat(driver.findElement(By.cssSelector(".programme-decision")).getText())
            .isEqualTo("Every session last week kept the pain rule: on to week 4.");
        assertThat(driver.findElements(By.id("morning-heading"))).as("every morning answered").isEmpty();
        assertThat(driver.findElement(By.id("psfs-heading")).getText()).as("a new week asks the weekly check")
            .isEqualTo("Your weekly check");
        driver.findElement(By.xpath("//input[@name='scores[0]' and @value='7']/..")).click();
        driver.findElement(By.xpath("//input[@name='globalChange' and @value='BETTER']/..")).click();
        submit("Save my scores");
        assertThat(flash()).isEqualTo("Your scores are saved.");
        assertThat(driver.findElements(By.id("psfs-heading"))).as("asked once a week").isEmpty();
        assertThat(driver.findElement(By.cssSelector(".psfs-summary")).getText())
            .isEqualTo("Your average went from 4.0 at the start to 7.0 now: up 2 points or more, a real improvement.");
        assertThat(driver.findElements(By.cssSelector(".progress-chart circle.mark-during"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector(".progress-chart rect.mark-morning"))).hasSize(3);
        PageChecks.assertNoSidewaysScrolling(driver, 360, "tracker");
        assertAccessible(driver.getCurrentUrl(), "tracker after a week");
        assertThat(browser.fullPageScreenshot("tracker-360")).isNotEmptyFile();
        driver.findElement(By.id("chart-heading")).click();
        assertThat(browser.screenshot("tracker-chart-360")).isNotEmptyFile();
        browser.resize(1280, 900);
        assertThat(browser.fullPageScreenshot("tracker-1280")).isNotEmptyFile();
        browser.resize(360, 800);

        driver.get(shareLink);
        assertThat(driver.findElement(By.cssSelector(".programme-state")).getText()).contains("Week 4, 0 of 3")
            .contains("Every session last week kept the pain rule: on to week 4.");
        assertThat(driver.findElements(By.cssSelector(".programme .progress-chart circle.mark-during"))).hasSize(3);
        assertThat(RunnerForm.texts(driver.findElements(By.cssSelector(".programme table.sessions tbody tr"))))
            .hasSize(3)
            .anyMatch(row -> row.contains("0 + 25 min"))
            .anyMatch(row -> row.contains("20 + 10 min"));
        assertThat(driver.findElements(By.cssSelector(".programme form"))).as("the coach changes nothing").isEmpty();
        assertThat(driver.findElement(By.cssSelector(".programme .psfs-summary")).getText())
            .contains("a real improvement");
        assertThat(driver.findElement(By.cssSelector(".programme .psfs-global")).getText())
            .isEqualTo("The runner last said that, compared with the start, the knee is better.");
        PageChecks.assertNoSidewaysScrolling(driver, 360, "coach's view");
        assertAccessible(shareLink, "coach's view with a programme");
        assertThat(browser.fullPageScreenshot("coach-programme-360")).isNotEmptyFile();
    }

    @Test
    void aRunWithoutItsPainIsRefusedNextToTheFieldAndNothingIsSaved() {
        // With scripts on, for the accessibility check of the page with the error.
        driver = withScripts.driver();
        start();
        typeInto("walkMinutes", "20");
        typeInto("runMinutes", "10");
        submit("Save this run");

        assertThat(driver.findElement(By.id("painDuring-error")).getText())
            .isEqualTo("Choose a number from 0 to 10 for the worst pain during the run.");
        assertThat(driver.findElement(By.id("walkMinutes")).getAttribute("value")).as("kept").isEqualTo("20");
        PageChecks.assertAccessible(driver, "run with an error");
        assertThat(withScripts.fullPageScreenshot("tracker-error-360")).isNotEmptyFile();
        driver.get(manageLink + "/running");
        assertThat(driver.findElements(By.cssSelector(".progress-chart"))).as("nothing half-saved").isEmpty();

        logRun(LocalDate.now(clock), 2);
        clock.advance(Duration.ofDays(1));
        driver.get(manageLink + "/running");
        submit("Save");
        assertThat(driver.findElement(By.id("painNextMorning-error")).getText())
            .isEqualTo("Choose a number from 0 to 10 for the pain this morning.");
    }

    @Test
    void aNewWarningSignStopsTheProgrammeAndTellsTheRunnerWhatToDoNow() {
        start();
        driver.findElement(By.cssSelector("label[for='newRedFlags-SWELLING_OR_DEFORMITY']")).click();
        logRun(LocalDate.now(clock), 3);

        assertThat(driver.findElement(By.id("stopped-heading")).getText())
            .isEqualTo("Stop running and get the knee checked");
        assertThat(driver.findElements(By.id("log-heading"))).as("no more runs to log").isEmpty();
        assertThat(browser.fullPageScreenshot("tracker-stopped-360")).isNotEmptyFile();
        driver.get(shareLink);
        assertThat(driver.findElement(By.cssSelector(".programme-state")).getText()).startsWith("Stopped.")
            .contains("The runner reported a new warning sign");
    }

    @Test
    void aResultThatSaysNotToRunOffersNoProgramme() {
        RunnerForm form = new RunnerForm(driver, "http://localhost:" + port).tick("redFlags", "GIVING_WAY").itbLike();
        form.submit();
        browser.waiting().until(ExpectedConditions.urlContains("/r/"));
        driver.get(driver.findElement(By.id("manage-link")).getAttribute("value"));

        assertThat(driver.findElement(By.cssSelector(".programme-card")).getText()).contains("re-run your check")
            .doesNotContain("Start my return to running");
    }

    private void assertAccessible(String url, String page) {
        withScripts.driver().get(url);
        PageChecks.assertAccessible(withScripts.driver(), page);
    }

    private void start() {
        driver.get(manageLink);
        driver.findElement(By.linkText("Start my return to running")).click();
        driver.findElement(By.cssSelector("label[for='baselinePain-2']")).click();
        for (String day : new String[] { "TUESDAY", "THURSDAY", "SATURDAY" }) {
            driver.findElement(By.cssSelector("label[for='days-" + day + "']")).click();
        }
        driver.findElement(By.id("activities0.name")).sendKeys("Stairs <b>down</b>");
        driver.findElement(By.xpath("//input[@name='activities[0].score' and @value='4']/..")).click();
        submit("Start my return to running");
        assertThat(flash()).startsWith("Started.");
        assertThat(driver.findElement(By.cssSelector(".psfs-summary")).getText()).isEqualTo(
                "You started at an average of 4.0 out of 10. In a week you will be asked again, to see how it moves.");
        assertThat(driver.findElement(By.cssSelector(".psfs-activities li")).getText())
            .as("the name is shown as text, never as markup")
            .isEqualTo("Stairs <b>down</b>");
    }

    private void setDate(LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id("date")), date.toString());
    }

    private void logRun(LocalDate date, int painDuring) {
        setDate(date);
        typeInto("walkMinutes", "20");
        typeInto("runMinutes", "10");
        driver.findElement(By.cssSelector("label[for='painDuring-" + painDuring + "']")).click();
        submit("Save this run");
    }

    private void typeInto(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    /** Clicks the button and waits for the page the form leads to. */
    private void submit(String label) {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space()='" + label + "']"));
        button.click();
        // Chromium may answer "node does not belong to the document" before "stale": both
        // mean gone.
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
            .until(ExpectedConditions.stalenessOf(button));
    }

    private String flash() {
        return driver.findElement(By.cssSelector("p.flash")).getText();
    }

}
