package app.kneetriage.support;

import java.lang.reflect.Field;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Logs in the {@link LoggedInAdmin} fields of a test before each test, against the app on
 * its random port, and starts the draft where asked.
 */
public final class AdminSessionExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                LoggedInAdmin login = field.getAnnotation(LoggedInAdmin.class);
                if (login != null) {
                    field.setAccessible(true);
                    field.set(test, session(context, login));
                }
            }
        }
    }

    private static AdminSession session(ExtensionContext context, LoggedInAdmin login) {
        int port = SpringExtension.getApplicationContext(context)
            .getEnvironment()
            .getRequiredProperty("local.server.port", Integer.class);
        AdminSession admin = new AdminSession(port).loggedIn();
        if (login.draft()) {
            admin.get("/admin/rules");
            admin.postForm("/admin/rules/draft", Map.of());
        }
        return admin;
    }

}
