package app.kneetriage.rules.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import app.kneetriage.rules.RuleSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule set of an export file as the engine gets it, read the way an import reads it
 * (in this package for the importer's package-private entry point). Benchmark code only.
 */
public final class BenchRules {

    private BenchRules() {
    }

    public static RuleSet fromExport(Path file) throws IOException {
        RuleSetDocument document = JsonMapper.builder()
            .build()
            .readValue(Files.readString(file), RuleSetDocument.class);
        return RuleSetImport.toDraft(document, Instant.now(), hash -> true).toRuleSet();
    }

}
