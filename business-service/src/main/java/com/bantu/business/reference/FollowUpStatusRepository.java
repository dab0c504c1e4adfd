package com.bantu.business.reference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpStatusRepository extends JpaRepository<FollowUpStatus, String> {

    List<FollowUpStatus> findByIsActiveTrueOrderBySortOrder();
}
