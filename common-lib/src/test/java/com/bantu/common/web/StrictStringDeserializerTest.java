package com.bantu.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class StrictStringDeserializerTest {

    record Body(String name, List<String> tags) {
    }

    private final JsonMapper json = JsonMapper.builder()
            .addModule(new SimpleModule().addDeserializer(String.class, new StrictStringDeserializer())).build();

    @Test
    void nulAndLoneSurrogatesAreRefusedNamingTheField() {
        for (String bad : new String[] {"a\\u0000b", "\\ud800", "x\\udc00y", "\\ud800\\ud800"}) {
            assertThatThrownBy(() -> json.readValue("{\"name\":\"" + bad + "\"}", Body.class)).as(bad)
                    .isInstanceOfSatisfying(DatabindException.class,
                            e -> assertThat(e.getPath().get(0).getPropertyName()).isEqualTo("name"));
        }
        assertThatThrownBy(() -> json.readValue("{\"tags\":[\"ok\",\"\\u0000\"]}", Body.class))
                .isInstanceOf(DatabindException.class);
    }

    @Test
    void ordinaryTextIncludingPairedSurrogatesIsKept() {
        Body b = json.readValue("{\"name\":\"客户 \\ud83d\\ude00 é\",\"tags\":[\"a\"]}", Body.class);
        assertThat(b.name()).isEqualTo("客户 😀 é");
        assertThat(json.readValue("{\"name\":null}", Body.class).name()).isNull();
        assertThat(json.readValue("{\"name\":12}", Body.class).name()).isEqualTo("12");
    }
}
