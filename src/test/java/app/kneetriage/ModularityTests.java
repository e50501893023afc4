package app.kneetriage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The top-level packages are modules with one-way dependencies: no cycles, and no module
 * reaching into another's internals (only top-level packages and named interfaces are
 * open to others).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KneeTriageApplication.class);

    @Test
    void modulesDependOnEachOtherOneWayAndOnlyThroughTheirApi() {
        MODULES.verify();
    }

}
