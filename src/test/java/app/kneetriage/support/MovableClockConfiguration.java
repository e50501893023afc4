package app.kneetriage.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts a {@link MovableClock} in place of the app's clock, for tests that follow a return
 * to running over days and weeks.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

}
