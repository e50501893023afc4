/**
 * The triage rules: here the engine and its rule model, in plain Java with no Spring or
 * JPA so the clinical logic can be read and tested on its own; in {@code content} the
 * stored, versioned rule content that feeds it as an immutable
 * {@link app.kneetriage.rules.RuleSet}.
 */
@ApplicationModule(allowedDependencies = {})
package app.kneetriage.rules;

import org.springframework.modulith.ApplicationModule;
