/**
 * Admin accounts: login, lockout after repeated failures, passwords, and adding admins.
 */
package app.kneetriage.admins;
