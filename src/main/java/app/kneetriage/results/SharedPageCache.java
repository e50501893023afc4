package app.kneetriage.results;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The shared result page ({@code /r/{token}}) as it was last rendered, kept for at most a
 * second and for a bounded number of results. A result is an immutable snapshot, but the
 * page around it is not: the sharing can be revoked, its expiry changed, the result
 * deleted or the link moved to a new check, and the runner logs runs the coach sees.
 * Every such write on this instance empties the cache at once
 * ({@link SharedPageInvalidation}); another instance's cache lets a change through within
 * the second. Rendering the page is most of its cost (see BENCHMARKS.md); a coach's
 * refreshes and a burst of readers then cost a memory read.
 */
@Component
class SharedPageCache {

    /** How long another instance may show a page after a change it did not see. */
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    /** A rendered page and what the response needs besides its body. */
    record Page(byte[] body, String contentType, String contentLanguage, String etag, Instant renderedAt) {
    }

    private final Map<String, Page> pages;

    private final Clock clock;

    SharedPageCache(@Value("${knee-triage.shared-page-cache.size:256}") int size, Clock clock) {
        this.clock = clock;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
                return size() > size;
            }
        };
    }

    /** The page for this token hash, if it was rendered less than a second ago. */
    synchronized Optional<Page> fresh(String tokenHash) {
        Page page = pages.get(tokenHash);
        if (page == null || !clock.instant().isBefore(page.renderedAt().plus(FRESH_FOR))) {
            return Optional.empty();
        }
        return Optional.of(page);
    }

    synchronized void keep(String tokenHash, Page page) {
        pages.put(tokenHash, page);
    }

    /**
     * After any change to results, programmes or sessions: nothing stale is served here.
     */
    synchronized void clear() {
        pages.clear();
    }

    Instant now() {
        return clock.instant();
    }

}
