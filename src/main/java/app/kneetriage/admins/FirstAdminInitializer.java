package app.kneetriage.admins;

import app.kneetriage.system.KneeTriageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** On start-up, makes sure somebody can log in to the admin pages. */
@Component
class FirstAdminInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);

    private final AdminAccounts accounts;

    private final KneeTriageProperties.Admin firstAdmin;

    FirstAdminInitializer(AdminAccounts accounts, KneeTriageProperties settings) {
        this.accounts = accounts;
        this.firstAdmin = settings.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            accounts.createFirstAdmin(firstAdmin.username(), firstAdmin.password());
        }
        catch (DataIntegrityViolationException createdElsewhere) {
            // Several instances started together on an empty database: one of them made
            // it.
            log.info("Another instance created the first admin at the same time");
        }
    }

}
