package app.kneetriage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import app.kneetriage.support.Browser;
import app.kneetriage.support.BrowserTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.Http;
import app.kneetriage.support.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coach's board as its people use it, each in a browser of their own: the coach makes
 * the board from the start page, two runners join it from their manage pages, one logs a
 * run that hurt, and the coach sees that runner first on a phone. A stranger without the
 * board link finds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@BrowserTest
class BoardBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aRunThatHurtPutsTheRunnerFirstSteppedBackOnTheCoachsPhone() {
        try (Browser coach = new Browser(); Browser runners = new Browser(); Browser stranger = new Browser()) {
            WebDriver board = coach.driver();
            coach.resize(360, 800);
            board.get(base() + "/");
            board.findElement(By.partialLinkText("For coaches")).click();
            board.findElement(By.id("boardName")).sendKeys("Tuesday group");
            submit(board, "Make the board");
            String boardLink = board.getCurrentUrl();
            assertThat(boardLink).matches(".*/b/[A-Za-z0-9_-]{24}");
            assertThat(board.findElement(By.id("board-link-notice")).getText()).contains("Keep this page");
            String code = board.findElement(By.id("join-code")).getText();

            WebDriver runner = runners.driver();
            runners.resize(360, 800);
            String steadyManage = newRunnerJoins(runner, "Ana", code);
            runner.manage().deleteAllCookies();
            String hurtingManage = newRunnerJoins(runner, "Ben", code);
            startAndLogARun(runner, hurtingManage, 7);
            assertThat(runner.findElement(By.cssSelector(".programme-decision")).getText())
                .contains("Pain during your run was 7 out of 10");

            board.get(boardLink);
            List<WebElement> rows = board.findElements(By.cssSelector("table.board-rows tbody tr"));
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).findElement(By.cssSelector("th a")).getText()).isEqualTo("Ben");
            assertThat(rows.get(0).findElement(By.cssSelector(".board-flags")).getText()).contains("Stepped back");
            assertThat(rows.get(0).getText()).contains("Week 2, stepped back").contains("20 min, pain 7 during");
            assertThat(rows.get(1).findElement(By.cssSelector("th a")).getText()).isEqualTo("Ana");
            assertThat(rows.get(1).findElements(By.cssSelector(".board-flags"))).isEmpty();
            PageChecks.assertNoSidewaysScrolling(board, 360, "board on a phone");
            PageChecks.assertAccessible(board, "board");
            assertThat(coach.fullPageScreenshot("board-360")).isNotEmptyFile();
            coach.resize(1280, 900);
            assertThat(coach.fullPageScreenshot("board-1280")).isNotEmptyFile();
            coach.resize(360, 800);

            rows.get(0).findElement(By.cssSelector("th a")).click();
            assertThat(board.findElement(By.cssSelector(".programme-state")).getText()).contains("Week 2");
            assertThat(steadyManage).isNotEqualTo(hurtingManage);

            String guessed = boardLink.substring(0, boardLink.length() - 1) + (boardLink.endsWith("A") ? "B" : "A");
            stranger.driver().get(guessed);
            assertThat(stranger.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("We could not find this page");
            assertThat(stranger.driver().getPageSource()).doesNotContain("Tuesday group").doesNotContain("Ben");
            assertThat(new Http(port).get(guessed.substring(base().length())).status()).isEqualTo(404);
        }
    }

    /** A REDUCE result, named, joined to the board; answers its manage link. */
    private String newRunnerJoins(WebDriver runner, String nickname, String code) {
        new RunnerForm(runner, base()).noWarningSigns().itbLike().submit();
        new WebDriverWait(runner, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/r/"));
        String manage = runner.findElement(By.id("manage-link")).getAttribute("value");
        runner.get(manage);
        runner.findElement(By.cssSelector("details.sharing-settings summary")).click();
        runner.findElement(By.id("nickname")).sendKeys(nickname);
        submit(runner, "Save name");
        runner.findElement(By.id("joinCode")).sendKeys(code.toLowerCase());
        submit(runner, "Find the board");
        assertThat(runner.findElement(By.tagName("main")).getText()).contains("Tuesday group");
        submit(runner, "Join this board");
        assertThat(runner.findElement(By.cssSelector(".joined-boards")).getText()).contains("Tuesday group");
        return manage;
    }

    private void startAndLogARun(WebDriver runner, String manage, int painDuring) {
        runner.get(manage);
        runner.findElement(By.linkText("Start my return to running")).click();
        runner.findElement(By.cssSelector("label[for='baselinePain-1']")).click();
        for (String day : new String[] { "TUESDAY", "THURSDAY", "SATURDAY" }) {
            runner.findElement(By.cssSelector("label[for='days-" + day + "']")).click();
        }
        runner.findElement(By.id("activities0.name")).sendKeys("Running downhill");
        runner.findElement(By.xpath("//input[@name='activities[0].score' and @value='3']/..")).click();
        submit(runner, "Start my return to running");
        runner.findElement(By.id("walkMinutes")).clear();
        runner.findElement(By.id("walkMinutes")).sendKeys("10");
        runner.findElement(By.id("runMinutes")).clear();
        runner.findElement(By.id("runMinutes")).sendKeys("20");
        runner.findElement(By.cssSelector("label[for='painDuring-" + painDuring + "']")).click();
        submit(runner, "Save this run");
    }

    private static void submit(WebDriver driver, String label) {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space()='" + label + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        // Chromium may answer "node does not belong to the document" before "stale".
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
            .until(ExpectedConditions.stalenessOf(button));
    }

    private String base() {
        return "http://localhost:" + port;
    }

}
