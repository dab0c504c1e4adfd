package com.bantu.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringListConverterTest {

    private final StringListConverter converter = new StringListConverter();

    @Test
    void columnsBecomeMutableLists() {
        for (String empty : new String[] {null, "", " ", "[]"}) {
            List<String> list = converter.convertToEntityAttribute(empty);
            assertThat(list).as(String.valueOf(empty)).isEmpty();
            list.add("x");
        }
        List<String> tags = converter.convertToEntityAttribute("[\"vip\",\"visa \\\"B211\\\"\"]");
        assertThat(tags).containsExactly("vip", "visa \"B211\"");
        tags.add("more");
    }

    @Test
    void listsRoundTrip() {
        assertThat(converter.convertToDatabaseColumn(null)).isEqualTo("[]");
        List<String> tags = new ArrayList<>(List.of("a", "ü", "[]"));
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(tags))).isEqualTo(tags);
    }
}
