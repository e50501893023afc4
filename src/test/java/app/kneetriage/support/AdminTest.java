package app.kneetriage.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app on a random port with a database of its own, so that publishing new rule
 * versions never changes what the other tests see. {@link LoggedInAdmin} fields are
 * logged in before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:knee-triage-admin-tests;DB_CLOSE_DELAY=-1")
@ExtendWith(AdminSessionExtension.class)
public @interface AdminTest {

}
