package app.kneetriage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kneetriage.support.Browser;
import app.kneetriage.support.BrowserTest;
import app.kneetriage.support.PageChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The runner stories of contract version 3 on a phone: the new questions filled in as a
 * runner does, and the result pages a physiotherapist checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@BrowserTest
class VersionThreeStoriesBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    WebDriver driver;

    String baseUrl;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void setUp() {
        driver = browser.driver();
        driver.manage().deleteAllCookies();
        browser.resize(360, 800);
        baseUrl = "http://localhost:" + port;
    }

    @Test
    void aRunnerWithAFocalShinBonePainOnAPhoneIsToldToStopAndGetItExamined() {
        RunnerForm form = new RunnerForm(driver, baseUrl).noWarningSigns()
            .type("age", "19")
            .choose("location", "UPPER_SHIN")
            .choose("side", "RIGHT")
            .choose("character", "DULL_ACHE")
            .choose("onset", "GRADUAL")
            .tick("kneeSigns", "BONE_SPOT", "HOP_PAIN")
            .type("durationAmount", "10")
            .choose("previousEpisodes", "false")
            .tick("timing", "DURING_RUN_BUILDS", "AT_REST")
            .choose("dailyActivitiesAffected", "false")
            .choose("painScore", "4")
            .choose("weeklyDistanceChange", "MORE")
            .type("weeklyDistanceChangeAmount", "40");
        PageChecks.assertNoSidewaysScrolling(driver, 360, "the form");
        assertThat(driver.findElement(By.id("kneeSigns-group")).getText()).contains("one fingertip");
        assertThat(browser.fullPageScreenshot("form-v3-360")).isNotEmptyFile();
        form.submit();
        browser.waiting().until(ExpectedConditions.urlContains("/r/"));

        assertThat(driver.findElement(By.cssSelector(".urgency")).getAttribute("class")).contains("SEE_PROFESSIONAL");
        assertThat(driver.findElement(By.cssSelector(".causes > li:first-child h3")).getText()).contains("bone stress");
        String page = driver.findElement(By.id("main")).getText();
        assertThat(page).contains("No running or jumping until the bone has been examined")
            .contains("Pressing one spot on the bone hurts")
            .doesNotContain("Back to running, week by week")
            .doesNotContain("Start my return to running");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("information, not a diagnosis");
        assertThat(RunnerForm.texts(driver.findElements(By.cssSelector(".exercises strong")))
            .stream()
            .filter(name -> !name.isBlank())
            .toList()).containsExactly("Bridges and hip thrusts", "Clamshells", "Plank");
        PageChecks.assertNoSidewaysScrolling(driver, 360, "the bone-stress result");
        assertThat(PageChecks.problems(driver)).as("the bone-stress result").isEmpty();
        assertThat(browser.fullPageScreenshot("result-bone-stress-360")).isNotEmptyFile();
    }

    @Test
    void aTwelveYearOldWithALimpIsSentToADoctorTodayWithTheHipNamed() {
        new RunnerForm(driver, baseUrl).noWarningSigns()
            .type("age", "12")
            .choose("location", "FRONT")
            .choose("side", "LEFT")
            .choose("character", "DULL_ACHE")
            .choose("onset", "GRADUAL")
            .tick("kneeSigns", "LIMP")
            .type("durationAmount", "5")
            .choose("previousEpisodes", "false")
            .tick("timing", "AFTER_RUN")
            .choose("dailyActivitiesAffected", "false")
            .choose("painScore", "3")
            .submit();
        browser.waiting().until(ExpectedConditions.urlContains("/r/"));

        assertThat(driver.findElement(By.cssSelector(".urgency")).getAttribute("class")).contains("URGENT");
        assertThat(driver.findElement(By.cssSelector(".urgency")).getText()).contains("today").contains("hip");
        assertThat(driver.findElements(By.cssSelector(".exercises strong"))).isEmpty();
        PageChecks.assertNoSidewaysScrolling(driver, 360, "the child-with-a-limp result");
        assertThat(browser.fullPageScreenshot("result-child-limp-360")).isNotEmptyFile();
    }

    @Test
    void painJustBelowTheKneecapThatWarmsUpGetsATendonPlan() {
        new RunnerForm(driver, baseUrl).noWarningSigns()
            .type("age", "24")
            .choose("location", "BELOW_KNEECAP")
            .choose("side", "RIGHT")
            .choose("character", "DULL_ACHE")
            .choose("onset", "GRADUAL")
            .nothingElseAboutTheKnee()
            .type("durationAmount", "12")
            .choose("previousEpisodes", "false")
            .tick("timing", "WARMS_UP", "JUMPING_OR_UPHILL")
            .choose("dailyActivitiesAffected", "false")
            .choose("painScore", "4")
            .submit();
        browser.waiting().until(ExpectedConditions.urlContains("/r/"));

        assertThat(driver.findElement(By.cssSelector(".causes > li:first-child h3")).getText())
            .contains("Patellar tendon");
        assertThat(RunnerForm.texts(driver.findElements(By.cssSelector(".exercises strong")))
            .stream()
            .filter(name -> !name.isBlank())
            .toList()).startsWith("Tendon holds (Spanish squat or wall sit)", "Slow heavy split squats");
        assertThat(driver.findElement(By.id("main")).getText()).contains("3 out of 10");
        PageChecks.assertNoSidewaysScrolling(driver, 360, "the tendon result");
        assertThat(browser.fullPageScreenshot("result-tendon-360")).isNotEmptyFile();
    }

}
