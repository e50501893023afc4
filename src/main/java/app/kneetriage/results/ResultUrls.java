package app.kneetriage.results;

import app.kneetriage.system.UrlPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared and manage pages hold a runner's answers, and their addresses are the
 * secrets that lead there: never kept or indexed. Reading a result is never limited;
 * changing one is, and a re-run counts as a new result.
 */
@Configuration(proxyBeanMethods = false)
class ResultUrls {

    @Bean
    UrlPolicy sharedPageUrls() {
        return UrlPolicy.privatePages("/r/**", "/deleted");
    }

    @Bean
    UrlPolicy managePageUrls() {
        return UrlPolicy.privatePages("/m/**").writesCountAs(UrlPolicy.RateLimitKind.MANAGE);
    }

    @Bean
    UrlPolicy rerunUrls() {
        return UrlPolicy.privatePages("/m/{key}/rerun").writesCountAs(UrlPolicy.RateLimitKind.TRIAGE);
    }

}
