package app.kneetriage.system;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files a runner or a coach downloads: never cached, since they hold health data, and CSV
 * cells that a spreadsheet shows as text and never runs.
 */
public final class Downloads {

    public static final String CSV_TYPE = "text/csv";

    private Downloads() {
    }

    /** A download of {@code body}: never cached. */
    public static ResponseEntity<String> attachment(String body, String mediaType, String fileName) {
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(mediaType + ";charset=UTF-8"))
            .cacheControl(CacheControl.noStore())
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString())
            .body(body);
    }

    /**
     * A CSV cell for text someone typed: quoted, and a leading = + - @ (or a tab or
     * return) made literal, so a spreadsheet never runs it as a formula.
     */
    public static String csvCell(String text) {
        if (text == null) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(text.isEmpty() ? ' ' : text.charAt(0)) >= 0 ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

}
