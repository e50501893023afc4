package app.kneetriage.ruleadmin.editing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The draft's ordered lists; each is edited as a whole on its own page,
 * {@code /admin/rules/{path}}.
 */
enum DraftList {

    URGENCY("urgency", "ruleadmin/urgency", "URGENCY_RULES"),

    ADVICE("advice", "ruleadmin/advice", "ADVICE"),

    STEPS("steps", "ruleadmin/steps", "RETURN_TO_RUN"),

    RUNNING("running", "ruleadmin/running", "RUNNING_RULES"),

    SECTIONS("sections", "ruleadmin/sections", "SECTION_RULES"),

    LIMITS("limits", "ruleadmin/limits", "EXERCISE_LIMITS");

    /** The paths a request may name, for the controller's mapping. */
    static final String PATHS = "urgency|advice|steps|running|sections|limits";

    private final String path;

    private final String view;

    private final String auditType;

    DraftList(String path, String view, String auditType) {
        this.path = path;
        this.view = view;
        this.auditType = auditType;
    }

    static Optional<DraftList> byPath(String path) {
        return Arrays.stream(values()).filter(list -> list.path.equals(path)).findFirst();
    }

    String view() {
        return view;
    }

    String auditType() {
        return auditType;
    }

    ListForms.RowsForm<?> newForm() {
        return switch (this) {
            case URGENCY -> new ListForms.UrgencyRulesForm();
            case ADVICE -> new ListForms.AdviceListForm();
            case STEPS -> new ListForms.StepsForm();
            case RUNNING -> new RunningRulesForm();
            case SECTIONS -> new SectionRulesForm();
            case LIMITS -> new ExerciseLimitsForm();
        };
    }

}
