package app.kneetriage.api;

import app.kneetriage.system.UrlPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every API answer holds answers or the keys to them: never kept or indexed. A new result
 * or a re-run counts as a triage, any other change to a result as a manage action.
 */
@Configuration(proxyBeanMethods = false)
class ApiUrls {

    @Bean
    UrlPolicy everyApiAnswer() {
        return UrlPolicy.privateApi("/api/**");
    }

    @Bean
    UrlPolicy apiTriageUrls() {
        return UrlPolicy.privateApi("/api/v1/triage", "/api/v1/results/{token}/rerun")
            .writesCountAs(UrlPolicy.RateLimitKind.TRIAGE);
    }

    @Bean
    UrlPolicy apiManageUrls() {
        return UrlPolicy.privateApi("/api/v1/results/**").writesCountAs(UrlPolicy.RateLimitKind.MANAGE);
    }

}
