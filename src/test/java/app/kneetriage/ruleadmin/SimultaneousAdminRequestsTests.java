package app.kneetriage.ruleadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.Concurrently;
import app.kneetriage.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Admin requests that arrive together, on the configured database (the locks that matter
 * live in PostgreSQL in production, so this also runs with {@code -Ppostgres}). Each test
 * puts the shared database back as it found it.
 */
@DatabaseTest
class SimultaneousAdminRequestsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void simultaneousDraftStartsMakeOneDraftAndSimultaneousRollbacksGetDistinctNumbers() throws Exception {
        int before = jdbc.queryForObject("select max(version_number) from rule_set", Integer.class);
        try {
            List<Integer> starts = Concurrently.race(8, this::adminOnDraftPage,
                    session -> session.postForm("/admin/rules/draft", Map.of()).statusCode());
            assertThat(starts).containsOnly(303);
            assertThat(jdbc.queryForObject("select count(*) from rule_set where status = 'DRAFT'", Long.class))
                .isEqualTo(1);

            // Version 3 is the seeded content of the triage contract's version 3, which
            // the test cases fit.
            List<Integer> rollbacks = Concurrently.race(3, this::adminOnVersionsPage,
                    session -> session.postForm("/admin/rules/versions/3/republish", Map.of()).statusCode());
            assertThat(rollbacks).containsOnly(303);
            assertThat(jdbc.queryForList("select version_number from rule_set where version_number > ?", Integer.class,
                    before))
                .hasSize(3)
                .doesNotHaveDuplicates();
        }
        finally {
            jdbc.update("delete from rule_set where status = 'DRAFT' or version_number > ?", before);
        }
    }

    /**
     * Logs in one session at a time: a place gets no more than three password checks at
     * once (LoginThrottleTests), so eight simultaneous logins from here would find it
     * held back. Only what follows races.
     */
    private AdminSession loggedIn() {
        synchronized (this) {
            return new AdminSession(port).loggedIn();
        }
    }

    private AdminSession adminOnDraftPage() {
        AdminSession session = loggedIn();
        session.get("/admin/rules");
        return session;
    }

    private AdminSession adminOnVersionsPage() {
        AdminSession session = loggedIn();
        session.get("/admin/rules/versions");
        return session;
    }

    private AdminSession loginPage() {
        AdminSession session = new AdminSession(port);
        session.get("/login");
        return session;
    }

}
