/**
 * The audit log of who changed what, and how: rule content (arriving as the content's
 * {@code DraftChanged} events), versions, test cases and admin accounts.
 */
@ApplicationModule(allowedDependencies = { "rules :: content" })
package app.kneetriage.audit;

import org.springframework.modulith.ApplicationModule;
