package com.bantu.common.scope.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.persistence.Specs;
import com.bantu.common.scope.DataScope;
import com.bantu.common.scope.Owned;
import com.bantu.common.scope.it.ScopeTestApp.Folder;
import com.bantu.common.scope.it.ScopeTestApp.Folders;
import com.bantu.common.scope.it.ScopeTestApp.Note;
import com.bantu.common.scope.it.ScopeTestApp.Notes;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.test.TestInfrastructure;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scope conditions run as real queries on MariaDB: list and count through {@link Owned}, the parent subquery, a
 * feature's extra rule, and the SQL form on the same rows give the same answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = ScopeTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.application.name=scope-it",
        "bantu.jwt.secret=scope-it-secret-0123456789-0123456789-0123",
        "bantu.security.revocation-store=memory",
        "spring.flyway.enabled=false",
        "spring.jpa.hibernate.ddl-auto=create-drop"})
class OwnedIT {

    static final Owned<Folder> FOLDERS = Owned.<Folder>by("ownerUserId").organization("organizationId");
    static final Owned<Note> NOTES = Owned.<Note>by("createdBy").orParent("folderId", Folder.class, FOLDERS);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_scope_it");
    }

    @Autowired
    Folders folders;
    @Autowired
    Notes notes;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void rows() {
        notes.deleteAll();
        folders.deleteAll();
        folder("a-org1", "alice", "org-1");
        folder("b-org2", "bob", "org-2");
        folder("c-none", "carol", null);
        note("alice-in-a", "a-org1", "alice", false);
        note("bob-in-a", "a-org1", "bob", false);
        note("bob-in-b", "b-org2", "bob", true);
        note("alice-in-c", "c-none", "alice", false);
        note("carol-in-c", "c-none", "carol", false);
    }

    private static DataScope scope(String scope, String user, String org, String... roles) {
        return DataScope.of(new BantuPrincipal(user, user, null, List.of(roles), org, "j",
                Instant.now().plusSeconds(60), "access", 0, List.of(), scope, List.of()));
    }

    private Set<String> folderNames(DataScope s) {
        return folders.findAll(FOLDERS.in(s)).stream().map(f -> f.name).collect(Collectors.toSet());
    }

    private Set<String> noteTexts(Specification<Note> spec) {
        return notes.findAll(spec).stream().map(n -> n.text).collect(Collectors.toSet());
    }

    @Test
    void ownSeesOwnedRowsOnly() {
        DataScope alice = scope(null, "alice", "org-2", "SALES");
        assertThat(folderNames(alice)).containsExactly("a-org1");
        assertThat(folders.count(FOLDERS.in(alice))).isEqualTo(1);
        // notes alice created, and every note of the folders she sees
        assertThat(noteTexts(NOTES.in(alice))).containsExactlyInAnyOrder("alice-in-a", "bob-in-a", "alice-in-c");
    }

    @Test
    void organizationScopeAddsTheOrganizationsRows() {
        DataScope op = scope("org", "dave", "org-2", "OPERATION");
        assertThat(folderNames(op)).containsExactly("b-org2");
        assertThat(noteTexts(NOTES.in(op))).containsExactly("bob-in-b");
        DataScope defaulted = scope(null, "dave", "org-1", "OPERATION");
        assertThat(folderNames(defaulted)).containsExactly("a-org1");
    }

    @Test
    void allAndNone() {
        assertThat(folderNames(scope(null, "root", null, "ADMIN"))).hasSize(3);
        assertThat(noteTexts(NOTES.in(scope(null, "root", null, "ADMIN")))).hasSize(5);
        assertThat(folderNames(scope(null, "alice", "org-1", "AGENT"))).isEmpty();
        assertThat(notes.count(NOTES.in(scope(null, "alice", "org-1")))).isZero();
    }

    @Test
    void combinesWithFiltersAndExtraRules() {
        DataScope carol = scope(null, "carol", null, "SALES");
        Owned<Note> sharedToo = NOTES.or(s -> (root, q, cb) -> cb.isTrue(root.get("shared")));
        assertThat(noteTexts(sharedToo.in(carol))).containsExactlyInAnyOrder("alice-in-c", "carol-in-c", "bob-in-b");
        assertThat(noteTexts(Specification.allOf(sharedToo.in(carol), Specs.eq("folderId", "c-none"))))
                .containsExactlyInAnyOrder("alice-in-c", "carol-in-c");
        // by id: the way a read or write of one record applies the scope (empty = 404)
        String bobInB = notes.findAll(Specs.eq("text", "bob-in-b")).get(0).getId();
        assertThat(notes.findOne(Specification.allOf(Specs.eq("id", bobInB), NOTES.in(carol)))).isEmpty();
        assertThat(notes.findOne(Specification.allOf(Specs.eq("id", bobInB), sharedToo.in(carol)))).isPresent();
    }

    @Test
    void sqlFormMatchesTheJpaForm() {
        for (DataScope s : List.of(scope(null, "alice", "org-2", "SALES"), scope("org", "dave", "org-2", "SALES"),
                scope(null, "x", null, "AGENT"), scope(null, "root", null, "ADMIN"))) {
            DataScope.Sql sql = s.sql("organization_id", "owner_user_id");
            List<String> viaSql = jdbc.queryForList("SELECT name FROM scope_it_folders"
                    + (sql == null ? "" : " WHERE " + sql.condition()), String.class,
                    sql == null ? new Object[0] : sql.args().toArray());
            assertThat(Set.copyOf(viaSql)).as(s.toString()).isEqualTo(folderNames(s));
        }
    }

    private void folder(String name, String owner, String org) {
        Folder f = new Folder();
        f.setId(name);
        f.name = name;
        f.ownerUserId = owner;
        f.organizationId = org;
        folders.saveAndFlush(f);
    }

    private void note(String text, String folderId, String creator, boolean shared) {
        Note n = new Note();
        n.text = text;
        n.folderId = folderId;
        n.createdBy = creator;
        n.shared = shared;
        notes.saveAndFlush(n);
    }
}
