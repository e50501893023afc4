package app.kneetriage.ruleadmin.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Where a problem is on an admin form, in words, for the error summary at the top:
 * {@code rows[3].condition.parts[1].number} reads "Item 4 › part 2 › Number", and the
 * link goes to the input itself. Templates call it as {@code @fieldLabels}.
 */
@Component("fieldLabels")
public class FieldLabels {

    private static final Pattern SEGMENT = Pattern.compile("([a-zA-Z]+)(?:\\[(\\d+)])?");

    /** Inputs that are a row of tick boxes: Thymeleaf numbers their ids from 1. */
    private static final Set<String> TICK_BOXES = Set.of("answers", "expectedTop", "expectedIncludes");

    private final MessageSource messages;

    public FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String path) {
        List<String> words = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            Matcher matcher = SEGMENT.matcher(segment);
            if (!matcher.matches()) {
                return path;
            }
            String name = matcher.group(1);
            if (name.equals("condition") && !words.isEmpty()) {
                continue;
            }
            String label = messages.getMessage("errorField." + name, null, name, Locale.ENGLISH);
            words.add(matcher.group(2) == null ? label : messages.getMessage("errorField.numbered",
                    new Object[] { label, Integer.parseInt(matcher.group(2)) + 1 }, Locale.ENGLISH));
        }
        return String.join(" \u203A ", words);
    }

    /** The id Thymeleaf gives the input of this path. */
    public String anchor(String path) {
        String list = path.replaceAll("\\[\\d+]$", "");
        if (TICK_BOXES.contains(list.substring(list.lastIndexOf('.') + 1))) {
            return list.replace("[", "").replace("]", "") + "1";
        }
        return path.replace("[", "").replace("]", "");
    }

}
