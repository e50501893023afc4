package app.kneetriage.admins;

import app.kneetriage.system.ClientAddresses;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client whose login is being checked: the connection's address, or behind trusted
 * proxies the one Tomcat's RemoteIpValve found (see the README); an IPv6 address by its
 * /64 network, as the rate limits count it, so that its many addresses are one place.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return ClientAddresses.client(servlet.getRequest().getRemoteAddr());
        }
        return "";
    }

}
