package com.bantu.business.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.test.TestHttp.Resp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every write of this service becomes an audit record (common-lib's AuditFilter) stored in the outbox and delivered
 * as event {@code audit.recorded}; here the consumer is a local HTTP server standing in for foundation.
 */
class AuditIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private int outboxRows(Resp response) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?",
                Integer.class, "%" + response.header("x-request-id") + "%");
    }

    @Test
    void orderWritesAreRecordedWithTheirAuthorAndTheChangedFields() {
        User sales = user("SALES");
        String title = unique("Audited ");
        Resp created = http.post(ORDERS, sales.token(), map("title", title, "customer_id", customer("PT Audit"),
                "sales_user_id", sales.id(), "order_items", List.of(item(1, 100, 0))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.data().get("id").asText();
        JsonNode create = AUDIT.delivered(created);
        assertThat(outboxRows(created)).as("stored in the outbox").isEqualTo(1);
        assertThat(create.path("action").asText()).isEqualTo("CREATE");
        assertThat(create.path("resource_type").asText()).isEqualTo("order");
        assertThat(create.path("resource_id").asText()).isEqualTo(id);
        assertThat(create.path("user_id").asText()).isEqualTo(sales.id());
        assertThat(create.path("organization_id").asText()).isEqualTo("org-1");
        assertThat(create.path("category").asText()).isEqualTo("order_management");
        assertThat(create.path("service").asText()).isEqualTo("business-service");
        assertThat(create.path("status").asText()).isEqualTo("success");

        String renamed = unique("Renamed ");
        Resp updated = http.put(ORDERS + "/" + id, sales.token(), map("title", renamed));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        JsonNode update = AUDIT.delivered(updated);
        assertThat(update.path("action").asText()).isEqualTo("UPDATE");
        assertThat(update.path("user_id").asText()).isEqualTo(sales.id());
        assertThat(update.path("old_values").path("title").asText()).isEqualTo(title);
        assertThat(update.path("new_values").path("title").asText()).isEqualTo(renamed);
        assertThat(update.path("old_values").has("id")).as("only changed fields").isFalse();
        assertThat(update.path("new_values").has("updated_at")).isFalse();

        // refused: recorded as failed, with the caller as author
        Resp refused = http.post(ORDERS + "/" + id + "/assign", sales.token(), map("user_id", sales.id()));
        assertThat(refused.status()).isEqualTo(403);
        JsonNode failed = AUDIT.delivered(refused);
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("user_id").asText()).isEqualTo(sales.id());
        assertThat(failed.path("old_values").isMissingNode() || failed.path("old_values").isNull()).isTrue();
    }

    @Test
    void leadWritesCarryTheirValuesAndAConvertedLeadNamesTheNewOpportunity() {
        User sales = user("SALES");
        Resp lead = http.post("/api/business/leads", sales.token(), map("name", "Audited lead",
                "company_name", unique("PT Audit ")));
        assertThat(lead.status()).as(lead.toString()).isEqualTo(201);
        String leadId = lead.data().get("id").asText();
        JsonNode create = AUDIT.delivered(lead);
        assertThat(create.path("action").asText()).isEqualTo("CREATE");
        assertThat(create.path("resource_id").asText()).isEqualTo(leadId);
        assertThat(create.path("new_values").path("name").asText()).isEqualTo("Audited lead");
        assertThat(create.path("old_values").isMissingNode() || create.path("old_values").isNull()).isTrue();

        Resp renamed = http.put("/api/business/leads/" + leadId, sales.token(), map("name", "Renamed lead"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        JsonNode update = AUDIT.delivered(renamed);
        assertThat(update.path("resource_type").asText()).isEqualTo("lead");
        assertThat(update.path("old_values").path("name").asText()).isEqualTo("Audited lead");
        assertThat(update.path("new_values").path("name").asText()).isEqualTo("Renamed lead");
        assertThat(update.path("new_values").has("company_name")).as("only changed fields").isFalse();

        Resp converted = http.post("/api/business/opportunities/convert-from-lead/" + leadId, sales.token(),
                map("name", "From audited lead"));
        assertThat(converted.status()).as(converted.toString()).isEqualTo(201);
        JsonNode conversion = AUDIT.delivered(converted);
        assertThat(conversion.path("action").asText()).isEqualTo("CREATE");
        assertThat(conversion.path("resource_type").asText()).isEqualTo("opportunity");
        assertThat(conversion.path("resource_id").asText()).isEqualTo(converted.data().get("id").asText());
        assertThat(conversion.path("new_values").path("lead_id").asText()).isEqualTo(leadId);

        Resp other = http.post("/api/business/leads", sales.token(), map("name", "Doomed lead"));
        String otherId = other.data().get("id").asText();
        Resp deleted = http.delete("/api/business/leads/" + otherId, sales.token());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        JsonNode delete = AUDIT.delivered(deleted);
        assertThat(delete.path("action").asText()).isEqualTo("DELETE");
        assertThat(delete.path("resource_id").asText()).isEqualTo(otherId);
        assertThat(delete.path("old_values").path("name").asText()).isEqualTo("Doomed lead");
        assertThat(delete.path("new_values").isMissingNode() || delete.path("new_values").isNull()).isTrue();
    }

    @Test
    void aReplyToACommentCarriesTheReplysFieldsLikeACreate() {
        User sales = user("SALES");
        Resp order = http.post(ORDERS, sales.token(), map("title", unique("Commented "), "customer_id",
                customer("PT Reply"), "sales_user_id", sales.id(), "order_items", List.of(item(1, 100, 0))));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        String comments = ORDERS + "/" + order.data().get("id").asText() + "/comments";
        Resp comment = http.post(comments, sales.token(), map("content", "First word"));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
        String commentId = comment.data().get("id").asText();
        assertThat(AUDIT.delivered(comment).path("new_values").path("content").asText()).isEqualTo("First word");

        Resp reply = http.post(comments + "/" + commentId + "/reply", sales.token(), map("content", "A reply"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode replied = AUDIT.delivered(reply);
        assertThat(replied.path("status").asText()).isEqualTo("success");
        assertThat(replied.path("resource_id").asText()).isEqualTo(commentId);
        assertThat(replied.path("new_values").path("content").asText()).isEqualTo("A reply");
        assertThat(replied.path("new_values").path("id").asText()).isEqualTo(reply.data().get("id").asText());
        assertThat(replied.path("new_values").path("replied_to_comment_id").asText()).isEqualTo(commentId);
        assertThat(replied.path("old_values").isMissingNode() || replied.path("old_values").isNull()).isTrue();
    }
}
