package app.kneetriage.api;

import app.kneetriage.system.UrlPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every API answer holds answers or the keys to them: never kept or indexed. A new
 * result, a re-run or a new board counts as a triage, any other change to a result as a
 * manage action, except a result's changes of boards: joining tries a join code, so it
 * counts against the join codes' own allowance, as the manage page's join does, and
 * leaving, on the same path, counts there too.
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
    UrlPolicy apiNewBoardUrls() {
        return UrlPolicy.privateApi("/api/v1/boards").writesCountAs(UrlPolicy.RateLimitKind.TRIAGE);
    }

    @Bean
    UrlPolicy apiBoardUrls() {
        return UrlPolicy.privateApi("/api/v1/boards/**").writesCountAs(UrlPolicy.RateLimitKind.MANAGE);
    }

    @Bean
    UrlPolicy apiJoinCodeUrls() {
        return UrlPolicy.privateApi("/api/v1/results/{token}/boards").writesCountAs(UrlPolicy.RateLimitKind.JOIN_CODE);
    }

    @Bean
    UrlPolicy apiManageUrls() {
        return UrlPolicy.privateApi("/api/v1/results/**").writesCountAs(UrlPolicy.RateLimitKind.MANAGE);
    }

}
