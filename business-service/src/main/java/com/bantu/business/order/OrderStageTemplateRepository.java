package com.bantu.business.order;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderStageTemplateRepository extends BaseRepository<OrderStageTemplate> {

    List<OrderStageTemplate> findByTemplateCodeAndIsActiveTrueOrderByStageOrderAsc(String templateCode);

    List<OrderStageTemplate> findAllByOrderByTemplateCodeAscStageOrderAsc();

    boolean existsByTemplateCode(String templateCode);

    /** Bulk delete, run at once: a template's stages are replaced within one transaction without key clashes. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from OrderStageTemplate t where t.templateCode = :code")
    int deleteTemplate(@Param("code") String templateCode);
}
