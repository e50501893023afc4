package app.kneetriage.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import app.kneetriage.api.TriageRequest;
import app.kneetriage.rules.AdviceRule;
import app.kneetriage.rules.Answers;
import app.kneetriage.rules.CauseRule;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.UrgencyRule;
import app.kneetriage.rules.content.BenchRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluations per second on one thread (one core) of the triage engine, over the public
 * version-2 vignettes' answers in turn, on the seeded rules and on synthetic rule sets 10
 * and 100 times their size (every cause, urgency rule and piece of advice repeated under new
 * codes, the last urgency rule still last).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-XX:+UseSerialGC", "-Xmx256m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    /** How many times the seeded rule content is repeated. */
    @Param({ "1", "10", "100" })
    int scale;

    private RuleSet rules;

    private Answers[] answers;

    private int next;

    @Setup
    public void load() throws IOException {
        RuleSet seeded = BenchRules.fromExport(Path.of("bench/jmh/seeded-rules.json"));
        rules = scaled(seeded, scale);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode vignettes = json.readTree(Path.of("src/test/resources/vignettes/public-v2.json").toFile());
        List<Answers> all = new ArrayList<>();
        for (JsonNode vignette : vignettes.get("vignettes")) {
            all.add(json.treeToValue(vignette.get("answers"), TriageRequest.class).toAnswers());
        }
        answers = all.toArray(Answers[]::new);
    }

    @Benchmark
    public Outcome evaluate() {
        Answers next = answers[this.next++ % answers.length];
        return TriageEngine.evaluate(next, rules);
    }

    static RuleSet scaled(RuleSet seeded, int times) {
        List<CauseRule> causes = new ArrayList<>(seeded.causes());
        List<UrgencyRule> urgency = new ArrayList<>(seeded.urgencyRules().subList(0, seeded.urgencyRules().size() - 1));
        List<AdviceRule> advice = new ArrayList<>(seeded.advice());
        for (int copy = 2; copy <= times; copy++) {
            String suffix = "_X" + copy;
            for (CauseRule cause : seeded.causes()) {
                causes.add(new CauseRule(cause.code() + suffix, cause.name() + suffix, cause.explanation(),
                        cause.pattern(), cause.rankFirstWhen(), cause.exerciseCodes(), cause.listWhenWeak(),
                        cause.planAlone()));
            }
            urgency.addAll(seeded.urgencyRules().subList(0, seeded.urgencyRules().size() - 1));
            for (AdviceRule rule : seeded.advice()) {
                advice.add(new AdviceRule(rule.section(),
                        rule.causeCode() == null || rule.causeCode().isBlank() ? rule.causeCode()
                                : rule.causeCode() + suffix,
                        rule.condition(), rule.text()));
            }
        }
        urgency.add(seeded.urgencyRules().get(seeded.urgencyRules().size() - 1));
        return new RuleSet(seeded.version(), seeded.planCauseCount(), urgency, causes, seeded.exercises(), advice,
                seeded.returnToRun(), seeded.maxPlanExercises(), seeded.fitBands(), seeded.runningRules(),
                seeded.sectionRules(), seeded.painMonitoring());
    }

}
