package app.kneetriage.results;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored result: the answers and the outcome as JSON snapshots, reachable by its token. */
@Entity
@Table(name = "triage_result")
class TriageResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String token;

    private Instant createdAt;

    private String answers;

    private String outcome;

    protected TriageResult() {
    }

    TriageResult(String token, Instant createdAt, String answers, String outcome) {
        this.token = token;
        this.createdAt = createdAt;
        this.answers = answers;
        this.outcome = outcome;
    }

    String getToken() {
        return token;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getAnswers() {
        return answers;
    }

    String getOutcome() {
        return outcome;
    }
}
