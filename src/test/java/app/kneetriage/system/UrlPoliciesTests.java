package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Modules' URL policies are matched as Spring MVC matches its handlers, and the most
 * specific pattern wins whichever module declared it.
 */
class UrlPoliciesTests {

    private final UrlPolicies policies = new UrlPolicies(
            List.of(UrlPolicy.privatePages("/m/**").writesCountAs(UrlPolicy.RateLimitKind.MANAGE),
                    UrlPolicy.privatePages("/m/{key}/rerun").writesCountAs(UrlPolicy.RateLimitKind.TRIAGE),
                    UrlPolicy.privateApi("/api/**"),
                    UrlPolicy.privateApi("/api/v1/triage").writesCountAs(UrlPolicy.RateLimitKind.TRIAGE),
                    UrlPolicy.privatePages("/admin/**").readsCountAs(UrlPolicy.RateLimitKind.ADMIN_PAGE)));

    @Test
    void theMostSpecificPatternWinsWhateverTheOrder() {
        assertThat(policies.rateLimitOf(post("/m/key123/rerun"))).isEqualTo(UrlPolicy.RateLimitKind.TRIAGE);
        assertThat(policies.rateLimitOf(post("/m/key123/revoke"))).isEqualTo(UrlPolicy.RateLimitKind.MANAGE);
        assertThat(policies.rateLimitOf(post("/api/v1/triage"))).isEqualTo(UrlPolicy.RateLimitKind.TRIAGE);
        assertThat(policies.of(post("/api/v1/triage")).problemDocuments()).isTrue();
    }

    @Test
    void readsAndWritesCountApart() {
        assertThat(policies.rateLimitOf(get("/admin"))).isEqualTo(UrlPolicy.RateLimitKind.ADMIN_PAGE);
        assertThat(policies.rateLimitOf(post("/admin/rules"))).isEqualTo(UrlPolicy.RateLimitKind.NONE);
        assertThat(policies.rateLimitOf(get("/m/key123/rerun"))).isEqualTo(UrlPolicy.RateLimitKind.NONE);
    }

    @Test
    void anEncodedPathOrPathParametersMatchAsTheDecodedPath() {
        assertThat(policies.rateLimitOf(post("/api/v1/%74riage"))).isEqualTo(UrlPolicy.RateLimitKind.TRIAGE);
        assertThat(policies.rateLimitOf(post("/api/v1/triage;x=1"))).isEqualTo(UrlPolicy.RateLimitKind.TRIAGE);
    }

    @Test
    void anAddressNoModuleNamesIsPublicAndNotCounted() {
        UrlPolicy unnamed = policies.of(post("/"));

        assertThat(unnamed.privacy()).isEqualTo(UrlPolicy.Privacy.PUBLIC);
        assertThat(policies.rateLimitOf(post("/"))).isEqualTo(UrlPolicy.RateLimitKind.NONE);
        assertThat(unnamed.problemDocuments()).isFalse();
    }

    private static MockHttpServletRequest post(String uri) {
        return new MockHttpServletRequest("POST", uri);
    }

    private static MockHttpServletRequest get(String uri) {
        return new MockHttpServletRequest("GET", uri);
    }

}
