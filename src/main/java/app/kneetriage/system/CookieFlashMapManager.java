package app.kneetriage.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps flash attributes (the one-time manage link, "saved" messages) in a short-lived,
 * encrypted cookie instead of the session. The redirect after a form may land on another
 * instance, and the session is kept in the database, where a manage link must never be
 * written. AES-GCM under a key derived from the server's secret: the browser can neither
 * read nor change it. Only text, whole numbers and true/false are carried.
 */
class CookieFlashMapManager extends AbstractFlashMapManager {

    static final String COOKIE = "KT_FLASH";

    private static final Duration LIFETIME = Duration.ofMinutes(3);

    /**
     * Flash maps kept at once. A redirect is followed at once, so more means posts whose
     * redirect was never followed; without a bound each added about 200 bytes until the
     * cookie outgrew the request header limit.
     */
    static final int MAX_MAPS = 3;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final byte[] ASSOCIATED = COOKIE.getBytes(StandardCharsets.US_ASCII);

    private final byte[] key;

    private final CookieNames names;

    CookieFlashMapManager(ServerSecret secret, CookieNames names) {
        this.key = secret.key("knee-triage flash cookie v1", 32);
        this.names = names;
        setFlashMapTimeout((int) LIFETIME.toSeconds());
    }

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (names.of(COOKIE).equals(cookie.getName())) {
                return read(cookie.getValue());
            }
        }
        return null;
    }

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        boolean clear = flashMaps.isEmpty();
        // The newest last: AbstractFlashMapManager appends a new map to those read.
        List<FlashMap> kept = flashMaps.subList(Math.max(0, flashMaps.size() - MAX_MAPS), flashMaps.size());
        ResponseCookie cookie = ResponseCookie.from(names.of(COOKIE), clear ? "" : write(kept))
            .path("/")
            .httpOnly(true)
            .secure(names.hostOnly() || request.isSecure())
            .sameSite("Lax")
            .maxAge(clear ? Duration.ZERO : LIFETIME)
            .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** A cookie that does not open (changed, expired secret, garbage) carries nothing. */
    private List<FlashMap> read(String value) {
        try {
            byte[] plain = AesGcm.open(key, Base64.getUrlDecoder().decode(value), ASSOCIATED);
            List<FlashMap> maps = new ArrayList<>();
            for (Entry entry : JSON.readValue(plain, new TypeReference<List<Entry>>() {
            })) {
                maps.add(entry.toFlashMap());
            }
            return maps;
        }
        catch (AesGcm.BrokenSealException | IllegalArgumentException | JacksonException unreadable) {
            return null;
        }
    }

    private String write(List<FlashMap> flashMaps) {
        List<Entry> entries = flashMaps.stream().map(Entry::of).toList();
        return Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(AesGcm.seal(key, JSON.writeValueAsBytes(entries), ASSOCIATED));
    }

    /** One flash map as it travels in the cookie. */
    record Entry(String path, Map<String, List<String>> params, long expires, Map<String, Object> attributes) {

        static Entry of(FlashMap map) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            map.forEach((name, value) -> {
                if (!(value instanceof String || value instanceof Integer || value instanceof Long
                        || value instanceof Boolean)) {
                    throw new IllegalArgumentException(
                            "flash attribute " + name + " must be text, a number or true/false");
                }
                attributes.put(name, value);
            });
            return new Entry(map.getTargetRequestPath(), new LinkedHashMap<>(map.getTargetRequestParams()),
                    map.getExpirationTime(), attributes);
        }

        FlashMap toFlashMap() {
            FlashMap map = new FlashMap();
            map.setTargetRequestPath(path);
            map.addTargetRequestParams(new LinkedMultiValueMap<>(params));
            map.setExpirationTime(expires);
            map.putAll(attributes);
            return map;
        }

    }

}
