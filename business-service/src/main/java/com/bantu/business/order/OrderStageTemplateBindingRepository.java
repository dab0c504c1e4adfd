package com.bantu.business.order;

import com.bantu.common.persistence.BaseRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderStageTemplateBindingRepository extends BaseRepository<OrderStageTemplateBinding> {

    List<OrderStageTemplateBinding> findByServiceTypeIdIn(Collection<String> serviceTypeIds);

    List<OrderStageTemplateBinding> findAllByOrderByTemplateCodeAscServiceTypeIdAsc();

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from OrderStageTemplateBinding b where b.templateCode = :code")
    int unbindTemplate(@Param("code") String templateCode);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from OrderStageTemplateBinding b where b.serviceTypeId in :types")
    int unbindServiceTypes(@Param("types") Collection<String> serviceTypeIds);
}
