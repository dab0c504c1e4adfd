package com.bantu.business.order;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface OrderStageTemplateRepository extends BaseRepository<OrderStageTemplate> {

    List<OrderStageTemplate> findByTemplateCodeAndIsActiveTrueOrderByStageOrderAsc(String templateCode);
}
