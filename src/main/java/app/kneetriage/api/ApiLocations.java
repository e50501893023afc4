package app.kneetriage.api;

import java.net.URI;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Location of something an API call made. The contract's Locations are paths: they
 * stay right behind proxies that rewrite the host.
 */
final class ApiLocations {

    private ApiLocations() {
    }

    /**
     * @param template a path with one variable, e.g. {@code /api/v1/boards/{boardKey}}
     */
    static URI path(String template, String variable) {
        return URI.create(
                ServletUriComponentsBuilder.fromCurrentContextPath().path(template).buildAndExpand(variable).getPath());
    }

}
