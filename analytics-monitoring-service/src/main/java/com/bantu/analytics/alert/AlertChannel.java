package com.bantu.analytics.alert;

/** A way to tell people about a raised alert (mail, webhook); each is optional and off by default. */
public interface AlertChannel {

    String name();

    void send(AlertView alert) throws Exception;
}
