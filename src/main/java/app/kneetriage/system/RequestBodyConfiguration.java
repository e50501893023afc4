package app.kneetriage.system;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Slow request bodies cost a Tomcat thread each for as long as they last (issue 23), so
 * the server waits for them only so long: no pause longer than the stall timeout (Tomcat
 * applies its upload timeout to body reads once {@code disableUploadTimeout} is off), and
 * no slower than the minimum pace ({@link SlowBodyValve}).
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyConfiguration {

    @Bean
    TomcatProtocolHandlerCustomizer<AbstractHttp11Protocol<?>> bodyStallTimeout(KneeTriageProperties settings) {
        KneeTriageProperties.RequestBody limits = settings.requestBody();
        return protocol -> {
            protocol.setDisableUploadTimeout(false);
            protocol.setConnectionUploadTimeout(Math.toIntExact(limits.stallTimeout().toMillis()));
        };
    }

    @Bean
    TomcatContextCustomizer slowBodyValve(KneeTriageProperties settings) {
        KneeTriageProperties.RequestBody limits = settings.requestBody();
        return context -> context.getPipeline().addValve(new SlowBodyValve(limits.grace(), limits.minRate().toBytes()));
    }

}
