package app.kneetriage.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * A browser-like HTTP client with its own cookies, for the admin pages and their CSRF
 * tokens.
 */
public final class AdminSession {

    public static final String USERNAME = "test-admin";

    public static final String PASSWORD = "orchard-lantern-quietly-41";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;

    private final String baseUrl;

    private String csrf;

    private String forwardedFor;

    public AdminSession(int port) {
        this(HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build(), port);
    }

    private AdminSession(HttpClient client, int port) {
        this.client = client;
        this.baseUrl = "http://localhost:" + port;
    }

    /**
     * The same browser, cookies and all, talking to another instance of the app, as a
     * load balancer would send it.
     */
    public AdminSession on(int otherPort) {
        AdminSession other = new AdminSession(client, otherPort);
        other.csrf = csrf;
        return other;
    }

    /**
     * This browser at another place: every request says it was forwarded for this address
     * (counted only where the app trusts the local proxy, with
     * {@code server.forward-headers-strategy=native}).
     */
    public AdminSession from(String address) {
        this.forwardedFor = address;
        return this;
    }

    /**
     * Logs in; returns the login answer (302 to /admin on success, to /login?error on
     * failure).
     */
    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    public AdminSession loggedIn() {
        HttpResponse<String> response = login(USERNAME, PASSWORD);
        String location = response.headers().firstValue("Location").orElse("");
        if (!location.contains("/admin") || location.contains("/login")) {
            throw new IllegalStateException("login failed: " + response.statusCode());
        }
        return this;
    }

    /** A GET; remembers the page's CSRF token for the next form post. */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .GET());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json").GET());
    }

    /** Posts a form with the CSRF token of the last page fetched, as a browser would. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.put("_csrf", csrf);
        }
        return postFormWithoutToken(path, withToken);
    }

    /** Posts a file upload form (multipart), with the CSRF token, as a browser would. */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
            String contentType, byte[] content) {
        String boundary = "----knee-triage-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.put("_csrf", csrf);
        }
        withToken.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public HttpResponse<String> postFormWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet()
            .stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);

    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);

    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

    /**
     * The fields of the first form in the page's main content, as a browser would submit
     * them.
     */
    public static Map<String, String> formFields(String page) {
        String main = page.substring(page.indexOf("<main"));
        String form = main.substring(main.indexOf("<form"), main.indexOf("</form>"));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            if (name == null || "submit".equals(type) || "button".equals(type)
                    || (("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked"))) {
                continue;
            }
            String value = attribute(attributes, "value");
            if ("checkbox".equals(type) && fields.containsKey(name) && !name.startsWith("_")) {
                // ticked boxes of one name: Spring binds "A,B" to a list as it binds A
                // and B sent apart
                fields.put(name, fields.get(name) + "," + value);
                continue;
            }
            fields.put(name, value == null ? "" : value);
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String chosen = null;
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                if (chosen == null || option.group(1).contains("selected")) {
                    chosen = attribute(option.group(1), "value");
                    if (option.group(1).contains("selected")) {
                        break;
                    }
                }
            }
            fields.put(attribute(select.group(1), "name"), chosen == null ? "" : chosen);
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            fields.put(attribute(textarea.group(1), "name"), HtmlUtils.htmlUnescape(textarea.group(2)));
        }
        fields.remove("_csrf");
        return fields;
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1)) : null;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
