package app.kneetriage.results;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.content.RuleSetProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Triages answers with the current rules and keeps the result as an immutable snapshot. */
@Service
public class ResultService {

    private final RuleSetProvider ruleSets;

    private final TriageResultRepository results;

    private final Clock clock;

    ResultService(RuleSetProvider ruleSets, TriageResultRepository results, Clock clock) {
        this.ruleSets = ruleSets;
        this.results = results;
        this.clock = clock;
    }

    @Transactional
    public StoredResult create(Answers answers) {
        Outcome outcome = TriageEngine.evaluate(answers, ruleSets.current());
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TriageResult saved = results.save(new TriageResult(Tokens.newToken(), createdAt,
                SnapshotJson.write(answers), SnapshotJson.write(outcome)));
        return new StoredResult(saved.getToken(), createdAt, answers, outcome);
    }

    @Transactional(readOnly = true)
    public Optional<StoredResult> find(String token) {
        if (!Tokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return results.findByToken(token).map(r -> new StoredResult(r.getToken(), r.getCreatedAt(),
                SnapshotJson.readAnswers(r.getAnswers()), SnapshotJson.readOutcome(r.getOutcome())));
    }
}
