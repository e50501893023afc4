package app.kneetriage.programmes;

/**
 * A return to running that cannot start or go on, for the {@link ProgrammeRefusal} given.
 */
public class ProgrammeRefusedException extends RuntimeException {

    private final ProgrammeRefusal refusal;

    ProgrammeRefusedException(ProgrammeRefusal refusal) {
        super(refusal.name());
        this.refusal = refusal;
    }

    public ProgrammeRefusal refusal() {
        return refusal;
    }

}
