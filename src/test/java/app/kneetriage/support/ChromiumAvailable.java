package app.kneetriage.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Chromium and ChromeDriver exist, unless they are
 * required. The paths come from the system properties {@code chromium.path} and
 * {@code chromedriver.path}.
 */
public final class ChromiumAvailable implements ExecutionCondition {

    static final String CHROMIUM = "chromium.path";

    static final String CHROMEDRIVER = "chromedriver.path";

    static final String MODE = "browser-tests";

    static final String INSTALL_HINT = "apt-get install chromium chromium-driver";

    private static final AtomicBoolean HINT_PRINTED = new AtomicBoolean();

    static Path chromium() {
        return Path.of(System.getProperty(CHROMIUM, "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(System.getProperty(CHROMEDRIVER, "/usr/bin/chromedriver"));
    }

    static boolean required() {
        return "required".equals(System.getProperty(MODE));
    }

    /** What is missing, in words; empty when both programs are there. */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium())) {
            missing.add("Chromium at " + chromium() + " (-D" + CHROMIUM + ")");
        }
        if (!Files.isExecutable(chromedriver())) {
            missing.add("ChromeDriver at " + chromedriver() + " (-D" + CHROMEDRIVER + ")");
        }
        return missing;
    }

    static String explain(List<String> missing) {
        return "Browser tests need " + String.join(" and ", missing) + ": " + INSTALL_HINT;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = missing();
        if (missing.isEmpty() || required()) {
            return ConditionEvaluationResult.enabled("Chromium is required or present");
        }
        String reason = explain(missing) + " (skipped; -D" + MODE + "=required makes them fail instead)";
        if (HINT_PRINTED.compareAndSet(false, true)) {
            System.err.println("[WARNING] " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

}
