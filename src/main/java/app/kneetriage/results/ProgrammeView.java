package app.kneetriage.results;

import app.kneetriage.rules.ProgrammeState;

/** A return to running with where the runner stands now. */
public record ProgrammeView(ProgrammeData data, ProgrammeState state) {
}
