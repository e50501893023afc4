package app.kneetriage.admins;

import app.kneetriage.system.UrlPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin area, whichever module serves a page of it, and the login: never kept or
 * indexed. Opening its pages is counted (far more than a person clicks, far fewer than a
 * flood), and so is every login attempt.
 */
@Configuration(proxyBeanMethods = false)
class AdminUrls {

    @Bean
    UrlPolicy adminAreaUrls() {
        return UrlPolicy.privatePages("/admin/**").readsCountAs(UrlPolicy.RateLimitKind.ADMIN_PAGE);
    }

    @Bean
    UrlPolicy loginUrls() {
        return UrlPolicy.privatePages("/login")
            .readsCountAs(UrlPolicy.RateLimitKind.ADMIN_PAGE)
            .writesCountAs(UrlPolicy.RateLimitKind.LOGIN);
    }

}
