/** The runner's questionnaire: the symptom form, its validation, and its submission. */
package app.kneetriage.triage;
