package app.kneetriage.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files at their own paths only, instead of Spring Boot's catch-all {@code /**}.
 * With the catch-all, every link a page writes ({@code /r/...}, {@code /m/...}) was
 * looked up as a file in the jar on every request, because the WebJars resolver keeps
 * link rewriting on: a third of the result page's time under load went there (see
 * BENCHMARKS.md). {@code spring.web.resources.add-mappings=false} turns the catch-all
 * off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/");
        registry.addResourceHandler("/webjars/**")
            .addResourceLocations("classpath:/META-INF/resources/webjars/")
            .resourceChain(true)
            .addResolver(new LiteWebJarsResourceResolver());
    }

}
