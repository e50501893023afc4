package app.kneetriage.questionnaire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose pages show the symptom form as {@code triageForm}: the form's
 * checks and choices are then set up for it by {@link QuestionnaireAdvice}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface QuestionnairePage {

}
