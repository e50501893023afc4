package app.kneetriage.system;

/**
 * The app's own cookies (session, CSRF token, flash) carry the {@code __Host-} prefix
 * when the app is served over HTTPS ({@code knee-triage.public-url} starts with
 * {@code https://}): a browser then keeps them only if they are Secure, for the whole
 * host and no wider, so nothing on another subdomain or plain HTTP can set or overwrite
 * them. Without HTTPS (a laptop on {@code http://localhost}) a browser would refuse such
 * cookies, so they keep their plain names there. A bean of {@link SecurityConfiguration}.
 */
public final class CookieNames {

    static final String HOST_PREFIX = "__Host-";

    private final boolean hostOnly;

    CookieNames(String publicUrl) {
        this.hostOnly = publicUrl.strip().startsWith("https://");
    }

    /** Whether the cookies are {@code __Host-} cookies, and so always Secure. */
    boolean hostOnly() {
        return hostOnly;
    }

    String of(String name) {
        return hostOnly ? HOST_PREFIX + name : name;
    }

    /** Whether a cookie's name is this one, with or without the prefix. */
    static boolean is(String cookieName, String name) {
        return cookieName.equals(name) || cookieName.equals(HOST_PREFIX + name);
    }

}
