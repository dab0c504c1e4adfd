package com.bantu.common.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.audit.AuditBodies;
import com.bantu.common.audit.it.AuditTestApp;
import com.bantu.common.security.JwtService;
import com.bantu.common.test.FakeService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestInfrastructure;
import com.bantu.common.web.ApiResponseWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * common-lib's changes to Spring MVC's handler adapter, over real HTTP in a small servlet service on MariaDB and
 * Redis: {@link ApiResponseWriter} answers exactly what Spring's converters answer, leaves every other case to them,
 * and {@code @RequestParam}s bind as before.
 */
@SpringBootTest(classes = AuditTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=tuning-it",
        "bantu.jwt.secret=tuning-it-secret-0123456789-0123456789-abc",
        "spring.flyway.locations=classpath:db/events-it,classpath:db/audit-it",
        "spring.jpa.hibernate.ddl-auto=none"})
class HandlerAdapterTuningIT {

    /** An Accept header Spring's negotiation answers with JSON too, but that the writer leaves to it (a +json type). */
    static final String NEGOTIATED = "application/json, application/problem+json;q=0.5";

    /**
     * Acknowledges the audit events the writes here publish, so none is retried in the background against a dead
     * port (the retries' log lines would land in later tests of this JVM, LogShipperTest counts them).
     */
    static final FakeService FOUNDATION = FakeService.start().data("/internal/events", Map.of("outcome", "processed"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_tuning_it");
        registry.add("bantu.services.foundation.url", FOUNDATION::url);
    }

    @LocalServerPort
    int port;
    @Autowired
    JwtService jwt;
    @Autowired
    JsonMapper json;

    TestHttp http;
    String token;

    @BeforeEach
    void setUp() {
        http = TestHttp.local(port);
        token = jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(UUID.randomUUID().toString(), "sally",
                "sally@x.test", List.of("SALES"), "org-1"))).token();
    }

    /** The context's mapper (the writer's and the converters') reads properties through Blackbird's lambdas. */
    @Test
    void theMapperHasBlackbird() {
        assertThat(json.registeredModules()).anyMatch(BlackbirdModule.class::isInstance);
    }

    @Test
    void theWritersAnswerIsTheConvertersAnswer() {
        String id = http.post("/api/it/things", token, Map.of("name", "tuned")).data().path("id").asText();
        TestHttp.Resp plain = http.send("GET", "/api/it/things/" + id, token, null, Map.of());
        TestHttp.Resp negotiated = http.send("GET", "/api/it/things/" + id, token, null,
                Map.of("Accept", NEGOTIATED));
        assertThat(plain.status()).isEqualTo(200);
        assertThat(negotiated.status()).isEqualTo(200);
        for (String header : List.of("content-type", "content-length", "x-content-type-options", "cache-control")) {
            assertThat(plain.header(header)).as(header).isNotNull();
            if (!header.equals("content-length")) {
                assertThat(plain.header(header)).as(header).isEqualTo(negotiated.header(header));
            }
        }
        assertThat(plain.header("content-type")).isEqualTo("application/json");
        assertThat(plain.header("transfer-encoding")).isNullOrEmpty();
        assertThat(withoutTimestamp(plain)).isEqualTo(withoutTimestamp(negotiated));
        assertThat(plain.raw()).contains("\"name\":\"tuned\"").contains("\"code\":200");
    }

    @Test
    void otherAcceptHeadersAreLeftToSpringsNegotiation() {
        TestHttp.Resp xml = http.send("GET", "/api/it/things", token, null, Map.of("Accept", "application/xml"));
        assertThat(xml.status()).isEqualTo(406);
        assertThat(xml.body().path("code").asInt()).isEqualTo(406);
        TestHttp.Resp browser = http.send("GET", "/api/it/things", token, null,
                Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.header("content-type")).isEqualTo("application/json");
    }

    @Test
    void requestParamsBindAsBefore() {
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            http.post("/api/it/things", token, Map.of("name", prefix + i));
        }
        assertThat(http.get("/api/it/things?name_prefix=" + prefix, token).data().size()).isEqualTo(5); // default
        assertThat(http.get("/api/it/things?name_prefix=" + prefix + "&limit=2", token).data().size()).isEqualTo(2);
        TestHttp.Resp bad = http.get("/api/it/things?limit=many", token);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.data().toString()).contains("limit");
    }

    /**
     * The writer does not run response-body advice; it calls the project's one ({@link AuditBodies}) itself. A new
     * advice must be run there too, or this test changed knowingly.
     */
    @Test
    void theAuditAdviceIsTheOnlyResponseBodyAdvice(@Autowired ApplicationContext context,
                                                   @Autowired RequestMappingHandlerAdapter adapter) {
        assertThat(context.getBeansOfType(ResponseBodyAdvice.class).values())
                .extracting(Object::getClass).containsExactly((Class) AuditBodies.ResponseSide.class);
        assertThat(adapter.getReturnValueHandlers().get(0)).isInstanceOf(ApiResponseWriter.class);
    }

    private static String withoutTimestamp(TestHttp.Resp r) {
        ObjectNode body = ((ObjectNode) r.body()).deepCopy();
        body.remove("timestamp");
        return body.toString();
    }
}
