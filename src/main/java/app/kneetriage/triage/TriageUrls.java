package app.kneetriage.triage;

import app.kneetriage.system.UrlPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The symptom form: found by anyone, and each answer sent counts as a new result. */
@Configuration(proxyBeanMethods = false)
class TriageUrls {

    @Bean
    UrlPolicy symptomFormUrls() {
        return UrlPolicy.publicForm("/triage").writesCountAs(UrlPolicy.RateLimitKind.TRIAGE);
    }

}
