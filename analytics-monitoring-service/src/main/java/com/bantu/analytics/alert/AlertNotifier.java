package com.bantu.analytics.alert;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Sends a raised alert to every enabled channel; a failing channel is logged and does not stop the others. */
@Component
public class AlertNotifier {

    private static final Logger log = LoggerFactory.getLogger(AlertNotifier.class);

    private final List<AlertChannel> channels;

    public AlertNotifier(List<AlertChannel> channels) {
        this.channels = List.copyOf(channels);
    }

    public void notifyRaised(AlertView alert) {
        for (AlertChannel channel : channels) {
            long started = System.nanoTime();
            try {
                channel.send(alert);
                log.info("[AlertNotifier] {} - success: alert {} ({} ms)", channel.name(), alert.id(),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (Exception e) {
                log.warn("[AlertNotifier] {} - failure: {} ({} ms)", channel.name(),
                        e.getClass().getSimpleName() + ": " + e.getMessage(), (System.nanoTime() - started) / 1_000_000);
            }
        }
    }
}
