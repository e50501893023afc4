package app.kneetriage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Checks every page in a browser test should pass. */
public final class PageChecks {

    private PageChecks() {
    }

    /**
     * No axe violation of any impact, and no Nu HTML Checker error in the page as shown.
     */
    public static void assertAccessible(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
            .analyze(driver);
        assertThat(results.getViolations().stream().map(PageChecks::describe).toList()).as(page).isEmpty();
        // The browser gives the document without its doctype.
        assertThat(HtmlChecker.errors("<!DOCTYPE html>" + driver.getPageSource())).as(page).isEmpty();
    }

    /** Nothing on the page is wider than the window. */
    public static void assertNoSidewaysScrolling(WebDriver driver, int width, String page) {
        Number scrollWidth = (Number) ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as(page).isLessThanOrEqualTo(width);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }

}
