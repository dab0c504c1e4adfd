package com.bantu.analytics.alert;

import com.bantu.common.persistence.BaseRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AlertRepository extends BaseRepository<Alert> {

    Optional<Alert> findByOpenMetric(String metric);

    List<Alert> findByStatusInOrderByCreatedAtDesc(Collection<AlertStatus> statuses);
}
