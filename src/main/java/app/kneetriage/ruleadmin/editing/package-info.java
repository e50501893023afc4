/**
 * Editing the draft's content: causes with their conditions and plans, exercises, urgency
 * rules, advice and return-to-run weeks.
 */
package app.kneetriage.ruleadmin.editing;
