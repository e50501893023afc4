package app.kneetriage.results;

import java.net.URI;
import java.net.URISyntaxException;

import app.kneetriage.system.Deployment;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Share and manage links must not come from a request's Host header in production, where
 * a forged header would hand a runner a link to someone else's site. In a production
 * deployment ({@code knee-triage.deployment=single} or {@code shared}) the app therefore
 * refuses to start without {@code knee-triage.public-url}; on a laptop ({@code local}) it
 * may follow the request. A configured address must be an absolute http or https URL.
 */
@Component
class PublicUrlRequirement implements InitializingBean {

    private final String publicUrl;

    private final Deployment deployment;

    PublicUrlRequirement(@Value("${knee-triage.public-url:}") String publicUrl, Deployment deployment) {
        this.publicUrl = publicUrl.strip();
        this.deployment = deployment;
    }

    @Override
    public void afterPropertiesSet() {
        if (publicUrl.isEmpty()) {
            if (deployment.isProduction()) {
                throw new IllegalStateException("Set KNEE_TRIAGE_PUBLIC_URL (knee-triage.public-url) to the address"
                        + " runners use, e.g. https://kneetriage.example: with " + deployment.describe()
                        + " share and manage links are built from it, never from the request");
            }
            return;
        }
        try {
            URI uri = new URI(publicUrl);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(publicUrl, "not an absolute http or https address");
            }
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException("knee-triage.public-url must be an address such as"
                    + " https://kneetriage.example, not " + publicUrl, e);
        }
    }

}
