/**
 * The audit log: who changed which piece of rule content, test case, version or admin
 * user, and how.
 */
@ApplicationModule(allowedDependencies = {})
package app.kneetriage.audit;

import org.springframework.modulith.ApplicationModule;
