package com.bantu.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;

/** Which requests the writer answers itself: those where Spring's content negotiation could only pick JSON. */
class ApiResponseWriterTest {

    @Test
    void plainJsonWhenTheClientAcceptsJsonAndNoOtherJsonType() {
        for (String accept : new String[] {null, "", "*/*", "application/json", "application/*",
                "application/json, text/plain, */*", "text/html,application/xhtml+xml,*/*;q=0.8",
                "application/json;charset=UTF-8"}) {
            assertThat(ApiResponseWriter.plainJson(request(accept))).as(String.valueOf(accept)).isTrue();
        }
    }

    @Test
    void everythingElseIsLeftToSpringsNegotiation() {
        for (String accept : new String[] {"application/xml", "text/html", "text/plain",
                "application/problem+json", "application/json, application/hal+json", "application/json;q=0",
                "*/*;q=0", "not a media type"}) {
            assertThat(ApiResponseWriter.plainJson(request(accept))).as(accept).isFalse();
        }
        MockHttpServletRequest produces = request(null);
        produces.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, Set.of(MediaType.TEXT_PLAIN));
        assertThat(ApiResponseWriter.plainJson(produces)).isFalse();
    }

    private static MockHttpServletRequest request(String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/x");
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return request;
    }
}
