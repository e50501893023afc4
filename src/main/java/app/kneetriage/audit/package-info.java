/**
 * The audit log: who changed which piece of rule content, test case, version or admin
 * user, and how.
 */
package app.kneetriage.audit;
