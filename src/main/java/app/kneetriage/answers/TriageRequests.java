package app.kneetriage.answers;

import java.util.List;

import app.kneetriage.rules.Answers;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads answers written as the body of {@code POST /api/v1/triage}, with the API's own
 * mapper and checks, so answers kept elsewhere (the admins' test cases) are held to
 * exactly the contract.
 */
@Component
public class TriageRequests {

    private final JsonMapper mapper;

    private final SpringValidatorAdapter validator;

    private final JsonProblems problems;

    TriageRequests(JsonMapper mapper, Validator validator, MessageSource messages) {
        this.mapper = mapper;
        this.validator = new SpringValidatorAdapter(validator);
        this.problems = new JsonProblems(messages);
    }

    /**
     * @throws InvalidAnswersException naming each field that is missing or not valid
     */
    public Answers read(String json) {
        if (json == null || json.isBlank()) {
            // A form posted without its answers field, e.g. an admin's "keep" sent bare.
            throw new InvalidAnswersException(List.of(problems.unreadable(null)));
        }
        TriageRequest request;
        try {
            request = mapper.readValue(json, TriageRequest.class);
        }
        catch (JacksonException e) {
            throw new InvalidAnswersException(List.of(problems.unreadable(e)));
        }
        if (request == null) {
            throw new InvalidAnswersException(List.of(problems.unreadable(null)));
        }
        DirectFieldBindingResult errors = new DirectFieldBindingResult(request, "triageRequest");
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            throw new InvalidAnswersException(problems.invalid(errors));
        }
        return request.toAnswers();
    }

    /**
     * The answers as the request that gives them, for keeping as a test case; lists in
     * the contract's order of choices so the same answers always read the same.
     */
    public String write(Answers answers) {
        TriageRequest request = TriageRequest.from(answers);
        return mapper.writerWithDefaultPrettyPrinter()
            .writeValueAsString(new TriageRequest(request.location(), request.side(), request.character(),
                    request.onset(), sorted(request.timing()), request.painScore(), request.durationDays(),
                    request.previousEpisodes(), request.dailyActivitiesAffected(), request.training(),
                    sorted(request.redFlags()), request.age(), request.injuryEvent(), request.popAtInjury(),
                    request.cannotBendKnee(), sorted(request.generalSymptoms()), request.boneSpot(), request.hopPain(),
                    request.limp(), request.swellingAfterRuns(), request.catching(), request.kneeSurgery(),
                    sorted(request.boneHealth())));
    }

    private static <E extends Enum<E>> List<E> sorted(List<E> values) {
        return values == null ? null : values.stream().sorted().toList();
    }

}
