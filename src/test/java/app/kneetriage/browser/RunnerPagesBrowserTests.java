package app.kneetriage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import app.kneetriage.support.Browser;
import app.kneetriage.support.BrowserTest;
import app.kneetriage.support.PageChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The runner's pages in real headless Chromium against the app on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@BrowserTest
class RunnerPagesBrowserTests {

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
        browser.resize(1280, 900);
        baseUrl = "http://localhost:" + port;
    }

    @Test
    void itbLikeAnswersShowIliotibialBandSyndromeFirstWithItsReasonsAndPlan() {
        new RunnerForm(driver, baseUrl).noWarningSigns().itbLike().submit();

        browser.waiting().until(ExpectedConditions.urlMatches("/r/[A-Za-z0-9_-]{24}$"));
        WebElement first = driver.findElement(By.cssSelector(".causes > li:first-child"));
        assertThat(first.findElement(By.tagName("h3")).getText()).contains("Iliotibial band syndrome");
        assertThat(RunnerForm.texts(first.findElements(By.cssSelector("ul li")))).contains(
                "It hurts on the outer edge of the knee",
                "It starts a few minutes into a run and gets worse as you go on");
        assertThat(driver.findElement(By.cssSelector(".urgency")).getText()).contains("look after this yourself");
        assertThat(RunnerForm.texts(driver.findElements(By.cssSelector(".exercises strong")))).contains("Clamshells",
                "Side-lying leg lifts");
        assertThat(driver.findElement(By.cssSelector(".exercises")).getText())
            .contains("3 sets of 15, each side, 3 times a week");
        assertThat(driver.findElements(By.cssSelector(".exercises > li"))).hasSizeBetween(1, 5);
        WebElement firstExercise = driver.findElement(By.cssSelector(".exercises > li:first-child"));
        firstExercise.findElement(By.tagName("summary")).click();
        WebElement picture = firstExercise.findElement(By.cssSelector("img.exercise-picture"));
        browser.waiting()
            .until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth;", picture))
                .intValue() > 0);
        assertThat(picture.getAttribute("alt")).contains("Lying on the side");
        assertThat(driver.findElements(By.cssSelector(".exercises > li img.exercise-picture")))
            .hasSameSizeAs(driver.findElements(By.cssSelector(".exercises > li")));
        assertThat(driver.findElement(By.cssSelector(".running")).getText()).contains("Can I run?")
            .contains("about half");
        assertThat(first.findElement(By.cssSelector(".match")).getText()).isEqualTo("Strong match with the answers");
        assertThat(driver.findElement(By.cssSelector(".causes")).getText()).doesNotContain("%");
        assertThat(driver.findElements(By.cssSelector("table.return-to-run tbody tr"))).hasSize(5);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("not a diagnosis");
    }

    @Test
    void missingAnswersShowErrorsNextToTheFieldsAndKeepWhatWasEntered() {
        new RunnerForm(driver, baseUrl).choose("location", "OUTER")
            .type("durationAmount", "12")
            .type("cadenceSpm", "165")
            .submit();

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(driver.findElement(By.id("side-error")).getText()).contains("Choose which knee hurts");
        assertThat(driver.findElement(By.id("painScore-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("redFlags-error")).getText()).contains("None of these");
        assertThat(driver.findElement(By.id("side-group")).getAttribute("aria-describedby")).contains("side-error");
        assertThat(driver.findElement(By.id("side")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector("input[name='location'][value='OUTER']")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("durationAmount")).getAttribute("value")).isEqualTo("12");
        assertThat(driver.findElement(By.id("cadenceSpm")).getAttribute("value")).isEqualTo("165");
        WebElement summaryLink = driver.findElement(By.cssSelector("#error-summary a[href='#side']"));
        assertThat(summaryLink.getText()).contains("Choose which knee hurts");
    }

    @Test
    void anUrgentAnswerShowsTheUrgentBannerAndNoReturnToRunPlan() {
        resultFor(form -> form.tick("redFlags", "GIVING_WAY").itbLike());

        WebElement banner = driver.findElement(By.cssSelector(".urgency"));
        assertThat(banner.getAttribute("class")).contains("urgency-URGENT");
        assertThat(banner.getText()).contains("Get medical help now").contains("The knee gives way");
        assertThat(driver.findElements(By.id("return-to-run"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".exercises"))).isEmpty();
    }

    @Test
    void theShareLinkShowsACoachASummaryAndTheSameResultInTheThirdPerson() {
        new RunnerForm(driver, baseUrl).noWarningSigns().itbLike().submit();
        browser.waiting().until(ExpectedConditions.urlContains("/r/"));
        String shareLink = driver.findElement(By.id("share-link")).getAttribute("value");
        List<String> runnerCauses = RunnerForm.texts(driver.findElements(By.cssSelector(".causes h3")));
        List<String> runnerExercises = RunnerForm.texts(driver.findElements(By.cssSelector(".exercise-name")));

        try (Browser coach = new Browser()) {
            coach.driver().get(shareLink);

            assertThat(coach.driver().getCurrentUrl()).isEqualTo(shareLink);
            assertThat(coach.driver().findElement(By.tagName("h1")).getText()).isEqualTo("A runner's knee check");
            assertThat(coach.driver().findElement(By.cssSelector(".shared-by")).getText())
                .contains("This link works until");
            assertThat(coach.driver().findElement(By.cssSelector(".summary-line")).getText()).contains(
                    "Self-care for now", "Running about half as much",
                    "Most likely: Iliotibial band syndrome (ITBS) (strong match)", "Worst pain 5/10", "For 9 days",
                    "Left knee");
            assertThat(coach.driver().findElement(By.cssSelector(".running")).getText()).contains("Can they run?");
            assertThat(RunnerForm.texts(coach.driver().findElements(By.cssSelector(".causes h3"))))
                .isEqualTo(runnerCauses);
            assertThat(RunnerForm.texts(coach.driver().findElements(By.cssSelector(".exercise-name"))))
                .isEqualTo(runnerExercises);
            assertThat(coach.driver().findElement(By.id("main")).getText()).doesNotContain("Your knee check")
                .doesNotContain("private link");
            assertThat(coach.driver().findElements(By.id("manage-link"))).isEmpty();
        }
    }

    @Test
    void theRunnerCanTakeBackALinkTheCoachHasOpened() {
        new RunnerForm(driver, baseUrl).noWarningSigns().itbLike().submit();
        browser.waiting().until(ExpectedConditions.urlContains("/r/"));
        String shareLink = driver.findElement(By.id("share-link")).getAttribute("value");
        String manageLink = driver.findElement(By.id("manage-link")).getAttribute("value");
        assertThat(manageLink).doesNotContain(shareLink.substring(shareLink.lastIndexOf('/') + 1));

        try (Browser coach = new Browser()) {
            coach.driver().get(shareLink);
            assertThat(coach.driver().findElement(By.id("main")).getText()).contains("Iliotibial band syndrome");
            assertThat(coach.driver().findElements(By.id("manage-link"))).isEmpty();

            driver.get(manageLink);
            driver.findElement(By.xpath("//button[normalize-space()='Stop sharing']")).click();
            browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "turned off"));

            coach.driver().navigate().refresh();
            assertThat(coach.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("This result is no longer shared");
            assertThat(coach.driver().findElement(By.id("main")).getText()).doesNotContain("Iliotibial");
        }
    }

    @Test
    void theFormCanBeCompletedWithTheKeyboardAlone() {
        driver.get(baseUrl + "/triage");

        tabTo("noRedFlags");
        press(Keys.SPACE);
        tabTo("age");
        press("42");
        tabTo("location");
        press(Keys.SPACE);
        tabTo("side");
        press(Keys.SPACE);
        tabTo("character");
        press(Keys.SPACE);
        tabTo("onset");
        press(Keys.SPACE);
        tabTo("noKneeSigns");
        press(Keys.SPACE);
        tabTo("durationAmount");
        press("6");
        tabTo("previousEpisodes");
        press(Keys.ARROW_RIGHT);
        tabTo("dailyActivitiesAffected");
        press(Keys.ARROW_RIGHT);
        tabTo("painScore");
        press(Keys.SPACE);
        press(Keys.ARROW_RIGHT);
        press(Keys.ARROW_RIGHT);
        tabUntil(e -> "submit".equals(e.getAttribute("type")));
        press(Keys.ENTER);

        browser.waiting().until(ExpectedConditions.urlContains("/r/"));
        driver.findElement(By.cssSelector(".answers-summary summary")).click();
        assertThat(driver.findElement(By.cssSelector(".answers")).getText()).contains("Around or behind the kneecap")
            .contains("2 out of 10")
            .contains("6 days");
    }

    @Test
    void runnerAndCoachPagesHaveNoAccessibilityViolationsAndValidHtml() {
        driver.get(baseUrl + "/");
        assertAccessible("start page");

        new RunnerForm(driver, baseUrl).submit();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertAccessible("form with errors");

        resultFor(form -> form.noWarningSigns().itbLike());
        assertAccessible("self-care result");

        resultFor(form -> form.noWarningSigns().itbLike().type("durationAmount", "30"));
        assertThat(driver.findElement(By.cssSelector(".urgency")).getAttribute("class")).contains("SEE_PROFESSIONAL");
        assertAccessible("see-a-professional result");

        resultFor(form -> form.tick("redFlags", "LOCKING")
            .tick("ageNotGiven", "true")
            .choose("location", "DEEP")
            .choose("side", "LEFT")
            .choose("character", "SHARP")
            .choose("onset", "SUDDEN")
            .nothingElseAboutTheKnee()
            .type("durationAmount", "1")
            .choose("previousEpisodes", "false")
            .choose("dailyActivitiesAffected", "true")
            .choose("painScore", "8"));
        assertThat(driver.findElement(By.cssSelector(".urgency")).getAttribute("class")).contains("URGENT");
        assertAccessible("urgent result");

        String shareLink = driver.findElement(By.id("share-link")).getAttribute("value");
        driver.get(driver.findElement(By.id("manage-link")).getAttribute("value"));
        assertAccessible("manage page");
        String manageLink = driver.getCurrentUrl();
        driver.get(manageLink + "/delete");
        assertAccessible("delete confirmation");
        driver.get(baseUrl + "/deleted");
        assertAccessible("deleted page");
        driver.get(shareLink);
        assertAccessible("coach's view");
        driver.get(manageLink);
        driver.findElement(By.xpath("//button[normalize-space()='Stop sharing']")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
        driver.get(shareLink);
        assertAccessible("no longer shared page");
    }

    @Test
    void theStartButtonIsOnAPhonesFirstScreenAndTheWarningSignsOneTapAway() {
        browser.resize(360, 640);
        driver.get(baseUrl + "/");
        JavascriptExecutor page = (JavascriptExecutor) driver;
        Number buttonBottom = (Number) page
            .executeScript("return document.querySelector('.start-button').getBoundingClientRect().bottom;");
        Number screen = (Number) page.executeScript("return window.innerHeight;");
        assertThat(buttonBottom.doubleValue()).as("start button within the first screen")
            .isLessThanOrEqualTo(screen.doubleValue());
        assertThat(browser.screenshot("start-360x640")).isNotEmptyFile();
        WebElement fullList = driver.findElement(By.cssSelector(".emergency details"));
        assertThat(fullList.findElement(By.tagName("ul")).isDisplayed()).isFalse();

        fullList.findElement(By.tagName("summary")).click();

        assertThat(fullList.findElement(By.tagName("ul")).isDisplayed()).isTrue();
        assertThat(fullList.getText()).contains("The knee gives way under you");
        browser.resize(1280, 900);
        driver.get(baseUrl + "/");
        assertThat(browser.screenshot("start-1280x900")).isNotEmptyFile();
    }

    @Test
    void onAPhoneThePainScaleIsOneRowAndEveryAnswerIsABigEnoughTarget() {
        browser.resize(360, 800);
        driver.get(baseUrl + "/triage");
        JavascriptExecutor page = (JavascriptExecutor) driver;

        @SuppressWarnings("unchecked")
        List<Number> scaleTops = (List<Number>) page.executeScript(
                "return [...document.querySelectorAll('.pain-scale .scale label')].map(l => l.getBoundingClientRect().top);");
        assertThat(scaleTops).hasSize(11);
        assertThat(scaleTops.stream().map(Number::doubleValue).distinct()).as("one row").hasSize(1);
        @SuppressWarnings("unchecked")
        List<Number> answerHeights = (List<Number>) page.executeScript(
                "return [...document.querySelectorAll('main form fieldset label')].filter(l => l.getClientRects().length > 0)"
                        + ".map(l => l.getBoundingClientRect().height);");
        assertThat(answerHeights).isNotEmpty()
            .allSatisfy(height -> assertThat(height.doubleValue()).isGreaterThanOrEqualTo(44));

        driver.findElement(By.cssSelector("input[name='location'][value='BACK']")).click();
        assertThat(driver.findElement(By.cssSelector(".knee-diagram .area[data-area='BACK']")).getAttribute("class"))
            .contains("chosen");
    }

    @Test
    void screenshotsOfEveryRunnerAndCoachPageAtPhoneAndDesktopSizes() {
        for (int[] size : new int[][] { { 360, 800 }, { 1280, 900 } }) {
            String suffix = "-" + size[0];
            browser.resize(size[0], size[1]);
            driver.get(baseUrl + "/");
            assertThat(browser.fullPageScreenshot("start" + suffix)).isNotEmptyFile();
            driver.get(baseUrl + "/triage");
            assertThat(browser.fullPageScreenshot("form" + suffix)).isNotEmptyFile();
            new RunnerForm(driver, baseUrl).submit();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertThat(driver.getTitle()).startsWith("Error: ");
            assertThat(browser.screenshot("form-errors" + suffix)).isNotEmptyFile();
            resultFor(form -> form.noWarningSigns().itbLike().choose("painScore", "3"));
            assertThat(browser.fullPageScreenshot("result-self-care" + suffix)).isNotEmptyFile();
            if (size[0] == 360) {
                Number cardTop = (Number) ((JavascriptExecutor) driver).executeScript(
                        "return document.querySelector('.save-share').getBoundingClientRect().top + window.scrollY;");
                assertThat(cardTop.doubleValue()).as("Save or share within a phone's first two screens")
                    .isLessThan(2 * 640);
            }
            String shareLink = driver.findElement(By.id("share-link")).getAttribute("value");
            driver.get(driver.findElement(By.id("manage-link")).getAttribute("value"));
            assertThat(browser.fullPageScreenshot("manage" + suffix)).isNotEmptyFile();
            driver.get(shareLink);
            assertThat(browser.fullPageScreenshot("coach-view" + suffix)).isNotEmptyFile();
            resultFor(form -> form.tick("redFlags", "GIVING_WAY").itbLike());
            assertThat(browser.fullPageScreenshot("result-urgent" + suffix)).isNotEmptyFile();
            // Nothing may be wider than the screen.
            Long scrollWidth = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth;");
            assertThat(scrollWidth).isLessThanOrEqualTo(size[0]);
        }
    }

    @Test
    void aCoachsLinkFollowsTheRunnersReRunAndShowsTheEarlierCheck() {
        new RunnerForm(driver, baseUrl).noWarningSigns().itbLike().type("nickname", "Sam").submit();
        browser.waiting().until(ExpectedConditions.urlContains("/r/"));
        String shareLink = driver.findElement(By.id("share-link")).getAttribute("value");
        driver.get(driver.findElement(By.id("manage-link")).getAttribute("value"));

        assertThat(driver.findElement(By.cssSelector("input[name='shareLink'][value='move']")).isSelected()).isTrue();
        driver.findElement(By.xpath("//button[normalize-space()='Re-run my answers']")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("manage-link")));
        assertThat(driver.findElement(By.id("share-link")).getAttribute("value")).isEqualTo(shareLink);

        try (Browser coach = new Browser()) {
            coach.driver().get(shareLink);
            assertThat(coach.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sam's knee check");
            List<WebElement> earlier = coach.driver().findElements(By.cssSelector("table.history tbody tr"));
            assertThat(earlier).hasSize(1);
            assertThat(earlier.get(0).getText()).contains("Self-care for now")
                .contains("Iliotibial band syndrome")
                .contains("5/10");
        }
    }

    private void resultFor(Consumer<RunnerForm> answers) {
        RunnerForm form = new RunnerForm(driver, baseUrl);
        answers.accept(form);
        form.submit();
        browser.waiting().until(ExpectedConditions.urlContains("/r/"));
    }

    private void assertAccessible(String page) {
        PageChecks.assertAccessible(driver, page);
    }

    private void tabTo(String id) {
        tabUntil(e -> id.equals(e.getAttribute("id")));
    }

    private void tabUntil(Predicate<WebElement> target) {
        for (int i = 0; i < 200; i++) {
            if (target.test(driver.switchTo().activeElement())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("never reached the element by pressing Tab");
    }

    private void press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

}
