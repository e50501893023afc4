package app.kneetriage.rules.content;

/**
 * A rule version became the one runners get (published, or an earlier one published
 * again).
 *
 * @param versionNumber its number
 */
public record RuleVersionPublished(int versionNumber) {
}
