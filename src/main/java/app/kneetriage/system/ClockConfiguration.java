package app.kneetriage.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /**
     * One clock for every timestamp, so tests can move time instead of waiting for it.
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

}
