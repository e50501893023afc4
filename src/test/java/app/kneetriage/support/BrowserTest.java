package app.kneetriage.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives Debian's Chromium. Without Chromium and its driver on the machine
 * the test is skipped with the install hint; with {@code -Dbrowser-tests=required} (as CI
 * runs) it runs and fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(ChromiumAvailable.class)
public @interface BrowserTest {

}
