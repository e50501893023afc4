/**
 * The one draft: starting, discarding, importing and exporting it, publishing, and
 * rolling back to an older version.
 */
package app.kneetriage.ruleadmin.drafts;
