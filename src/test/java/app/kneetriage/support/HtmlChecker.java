package app.kneetriage.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The Nu HTML Checker, run in process on a page's markup: the same checks as the W3C's
 * online service, with nothing sent anywhere.
 */
public final class HtmlChecker {

    private HtmlChecker() {
    }

    /** Every error the checker finds, one line each; warnings and notes are left out. */
    public static synchronized List<String> errors(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        try {
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            return report.lines().filter(line -> line.contains(": error:") || line.contains(": fatal")).toList();
        }
        catch (IOException | SAXException e) {
            throw new IllegalStateException("the HTML checker could not read the page", e);
        }
    }

}
