package com.bantu.servicemanagement.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.bantu.servicemanagement.IntegrationTestBase;
import com.bantu.servicemanagement.lookup.CreateLookupRequest;
import com.bantu.servicemanagement.lookup.CustomerChannelService;
import com.bantu.servicemanagement.lookup.CustomerSourceService;
import com.bantu.servicemanagement.support.ImportProvenance;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CustomerRows} reads customers with SQL: every field of every row must equal what JPA loads from the same row,
 * and the names joined in must be the ones the lookup tables hold. The customer under test has every field of the
 * entity set, by reflection, so a field added to {@link Customer} without a column in {@link Customer#fromRow} fails
 * here. Compared in this JVM's time zone and again in one far from UTC, where the timestamp conversion shows.
 */
class CustomerRowsIT extends IntegrationTestBase {

    @Autowired
    CustomerRows rows;
    @Autowired
    CustomerRepository customers;
    @Autowired
    CustomerSourceService sources;
    @Autowired
    CustomerChannelService channels;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyFieldEqualsWhatJpaLoads() throws Exception {
        Customer parent = save(new Customer(), c -> c.name = unique("Parent "));
        String source = sources.create(lookup("Source")).id();
        String channel = channels.create(lookup("Channel")).id();
        Map<String, Object> industry = jdbc.queryForMap("SELECT id, name_zh, name_id FROM industries LIMIT 1");
        Map<String, Object> level = jdbc.queryForMap("SELECT code, name_zh, name_id FROM customer_levels LIMIT 1");
        Customer full = save(filled(), c -> {
            c.parentCustomerId = parent.getId();
            c.sourceId = source;
            c.channelId = channel;
            c.industryId = (String) industry.get("id");
            c.level = (String) level.get("code");
            c.customerSourceType = "agent";
            c.customerType = "organization";
        });
        Customer bare = save(new Customer(), c -> {
            c.name = unique("Bare ");
            c.sourceName = "typed source";
            c.channelName = "typed channel";
            c.parentName = "typed parent";
            c.level = "no-such-level";
        });

        TimeZone zone = TimeZone.getDefault();
        try {
            for (String id : new String[] {"UTC", "Asia/Jakarta", "America/New_York"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(id));
                for (Customer c : List.of(full, bare, parent)) {
                    assertSameFields(rows.byIds(List.of(c.getId())).get(0).customer(), jpa(c.getId()), id);
                }
            }
        } finally {
            TimeZone.setDefault(zone);
        }

        DisplayNames names = rows.byIds(List.of(full.getId())).get(0).names();
        assertThat(names).isEqualTo(new DisplayNames(parent.name, sources.get(source).name(),
                channels.get(channel).name(), null, null, null, (String) industry.get("name_zh"),
                (String) industry.get("name_id"), (String) level.get("name_zh"), (String) level.get("name_id")));
        assertThat(rows.byIds(List.of(bare.getId())).get(0).names()).isEqualTo(new DisplayNames("typed parent",
                "typed source", "typed channel", null, null, null, null, null, null, null));
    }

    @Test
    void byIdsAnswersInTheOrderAskedAndSkipsUnknownIds() {
        Customer a = save(new Customer(), c -> c.name = unique("A "));
        Customer b = save(new Customer(), c -> c.name = unique("B "));
        assertThat(rows.byIds(List.of(b.getId(), "no-such-id", a.getId())))
                .extracting(r -> r.customer().getId()).containsExactly(b.getId(), a.getId());
        assertThat(rows.byIds(List.of())).isEmpty();
    }

    private Customer save(Customer c, java.util.function.Consumer<Customer> setUp) {
        if (c.name == null) {
            c.name = unique("Customer ");
        }
        c.code = unique("ROWS-");
        setUp.accept(c);
        return transactions.execute(s -> customers.saveAndFlush(c));
    }

    private Customer jpa(String id) {
        return transactions.execute(s -> customers.findById(id).orElseThrow());
    }

    private static CreateLookupRequest lookup(String kind) {
        return new CreateLookupRequest(null, unique(kind + " "), null, null, null, null, null);
    }

    /** A customer with every field of the entity and its superclasses set (id, version and timestamps by JPA). */
    private static Customer filled() throws Exception {
        Customer c = new Customer();
        int n = 0;
        for (Field f : fields(Customer.class)) {
            n++;
            Class<?> type = f.getType();
            if (List.of("id", "version", "createdAt", "updatedAt").contains(f.getName())) {
                continue;
            }
            Object value;
            if (type == String.class) {
                value = (f.getName() + "-" + unique("")).substring(0, Math.min(36, f.getName().length() + 9));
            } else if (type == LocalDateTime.class) {
                value = LocalDateTime.of(2024, 3, 10, 2, 30).plusHours(n);
            } else if (type == boolean.class) {
                value = !(boolean) f.get(c);
            } else if (type == List.class) {
                value = new ArrayList<>(List.of("tag-" + n, "tag-" + (n + 1)));
            } else if (type == ImportProvenance.class) {
                value = new ImportProvenance("ext-" + unique(""), "owner-ext", "Owner", "creator-ext", "Creator",
                        "editor-ext", "Editor", LocalDateTime.of(2020, 1, 2, 3, 4, 5),
                        LocalDateTime.of(2020, 6, 7, 8, 9, 10), LocalDateTime.of(2021, 11, 12, 13, 14, 15), "crm",
                        "linked-ext");
            } else {
                fail("CustomerRowsIT cannot fill a field of type " + type + ": " + f.getName());
                return c;
            }
            f.set(c, value);
        }
        c.idempotencyKey = unique("key-");
        return c;
    }

    private static void assertSameFields(Customer sql, Customer jpa, String zone) throws Exception {
        for (Field f : fields(Customer.class)) {
            Object a = f.get(sql);
            Object b = f.get(jpa);
            if (b instanceof ImportProvenance p && a instanceof ImportProvenance q) {
                for (RecordComponent rc : ImportProvenance.class.getRecordComponents()) {
                    assertThat(rc.getAccessor().invoke(q)).as(zone + ": provenance." + rc.getName())
                            .isEqualTo(rc.getAccessor().invoke(p));
                }
            }
            assertThat(a).as(zone + ": " + f.getName()).isEqualTo(b);
        }
    }

    /** The persistent fields of the class and its mapped superclasses. */
    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> t = type; t != Object.class; t = t.getSuperclass()) {
            for (Field f : t.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    f.setAccessible(true);
                    out.add(f);
                }
            }
        }
        return out;
    }
}
