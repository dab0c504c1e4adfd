package com.bantu.common.web;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.error.ErrorKey;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes an error envelope straight to a servlet response (filters, the security entry points, {@code /error}). */
public final class EnvelopeWriter {

    private EnvelopeWriter() {
    }

    public static void write(HttpServletResponse res, JsonMapper json, ErrorKey key) throws IOException {
        write(res, json, key.status().value(), key, key.message(), null);
    }

    public static void write(HttpServletResponse res, JsonMapper json, int status, ErrorKey key, String message,
                             Object data) throws IOException {
        if (res.isCommitted()) {
            return;
        }
        res.resetBuffer();
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (key != null) {
            res.setHeader(ErrorKey.HEADER, key.key());
        }
        json.writeValue(res.getOutputStream(), ApiResponse.error(status, message, data));
    }
}
