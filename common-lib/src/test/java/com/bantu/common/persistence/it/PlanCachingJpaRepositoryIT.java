package com.bantu.common.persistence.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.common.persistence.PlanCachingJpaRepository;
import com.bantu.common.scope.it.ScopeTestApp;
import com.bantu.common.scope.it.ScopeTestApp.Folder;
import com.bantu.common.scope.it.ScopeTestApp.Folders;
import com.bantu.common.test.TestInfrastructure;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every Spring Data JPA repository runs on {@link PlanCachingJpaRepository}: IN-list reads on MariaDB return exactly
 * the rows asked for (padded, chunked, with repeats, nulls and unknown values), and a second read of the same size
 * is served from Hibernate's query plan cache.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = ScopeTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.application.name=plan-cache-it",
        "bantu.jwt.secret=plan-cache-it-secret-0123456789-0123456789",
        "bantu.security.revocation-store=memory",
        "spring.flyway.enabled=false",
        "spring.jpa.hibernate.ddl-auto=create-drop",
        "spring.jpa.properties.hibernate.generate_statistics=true"})
class PlanCachingJpaRepositoryIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_plan_cache_it");
    }

    @Autowired
    Folders folders;
    @Autowired
    EntityManagerFactory emf;

    final List<String> ids = new ArrayList<>();

    @BeforeAll
    void rows() {
        folders.deleteAllInBatch();
        List<Folder> all = IntStream.range(0, 600).mapToObj(i -> {
            Folder f = new Folder();
            f.name = "folder-" + i;
            f.ownerUserId = i % 2 == 0 ? "even" : "odd";
            return f;
        }).toList();
        folders.saveAll(all).forEach(f -> ids.add(f.getId()));
    }

    @Test
    void theRepositoriesRunOnTheBaseClass() throws Exception {
        assertThat(((Advised) folders).getTargetSource().getTarget()).isInstanceOf(PlanCachingJpaRepository.class);
    }

    @Test
    void findAllByIdAnswersExactlyTheRowsAskedFor() {
        for (int n : new int[] {0, 1, 2, 3, 5, 8, 20, 513, 600}) {
            List<String> wanted = ids.subList(0, n);
            assertThat(folders.findAllById(wanted)).extracting(Folder::getId)
                    .as("%d ids", n).containsExactlyInAnyOrderElementsOf(wanted);
        }
        List<String> messy = Arrays.asList(ids.get(3), null, "no-such-id", ids.get(3), ids.get(7));
        assertThat(folders.findAllById(messy)).extracting(Folder::getId)
                .containsExactlyInAnyOrder(ids.get(3), ids.get(7));
    }

    @Test
    void findAllWhereInReadsByAnotherAttribute() {
        assertThat(folders.findAllWhereIn("name", List.of("folder-1", "folder-4", "folder-none")))
                .extracting(f -> f.name).containsExactlyInAnyOrder("folder-1", "folder-4");
        assertThat(folders.findAllWhereIn("ownerUserId", List.of("odd"))).hasSize(300);
        assertThat(folders.findAllWhereIn("name", List.of())).isEmpty();
        assertThatThrownBy(() -> folders.findAllWhereIn("name) or (1=1", List.of("x")))
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessageContaining("Not an attribute name");
    }

    /** Spring Data's own findAllById binds a list, a query Hibernate re-translates on every call: no cache hit. */
    @Test
    void aSecondReadOfTheSameSizeIsServedFromThePlanCache() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        folders.findAllById(ids.subList(10, 13));
        long hits = stats.getQueryPlanCacheHitCount();
        folders.findAllById(ids.subList(20, 24));
        assertThat(stats.getQueryPlanCacheHitCount()).isGreaterThan(hits);
    }
}
