/**
 * Admin accounts: who may log in to the admin pages, their passwords, and holding back
 * wrong passwords by place.
 */
@ApplicationModule(allowedDependencies = { "audit", "system" })
package app.kneetriage.admins;

import org.springframework.modulith.ApplicationModule;
