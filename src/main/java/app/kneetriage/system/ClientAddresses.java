package app.kneetriage.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The client an address stands for, wherever requests are counted per client (rate
 * limits, the login throttle): an IPv4 address as it is, an IPv6 address by its /64
 * network, which one household or server typically gets whole, so that cycling through
 * its addresses buys no extra allowance.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    public static String client(String address) {
        if (address == null || !address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        }
        catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

}
