/**
 * The contract's answers as JSON: their shape, their checks, and their conversion to the
 * engine's answers. The API reads requests with it and the admins' test cases are stored
 * in it, so {@code ruleadmin} does not need {@code api}.
 */
@ApplicationModule(allowedDependencies = { "rules" })
package app.kneetriage.answers;

import org.springframework.modulith.ApplicationModule;
