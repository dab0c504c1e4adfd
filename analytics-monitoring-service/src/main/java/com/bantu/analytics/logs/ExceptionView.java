package com.bantu.analytics.logs;

public record ExceptionView(String type, String value, String traceback) {
}
