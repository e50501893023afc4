/**
 * The admin pages that edit, test and publish the rule content, by task: {@code drafts}
 * (the draft, publishing, versions, export and import), {@code editing} (causes,
 * exercises and the ordered lists) and {@code testcases} (the cases that guard
 * publishing, and "try it").
 */
@ApplicationModule(
        allowedDependencies = { "answers", "audit", "questionnaire", "results", "rules", "rules :: content", "system" })
package app.kneetriage.ruleadmin;

import org.springframework.modulith.ApplicationModule;
