package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import app.kneetriage.KneeTriageApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The app does not start against a schema newer than its own migrations. */
class SchemaVersionTests {

    @Test
    void aDatabaseMigratedByANewerAppIsRefusedAtStartUp() {
        String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext first = start(url)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            int rank = jdbc.queryForObject("select max(\"installed_rank\") from \"flyway_schema_history\"",
                    Integer.class);
            jdbc.update("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " values (?, '999', 'from a newer app', 'SQL', 'V999__from_a_newer_app.sql', 0, 'sa', 1, true)",
                    rank + 1);
            assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\"", Integer.class))
                .isGreaterThan(rank);
        }

        assertThatThrownBy(() -> start(url).close()).hasStackTraceContaining("999");
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(KneeTriageApplication.class).run("--spring.datasource.url=" + url,
                "--server.port=0", "--spring.main.banner-mode=off");
    }

}
