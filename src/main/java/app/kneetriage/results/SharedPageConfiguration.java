package app.kneetriage.results;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The shared-page cache and its filter, declared here rather than scanned as components
 * so that slices of the app for controller tests run without them.
 */
@Configuration(proxyBeanMethods = false)
class SharedPageConfiguration {

    @Bean
    FilterRegistrationBean<SharedPageCacheFilter> sharedPageCacheFilter(SharedPageCache cache) {
        FilterRegistrationBean<SharedPageCacheFilter> registration = new FilterRegistrationBean<>(
                new SharedPageCacheFilter(cache));
        registration.addUrlPatterns("/r/*");
        // innermost: every other filter runs as before
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

}
