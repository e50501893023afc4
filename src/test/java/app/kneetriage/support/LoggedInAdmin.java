package app.kneetriage.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link AdminSession} field of an {@link AdminTest}, logged in as the test admin
 * before each test; with {@code draft = true} the draft is also started (a no-op when it
 * exists).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LoggedInAdmin {

    boolean draft() default false;

}
