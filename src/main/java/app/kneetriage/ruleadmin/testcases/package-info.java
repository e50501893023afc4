/**
 * The worked cases that guard every publish, and "try it": any answers against the draft.
 */
package app.kneetriage.ruleadmin.testcases;
