package com.bantu.common.test;

import java.util.Map;

/**
 * Reads samples out of a Prometheus text exposition ({@code /actuator/prometheus}): the sum of every series of one
 * metric whose labels include the given ones. Tests use it to see a business counter or gauge move.
 */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** Sum of the samples of {@code metric} carrying all {@code labels}; {@code NaN} when no such series exists. */
    public static double value(String text, String metric, Map<String, String> labels) {
        double sum = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(metric)) {
                continue;
            }
            String rest = line.substring(metric.length());
            String labelPart = "";
            if (rest.startsWith("{")) {
                int end = rest.indexOf('}');
                labelPart = rest.substring(1, end);
                rest = rest.substring(end + 1);
            } else if (!rest.startsWith(" ")) {
                continue; // another metric sharing the prefix
            }
            String labelText = labelPart;
            if (labels.entrySet().stream().allMatch(e -> labelText.contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                sum += Double.parseDouble(rest.trim().split(" ")[0]);
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }

    public static double value(String text, String metric) {
        return value(text, metric, Map.of());
    }
}
