package app.kneetriage.rules.content;

/** Something stored as part of one rule version, and so frozen with it once published. */
interface VersionContent {

    /** The version this belongs to; null while it belongs to none yet. */
    RuleVersion owningVersion();

}
