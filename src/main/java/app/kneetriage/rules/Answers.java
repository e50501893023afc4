package app.kneetriage.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a runner answered, already validated. Component names follow the triage contract.
 */
public record Answers(Location location, Side side, PainCharacter character, Onset onset, Set<Timing> timing,
        int painScore, int durationDays, boolean previousEpisodes, boolean dailyActivitiesAffected, Training training,
        Set<RedFlag> redFlags) {

    public Answers {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(character, "character");
        Objects.requireNonNull(onset, "onset");
        timing = immutableEnumSet(timing, Timing.class);
        redFlags = immutableEnumSet(redFlags, RedFlag.class);
        training = training == null ? Training.NOT_ANSWERED : training;
    }

    private static <E extends Enum<E>> Set<E> immutableEnumSet(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }
}
