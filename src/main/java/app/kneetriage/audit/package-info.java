/**
 * The audit log: who changed which piece of rule content, test case, version or admin
 * user, and how. Changes to the draft arrive as the rule content's {@code DraftChanged}
 * events.
 */
@ApplicationModule(allowedDependencies = { "rules :: content" })
package app.kneetriage.audit;

import org.springframework.modulith.ApplicationModule;
