package com.bantu.gateway.config;

/** Fails the start with the name of the missing environment variable. */
public final class RequiredSettings {

    private RequiredSettings() {
    }

    /** A value that is empty or still an unresolved {@code ${...}} placeholder is missing. */
    public static void require(String variable, String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException(variable + " is not set: the gateway needs it in the default "
                    + "(production) profile; the local profile and bin/run-local.sh provide it");
        }
    }
}
