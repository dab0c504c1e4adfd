package com.bantu.business.reference;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerLevelRepository extends JpaRepository<CustomerLevel, String> {

    List<CustomerLevel> findByIsActiveTrueOrderBySortOrder();

    Optional<CustomerLevel> findByCode(String code);

    List<CustomerLevel> findByCodeIn(Collection<String> codes);
}
