package app.kneetriage.ruleadmin.drafts;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.kneetriage.ruleadmin.testcases.CaseResult;
import app.kneetriage.rules.content.RuleSetStatus;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.system.SecurityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The draft page and publishing in a web slice: views, redirects and error codes. */
@WebMvcTest(DraftController.class)
@Import(SecurityConfiguration.class)
@WithMockUser(username = "physio", roles = "ADMIN")
class DraftControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Drafts drafts;

    @MockitoBean
    Publishing publishing;

    @BeforeEach
    void aPassingDraft() {
        RuleVersion live = new RuleVersion();
        live.publish(3, Instant.parse("2026-11-01T10:00:00Z"), "physio", "Clamshells: 17 reps");
        RuleVersion draft = new RuleVersion();
        draft.setStatus(RuleSetStatus.DRAFT);
        when(drafts.state()).thenReturn(new DraftState(Optional.of(draft), live,
                List.of(new CaseResult(1L, "P01 runner's knee", true, List.of(), null)), List.of()));
    }

    @Test
    void theDraftPageShowsTheStateAndAnEmptyPublishForm() throws Exception {
        mvc.perform(get("/admin/rules"))
            .andExpect(status().isOk())
            .andExpect(view().name(DraftController.VIEW_DRAFT))
            .andExpect(model().attributeExists("state", "publishForm"));
    }

    @Test
    void publishingWithoutAChangeNoteIsRefusedNextToTheField() throws Exception {
        mvc.perform(post("/admin/rules/publish").param("changeNote", " ").with(csrf()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(view().name(DraftController.VIEW_DRAFT))
            .andExpect(model().attributeHasFieldErrorCode("publishForm", "changeNote", "NotBlank"));
        verify(publishing, never()).publish(anyString(), anyString());
    }

    @Test
    void aFailingTestCaseRefusesPublishingWithWhatFailed() throws Exception {
        when(publishing.publish("physio", "Tighter ITBS pattern"))
            .thenThrow(new PublishRefusedException(List.of("P02: urgency is URGENT, expected SELF_CARE")));

        mvc.perform(post("/admin/rules/publish").param("changeNote", "Tighter ITBS pattern").with(csrf()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(view().name(DraftController.VIEW_DRAFT))
            .andExpect(model().attributeHasErrors("publishForm"))
            .andExpect(model().attribute("refused", List.of("P02: urgency is URGENT, expected SELF_CARE")));
    }

    @Test
    void aPublishedDraftRedirectsToTheDraftPageWithTheNewNumber() throws Exception {
        when(publishing.publish("physio", "Tighter ITBS pattern")).thenReturn(4);

        mvc.perform(post("/admin/rules/publish").param("changeNote", "  Tighter ITBS pattern ").with(csrf()))
            .andExpect(status().isSeeOther())
            .andExpect(redirectedUrl("/admin/rules"))
            .andExpect(flash().attribute("publishedVersion", 4));
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/rules").accept(MediaType.TEXT_HTML))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/admin/rules/draft/discard")).andExpect(status().isForbidden());
        verify(drafts, never()).discard(anyString());
    }

    @Test
    void discardingAndStartingADraftRedirectBack() throws Exception {
        mvc.perform(post("/admin/rules/draft/discard").with(csrf()))
            .andExpect(status().isSeeOther())
            .andExpect(redirectedUrl("/admin/rules"))
            .andExpect(flash().attribute("message", "draft.discarded"));
        verify(drafts).discard("physio");
        mvc.perform(post("/admin/rules/draft").with(csrf()))
            .andExpect(status().isSeeOther())
            .andExpect(redirectedUrl("/admin/rules"));
        verify(drafts).start("physio");
    }

}
