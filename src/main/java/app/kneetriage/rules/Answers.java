package app.kneetriage.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a runner answered, already validated. Component names follow the triage contract.
 * The answers added by version 2 of the contract may be {@code null}: not answered (or
 * made before they were asked), which matches no condition on them.
 *
 * @param age in years, or {@code null} ("prefer not to say")
 * @param injuryEvent it started with a twist, a fall, a knock or an awkward landing
 * @param popAtInjury a pop was heard or felt when it started
 * @param cannotBendKnee since the injury the knee cannot bend to a right angle
 * @param knee the knee questions of version 3 (bone spot, hop, limp, swelling, catching,
 * surgery); never {@code null}, each answer in it may be
 * @param boneHealth answers on bone health (version 3); empty when none or skipped
 */
public record Answers(Location location, Side side, PainCharacter character, Onset onset, Set<Timing> timing,
        int painScore, int durationDays, boolean previousEpisodes, boolean dailyActivitiesAffected, Training training,
        Set<RedFlag> redFlags, Integer age, Boolean injuryEvent, Boolean popAtInjury, Boolean cannotBendKnee,
        Set<GeneralSymptom> generalSymptoms, KneeSigns knee, Set<BoneHealth> boneHealth) {

    public Answers {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(character, "character");
        Objects.requireNonNull(onset, "onset");
        timing = immutableEnumSet(timing, Timing.class);
        redFlags = immutableEnumSet(redFlags, RedFlag.class);
        training = training == null ? Training.NOT_ANSWERED : training;
        generalSymptoms = immutableEnumSet(generalSymptoms, GeneralSymptom.class);
        knee = knee == null ? KneeSigns.NOT_ANSWERED : knee;
        boneHealth = immutableEnumSet(boneHealth, BoneHealth.class);
    }

    /** The answers version 2 of the contract asks; the newer ones are not answered. */
    public Answers(Location location, Side side, PainCharacter character, Onset onset, Set<Timing> timing,
            int painScore, int durationDays, boolean previousEpisodes, boolean dailyActivitiesAffected,
            Training training, Set<RedFlag> redFlags, Integer age, Boolean injuryEvent, Boolean popAtInjury,
            Boolean cannotBendKnee, Set<GeneralSymptom> generalSymptoms) {
        this(location, side, character, onset, timing, painScore, durationDays, previousEpisodes,
                dailyActivitiesAffected, training, redFlags, age, injuryEvent, popAtInjury, cannotBendKnee,
                generalSymptoms, KneeSigns.NOT_ANSWERED, Set.of());
    }

    /** The answers version 1 of the contract asks; the newer ones are not answered. */
    public Answers(Location location, Side side, PainCharacter character, Onset onset, Set<Timing> timing,
            int painScore, int durationDays, boolean previousEpisodes, boolean dailyActivitiesAffected,
            Training training, Set<RedFlag> redFlags) {
        this(location, side, character, onset, timing, painScore, durationDays, previousEpisodes,
                dailyActivitiesAffected, training, redFlags, null, null, null, null, Set.of());
    }

    private static <E extends Enum<E>> Set<E> immutableEnumSet(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }
}
