package app.kneetriage.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The symptom form as a runner fills it in: by clicking the answers and typing numbers.
 */
final class RunnerForm {

    private final WebDriver driver;

    RunnerForm(WebDriver driver, String baseUrl) {
        this(driver);
        driver.get(baseUrl + "/triage");
    }

    /** The form already open, wherever it is (the admins' "try answers" uses it too). */
    RunnerForm(WebDriver driver) {
        this.driver = driver;
    }

    RunnerForm choose(String name, String value) {
        WebElement input = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!input.isSelected()) {
            input.click();
        }
        return this;
    }

    RunnerForm tick(String name, String... values) {
        for (String value : values) {
            choose(name, value);
        }
        return this;
    }

    RunnerForm noWarningSigns() {
        WebElement none = driver.findElement(By.id("noRedFlags"));
        if (!none.isSelected()) {
            none.click();
        }
        return this;
    }

    /** Ticks "None of these" in the knee questions. */
    RunnerForm nothingElseAboutTheKnee() {
        WebElement none = driver.findElement(By.id("noKneeSigns"));
        if (!none.isSelected()) {
            none.click();
        }
        return this;
    }

    RunnerForm type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    RunnerForm select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /**
     * Outer-knee pain that builds during runs on cambered roads: the classic ITBS
     * picture.
     */
    RunnerForm itbLike() {
        return type("age", "34").choose("location", "OUTER")
            .choose("side", "LEFT")
            .choose("character", "BURNING")
            .choose("onset", "GRADUAL")
            .nothingElseAboutTheKnee()
            .type("durationAmount", "9")
            .choose("previousEpisodes", "false")
            .tick("timing", "DURING_RUN_BUILDS")
            .choose("dailyActivitiesAffected", "false")
            .choose("painScore", "5")
            .choose("runsOnCamberedRoads", "true");
    }

    void submit() {
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
    }

    static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

}
