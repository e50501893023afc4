package app.kneetriage.ruleadmin.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import app.kneetriage.support.LoggedInAdmin;
import org.junit.jupiter.api.Test;

/** What cannot be undone asks first, on a page of its own that needs no JavaScript. */
@AdminTest
class ConfirmationTests {

    @LoggedInAdmin(draft = true)
    AdminSession admin;

    @Test
    void discardingTheDraftAsksFirstAndNoKeepsIt() {
        String draftPage = admin.get("/admin/rules").body();
        assertThat(draftPage).contains("href=\"/admin/rules/draft/discard\"")
            .doesNotContain("action=\"/admin/rules/draft/discard\"");
        assertThat(draftPage.indexOf("publish-heading")).as("publishing sits at the top")
            .isLessThan(draftPage.indexOf("/admin/rules/export"));

        HttpResponse<String> asked = admin.get("/admin/rules/draft/discard");

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Discard the draft?")
            .contains("action=\"/admin/rules/draft/discard\"")
            .contains("No, keep working on it");
        assertThat(admin.get("/admin/rules").body()).as("asking changed nothing").contains("publish-heading");

        assertThat(admin.postForm("/admin/rules/draft/discard", Map.of()).statusCode()).isEqualTo(303);
        assertThat(admin.get("/admin/rules").body()).doesNotContain("publish-heading");
        assertThat(admin.get("/admin/rules/draft/discard").statusCode()).as("nothing left to discard").isEqualTo(302);
    }

    @Test
    void removingATestCaseAsksFirstNamingIt() {
        Matcher link = Pattern.compile("href=\"/admin/tests/(\\d+)\">([^<]+)<")
            .matcher(admin.get("/admin/rules").body());
        assertThat(link.find()).isTrue();

        HttpResponse<String> asked = admin.get("/admin/tests/" + link.group(1) + "/delete");

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Remove this test case?").contains(link.group(2).strip());
        assertThat(admin.get("/admin/tests/" + link.group(1)).statusCode()).as("still there").isEqualTo(200);
    }

    @Test
    void removingACauseOrAnExerciseAsksFirstNamingIt() {
        String causePage = admin.get("/admin/rules/causes/MEDIAL").body();
        assertThat(causePage).contains("href=\"/admin/rules/causes/MEDIAL/delete\"")
            .doesNotContain("action=\"/admin/rules/causes/MEDIAL/delete\"");

        HttpResponse<String> cause = admin.get("/admin/rules/causes/MEDIAL/delete");
        HttpResponse<String> exercise = admin.get("/admin/rules/exercises/CLAMSHELL/delete");

        assertThat(cause.statusCode()).isEqualTo(200);
        assertThat(cause.body()).contains("Remove this cause from the draft?").contains("Inner knee pain");
        assertThat(exercise.body()).contains("Remove this exercise from the draft?").contains("Clamshells");
        assertThat(admin.get("/admin/rules/causes/MEDIAL").statusCode()).as("still there").isEqualTo(200);
        assertThat(admin.get("/admin/rules/exercises/CLAMSHELL").statusCode()).isEqualTo(200);
    }

}
