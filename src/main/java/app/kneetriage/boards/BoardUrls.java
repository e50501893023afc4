package app.kneetriage.boards;

import app.kneetriage.system.UrlPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A board's address is the secret that leads to its runners: never kept or indexed.
 * Creating a board counts as a new result would; looking up and using join codes have an
 * allowance of their own, so the short codes cannot be tried in bulk from one address and
 * trying them uses up no one's logins.
 */
@Configuration(proxyBeanMethods = false)
class BoardUrls {

    @Bean
    UrlPolicy boardPageUrls() {
        return UrlPolicy.privatePages("/b/**").writesCountAs(UrlPolicy.RateLimitKind.MANAGE);
    }

    @Bean
    UrlPolicy newBoardUrls() {
        return UrlPolicy.publicForm("/boards/new").writesCountAs(UrlPolicy.RateLimitKind.TRIAGE);
    }

    @Bean
    UrlPolicy joinCodeUrls() {
        return UrlPolicy.privatePages("/m/{key}/boards/find", "/m/{key}/boards/join")
            .writesCountAs(UrlPolicy.RateLimitKind.JOIN_CODE);
    }

}
