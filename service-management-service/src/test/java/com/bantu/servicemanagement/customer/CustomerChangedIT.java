package com.bantu.servicemanagement.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.FakeService;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every write of a customer publishes {@code customer.changed} to business-service (here {@link #BUSINESS}, which
 * acknowledges it) with the essentials and the row's version after the write: the version the answers show, the one
 * {@code GET /internal/customers/{id}} shows, larger after every change. Deliveries may arrive in any order, so each
 * step looks for the event of its own version.
 */
class CustomerChangedIT extends IntegrationTestBase {

    private static final String BASE = "/api/service-management/customers";

    private String service() {
        return jwt.issueServiceToken("business-service").token();
    }

    @Test
    void createUpdateDeleteAndRestoreEachPublishTheNewVersion() {
        String owner = uuid();
        Resp created = http.post(BASE, admin(), map("name", unique("Replica "), "level", "2", "owner_user_id", owner));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String id = created.data().get("id").asText();
        long v0 = created.data().get("version").asLong();

        JsonNode onCreate = changed(id, e -> e.path("version").asLong() == v0);
        assertThat(onCreate.path("name").asText()).isEqualTo(created.data().get("name").asText());
        assertThat(onCreate.path("code").asText()).isEqualTo(created.data().get("code").asText());
        assertThat(onCreate.path("level").asText()).isEqualTo("2");
        assertThat(onCreate.path("owner_user_id").asText()).isEqualTo(owner);
        assertThat(onCreate.path("active").asBoolean()).isTrue();
        assertThat(onCreate.size()).as("the payload's fields: %s", onCreate).isEqualTo(7);

        Resp internal = http.get("/internal/customers/" + id, service());
        assertThat(internal.status()).as(internal.toString()).isEqualTo(200);
        assertThat(internal.data().get("version").isIntegralNumber()).isTrue();
        assertThat(internal.data().get("version").asLong()).isEqualTo(v0);

        String renamed = unique("Renamed ");
        Resp updated = http.put(BASE + "/" + id, admin(), map("name", renamed, "version", v0));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        long v1 = updated.data().get("version").asLong();
        assertThat(v1).isGreaterThan(v0);
        JsonNode onUpdate = changed(id, e -> e.path("version").asLong() == v1);
        assertThat(onUpdate.path("name").asText()).isEqualTo(renamed);
        assertThat(onUpdate.path("active").asBoolean()).isTrue();
        assertThat(http.get("/internal/customers/" + id, service()).data().get("version").asLong()).isEqualTo(v1);

        assertThat(http.delete(BASE + "/" + id, admin()).status()).isEqualTo(200);
        JsonNode onDelete = changed(id, e -> e.path("version").asLong() > v1);
        assertThat(onDelete.path("active").asBoolean()).as("deleted: %s", onDelete).isFalse();
        assertThat(onDelete.path("name").asText()).isEqualTo(renamed);
        assertThat(http.get("/internal/customers/" + id, service()).status()).isEqualTo(404);
        long v2 = onDelete.path("version").asLong();

        Resp restored = http.put(BASE + "/" + id + "/restore", admin(), null);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        long v3 = restored.data().get("version").asLong();
        assertThat(v3).isGreaterThan(v2);
        JsonNode onRestore = changed(id, e -> e.path("version").asLong() == v3);
        assertThat(onRestore.path("active").asBoolean()).as("restored: %s", onRestore).isTrue();
        assertThat(http.get("/internal/customers/" + id, service()).data().get("version").asLong()).isEqualTo(v3);
    }

    @Test
    void anUpdateOfOtherFieldsPublishesNothing() throws InterruptedException {
        Resp created = http.post(BASE, admin(), map("name", unique("Quiet "), "owner_user_id", uuid()));
        String id = created.data().get("id").asText();
        long v0 = created.data().get("version").asLong();
        changed(id, e -> e.path("version").asLong() == v0);
        Resp described = http.put(BASE + "/" + id, admin(), map("description", "only the description"));
        assertThat(described.status()).as(described.toString()).isEqualTo(200);
        long v1 = described.data().get("version").asLong();
        assertThat(v1).isGreaterThan(v0);
        Resp renamed = http.put(BASE + "/" + id, admin(), map("name", unique("Loud ")));
        long v2 = renamed.data().get("version").asLong();
        changed(id, e -> e.path("version").asLong() == v2);
        Thread.sleep(500);
        assertThat(BUSINESS.received().stream().map(r -> FakeService.JSON.readTree(r.body()).path("payload"))
                .filter(p -> id.equals(p.path("id").asText()) && p.path("version").asLong() == v1).toList())
                .as("no event for the description-only update").isEmpty();
    }

    @Test
    void deactivatingPublishesInactive() {
        Resp created = http.post(BASE, admin(), map("name", unique("Paused "), "owner_user_id", uuid()));
        String id = created.data().get("id").asText();
        Resp paused = http.put(BASE + "/" + id, admin(), map("is_active", false));
        assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
        long version = paused.data().get("version").asLong();
        assertThat(changed(id, e -> e.path("version").asLong() == version).path("active").asBoolean()).isFalse();
        assertThat(http.get("/internal/customers/" + id, service()).status()).isEqualTo(404);
    }

    @Test
    void theInternalCreateOfALeadConversionPublishesToo() {
        String owner = uuid();
        Resp created = http.post("/internal/customers", service(), map("idempotency_key", uuid(),
                "name", unique("PT Converted "), "owner_user_id", owner, "level", "3"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String id = created.data().get("id").asText();
        assertThat(created.data().get("version").isIntegralNumber()).as(created.toString()).isTrue();
        long version = created.data().get("version").asLong();
        JsonNode event = changed(id, e -> e.path("version").asLong() == version);
        assertThat(event.path("name").asText()).isEqualTo(created.data().get("name").asText());
        assertThat(event.path("code").asText()).isEqualTo(created.data().get("code").asText());
        assertThat(event.path("level").asText()).isEqualTo("3");
        assertThat(event.path("owner_user_id").asText()).isEqualTo(owner);
        assertThat(event.path("active").asBoolean()).isTrue();
    }

    /**
     * The payload of the {@code customer.changed} delivered for customer {@code id} that matches {@code which}
     * (waits up to 20 s). Checks the envelope on the way: type, payload version 1, this service as the source.
     */
    private static JsonNode changed(String id, Predicate<JsonNode> which) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            for (FakeService.Received r : BUSINESS.received()) {
                JsonNode e = FakeService.JSON.readTree(r.body());
                JsonNode payload = e.path("payload");
                if ("customer.changed".equals(e.path("type").asText()) && id.equals(payload.path("id").asText())
                        && which.test(payload)) {
                    assertThat(r.path()).isEqualTo("/internal/events");
                    assertThat(e.path("version").asInt()).isEqualTo(1);
                    assertThat(e.path("source").asText()).isEqualTo("service-management-service");
                    return payload;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no such customer.changed delivered for customer " + id + "; delivered for it: "
                + BUSINESS.received().stream().map(FakeService.Received::body).filter(b -> b.contains(id)).toList());
    }
}
