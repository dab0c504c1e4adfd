package com.bantu.analytics.alert;

import java.net.InetAddress;
import org.springframework.stereotype.Component;

/** The name of the host (pod) this replica runs on: recorded on each alert it raises and sent with notifications. */
@Component
public class AlertHost {

    private final String name;

    public AlertHost() {
        String n = System.getenv("HOSTNAME");
        if (n == null || n.isBlank()) {
            try {
                n = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                n = "unknown";
            }
        }
        this.name = n;
    }

    public String name() {
        return name;
    }
}
