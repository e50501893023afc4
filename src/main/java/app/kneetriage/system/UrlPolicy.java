package app.kneetriage.system;

import java.util.List;

/**
 * What a module says about its own addresses, for the filters here to act on: whether
 * responses may be kept and indexed, what requests count against which rate limit, and
 * how a request turned away is answered. Each module declares a bean of this type for its
 * pages; a request follows the most specific pattern that matches it, from whichever
 * module, and an address no module names is public and not counted.
 *
 * @param paths the addresses, as Spring MVC path patterns ({@code /r/**},
 * {@code /m/{key}/rerun})
 * @param privacy whether responses may be kept, indexed or named in a Referer
 * @param reads what a GET or HEAD counts against
 * @param writes what any other request counts against
 * @param problemDocuments whether a request turned away here (too many requests, the
 * database away) is answered with a problem document, as a JSON API is, rather than with
 * an error page
 */
public record UrlPolicy(List<String> paths, Privacy privacy, RateLimitKind reads, RateLimitKind writes,
        boolean problemDocuments) {

    public UrlPolicy {
        paths = List.copyOf(paths);
        if (paths.isEmpty() || privacy == null || reads == null || writes == null) {
            throw new IllegalArgumentException("a URL policy needs paths, a privacy and two rate-limit kinds");
        }
    }

    /** Addresses whose responses hold health answers or the secrets that lead to them. */
    public static UrlPolicy privatePages(String... paths) {
        return new UrlPolicy(List.of(paths), Privacy.PRIVATE, RateLimitKind.NONE, RateLimitKind.NONE, false);
    }

    /** A JSON API: private, and turned-away requests get problem documents. */
    public static UrlPolicy privateApi(String... paths) {
        return new UrlPolicy(List.of(paths), Privacy.PRIVATE, RateLimitKind.NONE, RateLimitKind.NONE, true);
    }

    /** An empty form anyone may find: see {@link Privacy#PUBLIC_FORM}. */
    public static UrlPolicy publicForm(String... paths) {
        return new UrlPolicy(List.of(paths), Privacy.PUBLIC_FORM, RateLimitKind.NONE, RateLimitKind.NONE, false);
    }

    public UrlPolicy readsCountAs(RateLimitKind kind) {
        return new UrlPolicy(paths, privacy, kind, writes, problemDocuments);
    }

    public UrlPolicy writesCountAs(RateLimitKind kind) {
        return new UrlPolicy(paths, privacy, reads, kind, problemDocuments);
    }

    /** What the response headers allow a browser, a proxy and a search engine. */
    public enum Privacy {

        /** Anything a public page allows. */
        PUBLIC,

        /**
         * A form page anyone may find: its GET is indexed but never stored, since it
         * carries the visitor's CSRF token; what a POST answers holds answers and is
         * {@link #PRIVATE}.
         */
        PUBLIC_FORM,

        /** Never cached, indexed, or leaked through the Referer of a followed link. */
        PRIVATE

    }

    /**
     * Which allowance a request is counted against
     * ({@link KneeTriageProperties.RateLimit}), per client address.
     */
    public enum RateLimitKind {

        NONE("none"), TRIAGE("triage"), LOGIN("login"), JOIN_CODE("join-code"), MANAGE("manage"),
        ADMIN_PAGE("admin-page");

        private final String tag;

        RateLimitKind(String tag) {
            this.tag = tag;
        }

        /** The name in the counters' keys and the rejections metric. */
        String tag() {
            return tag;
        }

    }

}
