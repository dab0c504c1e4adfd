package com.bantu.business.config;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.error.FieldError;
import com.bantu.common.error.ValidationException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Multipart failures in the envelope: too large 413, missing part or malformed body 400 (never 500). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadErrors {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ApiResponse<Object>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(ApiResponse.error(413, "文件过大", null));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    public ResponseEntity<ApiResponse<Object>> missing(MissingServletRequestPartException e) {
        return ResponseEntity.badRequest().body(ApiResponse.error(400, ValidationException.MESSAGE,
                List.of(new FieldError(e.getRequestPartName(), "is required"))));
    }

    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<ApiResponse<Object>> malformed(MultipartException e) {
        return ResponseEntity.badRequest().body(ApiResponse.error(400, ValidationException.MESSAGE,
                List.of(new FieldError("file", "malformed multipart request"))));
    }
}
