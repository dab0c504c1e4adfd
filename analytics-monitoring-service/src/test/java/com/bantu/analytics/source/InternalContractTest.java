package com.bantu.analytics.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.analytics.analytics.CustomerTrend;
import com.bantu.analytics.analytics.CustomersSummary;
import com.bantu.analytics.analytics.OrganizationSummary;
import com.bantu.analytics.analytics.ServiceRecordStatistics;
import com.bantu.analytics.analytics.UserActivity;
import com.bantu.common.test.InternalContract;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * analytics' records against the producers' real answers: foundation's and service-management's integration tests
 * record what their real {@code /internal/stats/**} endpoints answered (common-lib's {@link InternalContract}); the
 * reactor builds them before this module. Each answer must parse into the record {@link SourceClient} uses with no
 * unknown field, and the record written back must be the same JSON: a field renamed, added or dropped on either side
 * fails here.
 */
class InternalContractTest {

    /** Like the services' mapper, but strict: an unknown or missing field is an error, not a default. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private static final Path ROOT = Path.of(System.getProperty("bantu.repo.root", "..")).toAbsolutePath()
            .normalize();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "foundation-service, /internal/stats/users, UserActivity",
            "foundation-service, /internal/stats/organizations, OrganizationSummary",
            "service-management-service, /internal/stats/customers, CustomersSummary",
            "service-management-service, /internal/stats/customers/trend?period=day, CustomerTrend",
            "service-management-service, /internal/stats/customers/trend?period=week, CustomerTrend",
            "service-management-service, /internal/stats/customers/trend?period=month, CustomerTrend",
            "service-management-service, /internal/stats/service-records, ServiceRecordStatistics"})
    void theProducersRealAnswerIsExactlyTheConsumersRecord(String producer, String path, String record) {
        Class<?> type = switch (record) {
            case "UserActivity" -> UserActivity.class;
            case "OrganizationSummary" -> OrganizationSummary.class;
            case "CustomersSummary" -> CustomersSummary.class;
            case "CustomerTrend" -> CustomerTrend.class;
            case "ServiceRecordStatistics" -> ServiceRecordStatistics.class;
            default -> throw new IllegalArgumentException(record);
        };
        JsonNode envelope = STRICT.readTree(InternalContract.read(ROOT, producer, path));
        assertThat(envelope.get("code").asInt()).isEqualTo(200);
        JsonNode data = envelope.get("data");
        assertThat(data.isObject()).as("data of " + path).isTrue();

        Object parsed = STRICT.treeToValue(data, type);
        JsonNode back = STRICT.readTree(STRICT.writeValueAsString(parsed));
        assertThat(back).as("%s as %s and back", path, record).isEqualTo(STRICT.readTree(data.toString()));
        assertThat(data.toString()).as("real data, not an empty answer").matches(".*[1-9].*");
    }
}
