/** Cross-cutting configuration: error handling, clock, and later security and the welcome page. */
package app.kneetriage.system;
