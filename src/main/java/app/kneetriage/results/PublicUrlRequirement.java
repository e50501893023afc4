package app.kneetriage.results;

import java.net.URI;
import java.net.URISyntaxException;

import app.kneetriage.system.DatabaseKind;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Share and manage links must not come from a request's Host header in production, where
 * a forged header would hand a runner a link to someone else's site. On PostgreSQL (the
 * production database) the app therefore refuses to start without
 * {@code knee-triage.public-url}; on the local H2 default it may follow the request. A
 * configured address must be an absolute http or https URL.
 */
@Component
class PublicUrlRequirement implements InitializingBean {

    private final String publicUrl;

    private final DatabaseKind database;

    PublicUrlRequirement(@Value("${knee-triage.public-url:}") String publicUrl, DatabaseKind database) {
        this.publicUrl = publicUrl.strip();
        this.database = database;
    }

    @Override
    public void afterPropertiesSet() {
        if (publicUrl.isEmpty()) {
            if (database.isPostgres()) {
                throw new IllegalStateException("Set KNEE_TRIAGE_PUBLIC_URL (knee-triage.public-url) to the address"
                        + " runners use, e.g. https://kneetriage.example: share and manage links are built from it");
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
