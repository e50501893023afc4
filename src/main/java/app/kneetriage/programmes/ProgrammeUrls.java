package app.kneetriage.programmes;

import app.kneetriage.system.UrlPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tracker's pages and files sit below the manage link, whose key is the secret that
 * leads there: never kept or indexed, and logging a run counts as a change to the result.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeUrls {

    @Bean
    UrlPolicy trackerUrls() {
        return UrlPolicy.privatePages("/m/{key}/running/**").writesCountAs(UrlPolicy.RateLimitKind.MANAGE);
    }

}
