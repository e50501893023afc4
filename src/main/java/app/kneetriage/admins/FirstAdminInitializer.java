package app.kneetriage.admins;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On start-up, makes sure somebody can log in to the admin pages. */
@Component
class FirstAdminInitializer implements ApplicationRunner {

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
        accounts.createFirstAdmin(username, password);
    }

}
