package com.bantu.common.scope.it;

import com.bantu.common.persistence.BaseEntity;
import com.bantu.common.persistence.BaseRepository;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Two owned entities for {@link OwnedIT}: a folder (owner, organization) and its notes (creator, folder). */
@SpringBootApplication
@EnableJpaRepositories(considerNestedRepositories = true)
public class ScopeTestApp {

    @Entity
    @Table(name = "scope_it_folders")
    public static class Folder extends BaseEntity {
        public String name;
        public String ownerUserId;
        public String organizationId;
    }

    @Entity
    @Table(name = "scope_it_notes")
    public static class Note extends BaseEntity {
        public String text;
        public String folderId;
        public String createdBy;
        public boolean shared;
    }

    public interface Folders extends BaseRepository<Folder> {
    }

    public interface Notes extends BaseRepository<Note> {
    }
}
