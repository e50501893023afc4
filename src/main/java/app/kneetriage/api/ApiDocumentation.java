package app.kneetriage.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API (springdoc builds the paths and schemas from
 * the controllers and the request and result records).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI kneeTriageApi() {
        return new OpenAPI().info(new Info().title("Knee Triage API")
            .version("v1, triage contract version 2")
            .description("Triage for runners whose knees hurt after running: an urgency, the likely causes with the"
                    + " answers behind them, and a plan. Information, not a diagnosis. A new result answers 201 with"
                    + " its share token and, once only, its manage key; errors are application/problem+json. A coach's"
                    + " board lists the runners who joined it with its code, as their share links show them."));
    }

}
