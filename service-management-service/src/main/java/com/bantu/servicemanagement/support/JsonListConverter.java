package com.bantu.servicemanagement.support;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A JSON array of arbitrary values (attachment metadata objects) kept in a TEXT column. */
@Converter
public class JsonListConverter implements AttributeConverter<List<Object>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Object>> TYPE = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(List<Object> value) {
        return JSON.writeValueAsString(value == null ? List.of() : value);
    }

    @Override
    public List<Object> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(JSON.readValue(column, TYPE));
    }
}
