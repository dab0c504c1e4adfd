package com.bantu.analytics.source;

import com.bantu.common.error.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** 503 in the envelope, naming the owner service that could not answer ({@code data.source}). */
public class SourceUnavailableException extends ApiException {

    private final String source;

    public SourceUnavailableException(String source, String reason) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Source service unavailable: " + source, details(source, reason));
        this.source = source;
    }

    public String source() {
        return source;
    }

    private static Map<String, String> details(String source, String reason) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("source", source);
        data.put("reason", reason);
        return data;
    }
}
