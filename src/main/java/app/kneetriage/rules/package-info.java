/**
 * The triage engine and its rule model: plain Java, no Spring or JPA, so the clinical
 * logic can be read and tested on its own. Rule content arrives as an immutable
 * {@link app.kneetriage.rules.RuleSet}.
 */
@ApplicationModule(allowedDependencies = {})
package app.kneetriage.rules;

import org.springframework.modulith.ApplicationModule;
