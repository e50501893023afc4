package app.kneetriage.triage;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The symptom form's page cache, declared here rather than scanned so that controller
 * test slices run without it.
 */
@Configuration(proxyBeanMethods = false)
class FormPageConfiguration {

    @Bean
    FilterRegistrationBean<FormPageCacheFilter> formPageCacheFilter(Clock clock) {
        FilterRegistrationBean<FormPageCacheFilter> registration = new FilterRegistrationBean<>(
                new FormPageCacheFilter(clock));
        registration.addUrlPatterns("/triage");
        // innermost: the security filters have put the request's CSRF token in place
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

}
