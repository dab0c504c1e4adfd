package com.bantu.servicemanagement.customer;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface CustomerDocumentRepository extends BaseRepository<CustomerDocument> {

    List<CustomerDocument> findByCustomerIdOrderByCreatedAtAscIdAsc(String customerId);
}
