package com.bantu.common.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** A JSON array of strings stored in a TEXT column (portable across MySQL, MariaDB and H2). */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectReader READER = JSON.readerFor(new TypeReference<List<String>>() { });

    @Override
    public String convertToDatabaseColumn(List<String> value) {
        return JSON.writeValueAsString(value == null ? List.of() : value);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank() || "[]".equals(column)) {
            return new ArrayList<>();
        }
        return new ArrayList<>(READER.<List<String>>readValue(column));
    }
}
