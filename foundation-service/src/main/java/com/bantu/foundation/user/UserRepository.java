package com.bantu.foundation.user;

import com.bantu.common.persistence.BaseRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends BaseRepository<User> {

    Optional<User> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByUsernameIgnoreCase(String username);

    long countByDeletedAtIsNull();

    long countByDeletedAtIsNullAndLastLoginAtAfter(LocalDateTime since);

    long countByDeletedAtIsNullAndLastLoginAtIsNull();

    @Query("select r.code, count(u) from User u join u.roles r where u.deletedAt is null group by r.code")
    List<Object[]> countByRole();
}
