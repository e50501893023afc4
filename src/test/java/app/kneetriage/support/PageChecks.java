package app.kneetriage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
        assertThat(problems(driver)).as(page).isEmpty();
    }

    /** The axe violations and Nu HTML Checker errors of the page as shown. */
    public static List<String> problems(WebDriver driver) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
            .analyze(driver);
        List<String> problems = new ArrayList<>(results.getViolations().stream().map(PageChecks::describe).toList());
        // The browser gives the document without its doctype.
        problems.addAll(HtmlChecker.errors("<!DOCTYPE html>" + driver.getPageSource()));
        return problems;
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
