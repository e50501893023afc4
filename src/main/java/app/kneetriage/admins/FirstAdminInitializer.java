package app.kneetriage.admins;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** On start-up, makes sure somebody can log in to the admin pages. */
@Component
class FirstAdminInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);

    private final AdminAccounts accounts;

    private final String username;

    private final String password;

    FirstAdminInitializer(AdminAccounts accounts, @Value("${knee-triage.admin.username:}") String username,
            @Value("${knee-triage.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            accounts.createFirstAdmin(username, password);
        }
        catch (DataIntegrityViolationException createdElsewhere) {
            // Several instances started together on an empty database: one of them made
            // it.
            log.info("Another instance created the first admin at the same time");
        }
    }

}
