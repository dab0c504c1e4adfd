package com.bantu.servicemanagement.lookup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class CustomerSourceService extends LookupService<CustomerSource> {

    public CustomerSourceService(CustomerSourceRepository repo, JdbcTemplate jdbc) {
        super(repo, CustomerSource::new, jdbc, "source_id", "客户来源不存在");
    }
}
