package app.kneetriage.results;

import app.kneetriage.system.KneeTriageProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the links of a result. With {@code knee-triage.public-url} set, links never
 * depend on the request's Host header; without it they follow the address the request
 * came in on.
 */
@Component
public class ShareLinks {

    private final String publicUrl;

    ShareLinks(KneeTriageProperties settings) {
        this.publicUrl = settings.publicUrl();
    }

    public String shareUrl(String token) {
        return base().path("/r/{token}").buildAndExpand(token).toUriString();
    }

    /** The runner's private link to revoke, expire, delete or re-run a result. */
    public String manageUrl(String manageKey) {
        return base().path("/m/{key}").buildAndExpand(manageKey).toUriString();
    }

    /**
     * Another of the app's private links by the same rule, e.g. a coach's board
     * ({@code /b/{boardKey}}).
     */
    public String link(String pathTemplate, Object... variables) {
        return base().path(pathTemplate).buildAndExpand(variables).toUriString();
    }

    private UriComponentsBuilder base() {
        return publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath()
                : UriComponentsBuilder.fromUriString(publicUrl);
    }

}
