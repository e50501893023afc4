package app.kneetriage.ruleadmin.testcases;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import app.kneetriage.answers.TriageRequests;
import app.kneetriage.ruleadmin.editing.FieldLabels;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.support.TriageJson;
import app.kneetriage.system.ClockConfiguration;
import app.kneetriage.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Adding a test case in a web slice; its answers are read by the API's real reader. */
@WebMvcTest(TestCaseController.class)
@Import({ SecurityConfiguration.class, TriageRequests.class, ClockConfiguration.class, FieldLabels.class })
@WithMockUser(username = "physio", roles = "ADMIN")
class TestCaseControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DraftTrial trial;

    @MockitoBean
    TestCases cases;

    @Test
    void answersTheApiWouldRefuseAreRefusedNextToTheField() throws Exception {
        mvc.perform(newCase(TriageJson.answers().painScore(11).json()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(view().name(TestCaseController.VIEW_FORM))
            .andExpect(model().attributeHasFieldErrorCode("testCaseForm", "answers", "testCase.answers.invalid"));
        mvc.perform(newCase("{\"location\":\"KNEECAP\"}"))
            .andExpect(model().attributeHasFieldErrorCode("testCaseForm", "answers", "testCase.answers.invalid"));
        verify(cases, never()).create(anyString(), any());
    }

    @Test
    void causeCodesMustLookLikeCodes() throws Exception {
        // the answers in words need the rules, which this slice has not got
        when(trial.evaluate(any())).thenThrow(new InvalidRuleException("no rules in this slice"));

        mvc.perform(newCase(TriageJson.answers().json()).param("expectedTop", "runner's knee"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("testCaseForm", "expectedTop[0]", "Pattern"))
            .andExpect(content().string(containsString("id=\"expectedTop-error\"")));
    }

    @Test
    void aValidCaseIsSavedAndRedirectsToTheDraft() throws Exception {
        mvc.perform(newCase(TriageJson.answers().json()))
            .andExpect(status().isSeeOther())
            .andExpect(redirectedUrl("/admin/rules"));
        verify(cases).create(eq("physio"), any(TestCaseForm.class));
    }

    private static MockHttpServletRequestBuilder newCase(String answers) {
        return post("/admin/tests/new").with(csrf())
            .param("name", "T9 plain front knee")
            .param("answers", answers)
            .param("expectedUrgency", "SELF_CARE")
            .param("expectedIncludes", "PFPS");
    }

}
