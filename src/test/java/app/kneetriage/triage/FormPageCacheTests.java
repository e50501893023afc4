package app.kneetriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

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

import app.kneetriage.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The empty symptom form is rendered once and handed out with each reader's own CSRF
 * token, and a form filled in from the kept page is accepted.
 */
@DatabaseTest
class FormPageCacheTests {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void eachReaderGetsTheSamePageWithTheirOwnTokenAndItsFormIsAccepted() throws Exception {
        HttpClient first = client();
        HttpClient second = client();
        String one = get(first);
        String two = get(second);
        String three = get(second);

        assertThat(token(one)).isNotEqualTo(token(two)).isNotEqualTo(token(three));
        assertThat(((CookieManager) second.cookieHandler().orElseThrow()).getCookieStore().getCookies())
            .as("the kept page still sets the reader's token cookie")
            .anyMatch(cookie -> cookie.getName().equals("XSRF-TOKEN"));
        assertThat(two.replace(token(two), "T")).isEqualTo(one.replace(token(one), "T"));

        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("_csrf", token(three));
        answers.put("location", "FRONT");
        answers.put("side", "LEFT");
        answers.put("character", "DULL_ACHE");
        answers.put("onset", "GRADUAL");
        answers.put("painScore", "3");
        answers.put("durationAmount", "10");
        answers.put("durationUnit", "DAYS");
        answers.put("previousEpisodes", "false");
        answers.put("dailyActivitiesAffected", "false");
        answers.put("noRedFlags", "true");
        answers.put("noKneeSigns", "true");
        answers.put("ageNotGiven", "true");
        answers.put("shoeDistanceUnit", "KM");
        String form = answers.entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        HttpResponse<String> submitted = second.send(HttpRequest.newBuilder(URI.create(url("/triage")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
        assertThat(submitted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/r/"));
    }

    private String get(HttpClient client) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url("/triage"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
