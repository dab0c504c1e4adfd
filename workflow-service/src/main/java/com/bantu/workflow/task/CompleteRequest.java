package com.bantu.workflow.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

public record CompleteRequest(
        @NotBlank @Pattern(regexp = "approved|rejected", message = "must be approved or rejected") String outcome,
        @Size(max = 2000) String comment,
        Map<String, Object> variables) {
}
