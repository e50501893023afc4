package app.kneetriage.ruleadmin.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.kneetriage.rules.content.DraftEditor;
import app.kneetriage.rules.content.ExerciseEntry;
import app.kneetriage.rules.content.ExerciseEntryRepository;
import app.kneetriage.rules.content.RuleSetStatus;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.RuleVersionRepository;
import app.kneetriage.rules.content.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The draft's exercises: edit, add and remove, each through the {@link DraftEditor},
 * which checks the whole draft and audits the change.
 */
@Service
class ExerciseEditing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleVersionRepository versions;

    private final ExerciseEntryRepository exercises;

    private final DraftEditor editor;

    ExerciseEditing(RuleVersionRepository versions, ExerciseEntryRepository exercises, DraftEditor editor) {
        this.versions = versions;
        this.exercises = exercises;
        this.editor = editor;
    }

    /**
     * The draft's exercise with this code: its address stays the same across drafts and
     * versions.
     * @throws ItemNotInDraftException when the draft has none (or there is no draft)
     */
    @Transactional(readOnly = true)
    long draftExerciseId(String code) {
        return versions.findFirstByStatus(RuleSetStatus.DRAFT)
            .flatMap(draft -> draft.getExercises().stream().filter(e -> e.getCode().equals(code)).findFirst())
            .map(ExerciseEntry::getId)
            .orElseThrow(() -> new ItemNotInDraftException(code));
    }

    @Transactional(readOnly = true)
    ExerciseEntry draftExercise(long id) {
        ExerciseEntry exercise = exercises.findById(id)
            .orElseThrow(() -> new ItemNotInDraftException(String.valueOf(id)));
        if (!exercise.getRuleSet().isDraft()) {
            throw new ItemNotInDraftException(exercise.getCode());
        }
        return exercise;
    }

    /**
     * Codes of the draft's exercises, for choosing a cause's plan; empty without a draft.
     */
    @Transactional(readOnly = true)
    List<String> draftExerciseCodes() {
        return versions.findFirstByStatus(RuleSetStatus.DRAFT).map(RuleVersion::exerciseCodes).orElse(List.of());
    }

    /**
     * The draft's exercises for a pick list: code (the value) to name (what admins read).
     */
    @Transactional(readOnly = true)
    Map<String, String> draftExerciseNames() {
        Map<String, String> names = new LinkedHashMap<>();
        versions.findFirstByStatus(RuleSetStatus.DRAFT)
            .ifPresent(draft -> draft.getExercises().forEach(e -> names.put(e.getCode(), e.getName())));
        return names;
    }

    /**
     * @throws StaleEditException when someone saved this exercise after {@code form}'s
     * copy was opened
     */
    @Transactional
    void update(String actor, long id, ExerciseForm form) {
        editor.edit(actor, draft -> {
            ExerciseEntry exercise = draftExercise(id);
            draft.requireUnchanged(form.getVersion(), exercise.getVersion());
            String before = describe(exercise);
            draft.changeExercise(exercise, form.toExercise(exercise.getCode()));
            draft.note("UPDATE", "EXERCISE", exercise.getName() + " (draft)", before, describe(exercise));
            return exercise;
        });
    }

    /** Adds an exercise to the draft; causes pick it for their plans. */
    @Transactional
    long create(String actor, ExerciseForm form) {
        return editor.edit(actor, draft -> {
            ExerciseEntry exercise = draft.addExercise(form.toExercise(form.getCode().strip()));
            draft.note("CREATE", "EXERCISE", exercise.getName() + " (draft)", null, describe(exercise));
            return exercise;
        }).getId();
    }

    /**
     * Gives a draft exercise a new picture, stored once by the SHA-256 of its bytes;
     * published versions keep the picture they had.
     */
    @Transactional
    void setPicture(String actor, long id, PictureUpload upload, String alt) {
        editor.edit(actor, draft -> {
            ExerciseEntry exercise = draftExercise(id);
            String before = describe(exercise);
            draft.changePicture(exercise, upload.contentType(), upload.data(), alt);
            draft.note("UPDATE", "EXERCISE", exercise.getName() + " (draft)", before, describe(exercise));
            return exercise;
        });
    }

    /** Removes an exercise from the draft and from every cause's plan. */
    @Transactional
    void delete(String actor, long id) {
        editor.edit(actor, draft -> {
            ExerciseEntry exercise = draftExercise(id);
            String before = describe(exercise);
            draft.removeExercise(exercise);
            draft.note("DELETE", "EXERCISE", exercise.getName() + " (draft)", before, null);
            return exercise;
        });
    }

    private static String describe(ExerciseEntry exercise) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", exercise.getCode());
        fields.put("name", exercise.getName());
        fields.put("aim", exercise.getAim());
        fields.put("howTo", exercise.getHowTo());
        fields.put("sets", exercise.getSets());
        fields.put("reps", exercise.getReps());
        fields.put("holdSeconds", exercise.getHoldSeconds());
        fields.put("perSide", exercise.isPerSide());
        fields.put("caution", exercise.getCaution());
        fields.put("kind", exercise.getKind());
        fields.put("loadsKnee", exercise.isLoadsKnee());
        fields.put("picture", exercise.getPictureHash());
        fields.put("pictureAlt", exercise.getPictureAlt());
        return JSON.writeValueAsString(fields);
    }

}
