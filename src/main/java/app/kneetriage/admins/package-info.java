/**
 * Admin accounts: login, holding back wrong passwords by place, passwords, and adding
 * admins.
 */
@ApplicationModule(allowedDependencies = { "audit", "system" })
package app.kneetriage.admins;

import org.springframework.modulith.ApplicationModule;
