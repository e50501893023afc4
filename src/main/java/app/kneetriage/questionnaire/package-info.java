/**
 * The symptom questionnaire as an HTML form: its fields and units, its checks, and the
 * choices it offers. Shared by the runner's form and the admins' "try it", so neither web
 * module imports the other.
 */
@ApplicationModule(allowedDependencies = { "rules" })
package app.kneetriage.questionnaire;

import org.springframework.modulith.ApplicationModule;
