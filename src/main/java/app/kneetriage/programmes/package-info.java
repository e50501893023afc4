/**
 * The runner's return to running after a result: a tracker that logs each run and its
 * pain and decides, by the result's pain rule, when to move up or step back.
 */
@ApplicationModule(allowedDependencies = { "results", "rules", "rules :: content", "system" })
package app.kneetriage.programmes;

import org.springframework.modulith.ApplicationModule;
