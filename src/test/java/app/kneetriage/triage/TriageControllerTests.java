package app.kneetriage.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.kneetriage.results.CreatedResult;
import app.kneetriage.results.ResultService;
import app.kneetriage.results.ShareLinks;
import app.kneetriage.results.StoredResult;
import app.kneetriage.rules.Answers;
import app.kneetriage.rules.BoneHealth;
import app.kneetriage.rules.GeneralSymptom;
import app.kneetriage.rules.KneeSigns;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.Plan;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.Timing;
import app.kneetriage.rules.Urgency;
import app.kneetriage.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The form controller in a web slice. The result service is a Mockito stand-in here
 * because a slice has no database; the real flow is covered end to end by the browser
 * tests.
 */
@WebMvcTest(TriageController.class)
@Import({ ShareLinks.class, SecurityConfiguration.class })
class TriageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ResultService results;

    @Test
    void showsAnEmptyForm() throws Exception {
        mvc.perform(get("/triage"))
            .andExpect(status().isOk())
            .andExpect(view().name(TriageController.VIEW_FORM))
            .andExpect(model().attributeExists("triageForm"))
            .andExpect(content().string(containsString("not a diagnosis")));
    }

    @Test
    void aCompleteFormIsStoredAndRedirectsWithSeeOtherToTheResult() throws Exception {
        when(results.create(any(), any())).thenReturn(stored("AbCdEfGhIjKlMnOpQrStUvWx"));

        mvc.perform(complete())
            .andExpect(status().isSeeOther())
            .andExpect(redirectedUrl("/r/AbCdEfGhIjKlMnOpQrStUvWx"))
            .andExpect(flash().attribute("manageUrl", "http://localhost/m/ManageKeyManageKeyManage"));

        ArgumentCaptor<Answers> answers = ArgumentCaptor.forClass(Answers.class);
        verify(results).create(answers.capture(), any());
        assertThat(answers.getValue().location()).isEqualTo(Location.OUTER);
        assertThat(answers.getValue().timing()).containsExactly(Timing.DURING_RUN_BUILDS);
        assertThat(answers.getValue().durationDays()).isEqualTo(21);
        assertThat(answers.getValue().training().shoeDistanceKm()).isEqualTo(805);
        assertThat(answers.getValue().redFlags()).isEmpty();
    }

    @Test
    void missingAnswersReDisplayTheFormWithFieldErrorsAndKeepWhatWasEntered() throws Exception {
        mvc.perform(post("/triage").with(csrf()).param("location", "OUTER").param("durationAmount", "4"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(view().name(TriageController.VIEW_FORM))
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "side", "NotNull"))
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "painScore", "NotNull"))
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "redFlags", "redFlags.unanswered"))
            .andExpect(content().string(containsString("value=\"4\"")))
            .andExpect(content().string(containsString("Choose which knee hurts.")));
        verify(results, never()).create(any(), any());
    }

    @Test
    void aTamperedPostGetsFriendlyFieldErrorsNotAServerError() throws Exception {
        mvc.perform(complete("location", "KNEECAP", "painScore", "11", "timing", "UPHILL", "cadenceSpm", "lots"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "location", "typeMismatch"))
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "painScore", "Max"))
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "timing", "typeMismatch"))
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "cadenceSpm", "typeMismatch"));
        verify(results, never()).create(any(), any());
    }

    @Test
    void crossFieldRulesAreChecked() throws Exception {
        mvc.perform(complete("redFlags", "LOCKING", "durationAmount", "600", "durationUnit", "WEEKS", "shoeDistance",
                "7000", "shoeDistanceUnit", "MILES"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "redFlags", "redFlags.contradiction"))
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "durationAmount", "duration.tooLong"))
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "shoeDistance", "shoeDistance.tooFar"));
    }

    @Test
    void ageIsAnsweredOrDeclinedButNotBoth() throws Exception {
        mvc.perform(complete("age", ""))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "age", "age.unanswered"));
        mvc.perform(complete("ageNotGiven", "true"))
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "age", "age.contradiction"));
        mvc.perform(complete("age", "9")).andExpect(model().attributeHasFieldErrorCode("triageForm", "age", "Min"));
    }

    @Test
    void theNewAnswersReachTheEngineAndADeclinedAgeStaysUnanswered() throws Exception {
        when(results.create(any(), any())).thenReturn(stored("AbCdEfGhIjKlMnOpQrStUvWx"));

        mvc.perform(complete("age", "", "ageNotGiven", "true", "onset", "SUDDEN", "injuryEvent", "true", "popAtInjury",
                "", "generalSymptoms", "NIGHT_SWEATS"))
            .andExpect(status().isSeeOther());

        ArgumentCaptor<Answers> answers = ArgumentCaptor.forClass(Answers.class);
        verify(results).create(answers.capture(), any());
        assertThat(answers.getValue().age()).isNull();
        assertThat(answers.getValue().injuryEvent()).isTrue();
        assertThat(answers.getValue().popAtInjury()).isNull();
        assertThat(answers.getValue().generalSymptoms()).containsExactly(GeneralSymptom.NIGHT_SWEATS);
    }

    @Test
    void theKneeSignsAreYesWhenTickedAndNoOtherwiseAndTheFeverLineIsAWarningSign() throws Exception {
        when(results.create(any(), any())).thenReturn(stored("AbCdEfGhIjKlMnOpQrStUvWx"));

        mvc.perform(complete("noKneeSigns", "false", "kneeSigns", "LIMP", "noRedFlags", "false", "fever", "true",
                "boneHealth", "LOW_BONE_DENSITY"))
            .andExpect(status().isSeeOther());

        ArgumentCaptor<Answers> answers = ArgumentCaptor.forClass(Answers.class);
        verify(results).create(answers.capture(), any());
        assertThat(answers.getValue().knee()).isEqualTo(new KneeSigns(false, false, true, false, false, false));
        assertThat(answers.getValue().redFlags()).containsExactly(RedFlag.HOT_RED_FEVER);
        assertThat(answers.getValue().boneHealth()).containsExactly(BoneHealth.LOW_BONE_DENSITY);
    }

    @Test
    void theKneeQuestionsNeedAnAnswerAndBoneHealthMayBeDeclinedButNotBoth() throws Exception {
        mvc.perform(complete("noKneeSigns", "false"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "kneeSigns", "kneeSigns.unanswered"));
        mvc.perform(complete("kneeSigns", "CATCHING"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "kneeSigns", "kneeSigns.contradiction"));
        mvc.perform(complete("boneHealth", "MISSED_PERIODS", "boneHealthNotSaid", "true"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "boneHealth", "boneHealth.contradiction"));
        mvc.perform(complete("noRedFlags", "true", "fever", "true"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "redFlags", "redFlags.contradiction"));
        mvc.perform(complete("kneeSigns", "BONE_SPOT,TOO_SORE"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrors("triageForm", "kneeSigns"));
    }

    @Test
    void theWeeklyChangeIsAskedAsMoreOrLessAndAnAmountWithNoMinusSign() throws Exception {
        when(results.create(any(), any())).thenReturn(stored("AbCdEfGhIjKlMnOpQrStUvWx"));
        ArgumentCaptor<Answers> answers = ArgumentCaptor.forClass(Answers.class);

        mvc.perform(complete("weeklyDistanceChange", "LESS", "weeklyDistanceChangeAmount", "20"))
            .andExpect(status().isSeeOther());
        mvc.perform(complete("weeklyDistanceChange", "MORE", "weeklyDistanceChangeAmount", "35"))
            .andExpect(status().isSeeOther());
        mvc.perform(complete("weeklyDistanceChange", "SAME", "weeklyDistanceChangeAmount", ""))
            .andExpect(status().isSeeOther());
        mvc.perform(complete("weeklyDistanceChange", "", "weeklyDistanceChangeAmount", ""))
            .andExpect(status().isSeeOther());

        verify(results, times(4)).create(answers.capture(), any());
        assertThat(answers.getAllValues()).extracting(a -> a.training().weeklyDistanceChangePercent())
            .containsExactly(-20, 35, 0, null);
    }

    @Test
    void anIncompleteWeeklyChangeIsExplainedNextToItsField() throws Exception {
        mvc.perform(complete("weeklyDistanceChange", "MORE", "weeklyDistanceChangeAmount", ""))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "weeklyDistanceChangeAmount",
                    "weeklyChange.amountMissing"))
            .andExpect(content().string(containsString("<title>Error: Check my knee")));
        mvc.perform(complete("weeklyDistanceChange", "", "weeklyDistanceChangeAmount", "10"))
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "weeklyDistanceChange",
                    "weeklyChange.directionMissing"));
        mvc.perform(complete("weeklyDistanceChange", "LESS", "weeklyDistanceChangeAmount", "120"))
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "weeklyDistanceChangeAmount",
                    "weeklyChange.lessThanNothing"));
        verify(results, never()).create(any(), any());
    }

    @Test
    void theNicknameGoesWithTheResultAndMustBePlainLetters() throws Exception {
        when(results.create(any(), any())).thenReturn(stored("AbCdEfGhIjKlMnOpQrStUvWx"));

        mvc.perform(complete("nickname", "<script>"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrorCode("triageForm", "nickname", "nickname.invalid"));
        mvc.perform(complete("nickname", "  Anne-Marie ")).andExpect(status().isSeeOther());

        verify(results).create(any(), eq("  Anne-Marie "));
    }

    @Test
    void theEmptyFormMarksItsRequiredQuestionsAndHasAPlainTitle() throws Exception {
        mvc.perform(get("/triage"))
            .andExpect(content().string(containsString("<title>Check my knee")))
            .andExpect(content()
                .string(matchesRegex("(?s).*id=\"location-group\" role=\"radiogroup\"\\s+aria-required=\"true\".*")))
            .andExpect(content().string(matchesRegex("(?s).*id=\"painScore-group\"[^>]*aria-required=\"true\".*")))
            .andExpect(content().string(matchesRegex("(?s).*aria-required=\"true\"[^>]*id=\"durationAmount\".*")))
            .andExpect(content().string(containsString("How many rest days (no running) in a usual week?")));
    }

    @Test
    void aRedFlagAloneIsAValidAnswerToTheWarningSigns() throws Exception {
        when(results.create(any(), any())).thenReturn(stored("AbCdEfGhIjKlMnOpQrStUvWx"));

        mvc.perform(complete("noRedFlags", "false", "redFlags", "GIVING_WAY")).andExpect(status().isSeeOther());

        ArgumentCaptor<Answers> answers = ArgumentCaptor.forClass(Answers.class);
        verify(results).create(answers.capture(), any());
        assertThat(answers.getValue().redFlags()).containsExactly(RedFlag.GIVING_WAY);
    }

    /**
     * A complete, valid post; each pair given replaces (or, with a new name, adds) one
     * answer.
     */
    private static MockHttpServletRequestBuilder complete(String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("noRedFlags", "true");
        params.put("noKneeSigns", "true");
        params.put("age", "34");
        params.put("location", "OUTER");
        params.put("side", "LEFT");
        params.put("character", "BURNING");
        params.put("onset", "GRADUAL");
        params.put("timing", "DURING_RUN_BUILDS");
        params.put("painScore", "5");
        params.put("durationAmount", "3");
        params.put("durationUnit", "WEEKS");
        params.put("previousEpisodes", "false");
        params.put("dailyActivitiesAffected", "false");
        params.put("shoeDistance", "500");
        params.put("shoeDistanceUnit", "MILES");
        params.put("runsOnCamberedRoads", "");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/triage").with(csrf());
        params.forEach(request::param);
        return request;
    }

    private static CreatedResult stored(String token) {
        Outcome outcome = new Outcome(1, Urgency.SELF_CARE, List.of(), List.of(),
                new Plan(List.of(), List.of(), List.of(), null));
        return new CreatedResult(new StoredResult(token, Instant.parse("2026-11-21T10:00:00Z"), null, outcome),
                "ManageKeyManageKeyManage");
    }

}
