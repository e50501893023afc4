package app.kneetriage.admins;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose login is being checked: the connection's, or behind
 * trusted proxies the one Tomcat's RemoteIpValve found (see the README).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return "";
    }

}
