package app.kneetriage.ruleadmin.editing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isA;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;

import app.kneetriage.rules.content.StaleEditException;
import app.kneetriage.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The three ordered lists share one controller: views, row buttons, error codes, saving.
 */
@WebMvcTest(RuleListsController.class)
@Import({ SecurityConfiguration.class, ConditionSentences.class, FieldLabels.class })
@WithMockUser(username = "physio", roles = "ADMIN")
class RuleListsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DraftLists lists;

    @Test
    void eachListHasItsOwnPageAndOtherNamesAreNotFound() throws Exception {
        doReturn(new ListForms.UrgencyRulesForm()).when(lists).form(DraftList.URGENCY);
        doReturn(new ListForms.StepsForm()).when(lists).form(DraftList.STEPS);

        mvc.perform(get("/admin/rules/urgency"))
            .andExpect(status().isOk())
            .andExpect(view().name("ruleadmin/urgency"))
            .andExpect(model().attribute("listForm", isA(ListForms.UrgencyRulesForm.class)));
        mvc.perform(get("/admin/rules/steps")).andExpect(view().name("ruleadmin/steps"));
        mvc.perform(get("/admin/rules/exercises-list").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    @Test
    void addRowAddsAnEmptyRowOfTheListsKindWithoutSaving() throws Exception {
        when(lists.causeNames()).thenReturn(Map.of("PFPS", "Runner's knee"));

        mvc.perform(post("/admin/rules/advice").with(csrf())
            .param("fingerprint", "1:0")
            .param("rows[0].section", "FIRST_DAYS")
            .param("rows[0].text", "Ice for 15 minutes")
            .param("addRow", "1"))
            .andExpect(status().isOk())
            .andExpect(view().name("ruleadmin/advice"))
            .andExpect(model().attribute("listForm", hasProperty("rows", hasSize(2))))
            .andExpect(model().attribute("causeChoices", Map.of("PFPS", "Runner's knee")))
            .andExpect(model().attribute("openPath", "rows[1]"));
        verify(lists, never()).save(any(), any(), any());
    }

    @Test
    void moveUpSwapsARowWithTheOneAbove() throws Exception {
        mvc.perform(post("/admin/rules/steps").with(csrf())
            .param("rows[0].week", "1")
            .param("rows[0].description", "first")
            .param("rows[1].week", "2")
            .param("rows[1].description", "second")
            .param("moveUp", "1"))
            .andExpect(status().isOk())
            .andExpect(model().attribute("listForm", hasProperty("rows",
                    contains(hasProperty("description", is("second")), hasProperty("description", is("first"))))));
    }

    @Test
    void moveDownSwapsARowWithTheOneBelowAndTheLastStays() throws Exception {
        mvc.perform(post("/admin/rules/steps").with(csrf())
            .param("rows[0].week", "1")
            .param("rows[0].description", "first")
            .param("rows[1].week", "2")
            .param("rows[1].description", "second")
            .param("moveDown", "0"))
            .andExpect(model().attribute("listForm", hasProperty("rows",
                    contains(hasProperty("description", is("second")), hasProperty("description", is("first"))))));
        mvc.perform(post("/admin/rules/steps").with(csrf())
            .param("rows[0].week", "1")
            .param("rows[0].description", "first")
            .param("moveDown", "0"))
            .andExpect(model().attribute("listForm",
                    hasProperty("rows", contains(hasProperty("description", is("first"))))));
    }

    @Test
    void aComparisonTheQuestionDoesNotOfferIsRefusedNextToIt() throws Exception {
        mvc.perform(post("/admin/rules/urgency").with(csrf())
            .param("rows[0].level", "URGENT")
            .param("rows[0].condition.kind", "ONE")
            .param("rows[0].condition.field", "redFlags")
            .param("rows[0].condition.operator", "AT_LEAST")
            .param("rows[0].condition.number", "2")
            .param("rows[0].reason", "Warning signs"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(view().name("ruleadmin/urgency"))
            .andExpect(model().attributeHasFieldErrorCode("listForm", "rows[0].condition.operator",
                    "condition.problem.operator"));
        verify(lists, never()).save(any(), any(), any());
    }

    @Test
    void aBuilderButtonChangesOnlyTheFormAndKeepsItsItemOpen() throws Exception {
        mvc.perform(post("/admin/rules/urgency").with(csrf())
            .param("rows[0].level", "URGENT")
            .param("rows[0].condition.kind", "ANY")
            .param("rows[0].condition.parts[0].kind", "ONE")
            .param("rows[0].condition.parts[0].field", "painScore")
            .param("rows[0].condition.parts[0].operator", "AT_LEAST")
            .param("rows[0].condition.parts[0].number", "8")
            .param("rows[0].reason", "Severe pain")
            .param("builder", "add:rows[0].condition"))
            .andExpect(status().isOk())
            .andExpect(model().attribute("openPath", "rows[0].condition"))
            .andExpect(model().attribute("listForm",
                    hasProperty("rows", contains(hasProperty("condition", hasProperty("parts", hasSize(2)))))))
            .andExpect(content().string(containsString("Remove part 2")));
        verify(lists, never()).save(any(), any(), any());
    }

    @Test
    void aWeekOutOfRangeGetsItsBeanValidationCode() throws Exception {
        mvc.perform(
                post("/admin/rules/steps").with(csrf()).param("rows[0].week", "0").param("rows[0].description", "Walk"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("listForm", "rows[0].week", "Min"));
    }

    @Test
    void aStaleListIsRefusedWithTheCurrentFingerprint() throws Exception {
        ListForms.StepsForm current = new ListForms.StepsForm();
        current.setFingerprint("9:4");
        doReturn(current).when(lists).form(DraftList.STEPS);
        doThrow(new StaleEditException()).when(lists).save(eq(DraftList.STEPS), eq("physio"), any());

        mvc.perform(post("/admin/rules/steps").with(csrf())
            .param("fingerprint", "9:3")
            .param("rows[0].week", "1")
            .param("rows[0].description", "Walk"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasErrors("listForm"))
            .andExpect(model().attribute("listForm", hasProperty("fingerprint", is("9:4"))));
    }

    @Test
    void aValidListIsSavedAndRedirectsToTheDraft() throws Exception {
        mvc.perform(post("/admin/rules/steps").with(csrf())
            .param("fingerprint", "9:3")
            .param("rows[0].week", "1")
            .param("rows[0].description", "Walk"))
            .andExpect(status().isSeeOther())
            .andExpect(redirectedUrl("/admin/rules"));
        verify(lists).save(eq(DraftList.STEPS), eq("physio"), any(ListForms.StepsForm.class));
    }

}
