package app.kneetriage.ruleadmin.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.kneetriage.rules.content.CauseEntry;
import app.kneetriage.rules.content.StaleEditException;
import app.kneetriage.system.SecurityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The cause form in a web slice: which error code lands on which field, and what is
 * saved.
 */
@WebMvcTest(CauseAdminController.class)
@Import({ SecurityConfiguration.class, ConditionSentences.class, FieldLabels.class })
@WithMockUser(username = "physio", roles = "ADMIN")
class CauseAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CauseEditing causes;

    @MockitoBean
    ExerciseEditing exercises;

    @BeforeEach
    void draft() {
        when(exercises.draftExerciseCodes()).thenReturn(List.of("CLAMSHELLS", "STEP_DOWN"));
        CauseEntry saved = new CauseEntry();
        when(causes.draftCause(7L)).thenReturn(saved);
        when(causes.draftCauseId("ITBS")).thenReturn(7L);
    }

    @Test
    void aNumberOutsideTheQuestionsRangeIsRefusedNextToItsInput() throws Exception {
        mvc.perform(cause(Map.of("pattern[0].condition.field", "painScore", "pattern[0].condition.operator", "AT_LEAST",
                "pattern[0].condition.number", "11")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(view().name(CauseAdminController.VIEW_CAUSE))
            .andExpect(model().attributeHasFieldErrorCode("causeForm", "pattern[0].condition.number",
                    "condition.problem.number"))
            .andExpect(content().string(containsString("takes a whole number from 0 to 10")))
            .andExpect(content()
                .string(containsString("<a href=\"#pattern0.condition.number\">Condition 1 \u203A Number:")));
        verify(causes, never()).update(anyString(), anyLong(), any());
    }

    @Test
    void aGroupNeedsAnswersInEachOfItsParts() throws Exception {
        mvc.perform(cause(Map.of("rankFirstWhen.kind", "ALL", "rankFirstWhen.parts[0].kind", "ONE",
                "rankFirstWhen.parts[0].field", "location", "rankFirstWhen.parts[0].operator", "IN")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("causeForm", "rankFirstWhen.parts[0].answers",
                    "condition.problem.answers"))
            .andExpect(content().string(containsString("Tick at least one answer to \u201CWhere it hurts most\u201D")));
    }

    @Test
    void anUnreadableAdvancedConditionIsRefusedNextToItsField() throws Exception {
        mvc.perform(cause(Map.of("rankFirstWhen.kind", "ONE", "rankFirstWhen.advanced", "true", "rankFirstWhen.json",
                "{\"field\":\"nope\"}")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("causeForm", "rankFirstWhen.json", "condition.invalid"));
    }

    @Test
    void aCodeAnotherCauseHasIsRefused() throws Exception {
        when(causes.codeTaken("ITBS", 7L)).thenReturn(true);

        mvc.perform(cause())
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("causeForm", "code", "cause.codeTaken"));
    }

    @Test
    void badCodesAndMissingTextsGetBeanValidationCodes() throws Exception {
        mvc.perform(cause(Map.of("code", "itbs", "name", "")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("causeForm", "code", "Pattern"))
            .andExpect(model().attributeHasFieldErrorCode("causeForm", "name", "NotBlank"));
    }

    @Test
    void aStaleCopyIsRefusedAndTheInputKept() throws Exception {
        doThrow(new StaleEditException()).when(causes).update(eq("physio"), eq(7L), any());

        mvc.perform(cause())
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasErrors("causeForm"))
            .andExpect(model().attribute("causeForm", hasProperty("name", equalTo("Iliotibial band syndrome (ITBS)"))));
    }

    @Test
    void aValidCauseIsSavedAndRedirectsToTheDraft() throws Exception {
        mvc.perform(cause())
            .andExpect(status().isSeeOther())
            .andExpect(redirectedUrl("/admin/rules"))
            .andExpect(flash().attribute("message", "cause.saved"));
        verify(causes).update(eq("physio"), eq(7L), any());
    }

    @Test
    void addingAConditionRowOnlyRedisplaysTheForm() throws Exception {
        mvc.perform(cause().param("addCondition", "1"))
            .andExpect(status().isOk())
            .andExpect(view().name(CauseAdminController.VIEW_CAUSE))
            .andExpect(model().attribute("causeForm", hasProperty("pattern", hasSize(2))));
        verify(causes, never()).update(anyString(), anyLong(), any());
    }

    /** A complete, valid post of cause 7 with one condition row. */
    private static MockHttpServletRequestBuilder cause() {
        return cause(Map.of());
    }

    /** The valid post with some fields given other values. */
    private static MockHttpServletRequestBuilder cause(Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "3");
        fields.put("code", "ITBS");
        fields.put("name", "Iliotibial band syndrome (ITBS)");
        fields.put("explanation", "Irritation where the band crosses the outer knee.");
        fields.put("pattern[0].condition.kind", "ONE");
        fields.put("pattern[0].condition.field", "location");
        fields.put("pattern[0].condition.operator", "IN");
        fields.put("pattern[0].condition.answers", "OUTER");
        fields.put("rankFirstWhen.kind", "NONE");
        fields.put("listWhenWeak.kind", "NONE");
        fields.put("pattern[0].weight", "3");
        fields.put("pattern[0].reason", "It hurts on the outer edge of the knee");
        fields.put("exercises[0]", "CLAMSHELLS");
        fields.putAll(changes);
        MockHttpServletRequestBuilder post = post("/admin/rules/causes/ITBS").with(csrf());
        fields.forEach(post::param);
        return post;
    }

}
