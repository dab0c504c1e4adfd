package com.bantu.servicemanagement.lookup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class CustomerChannelService extends LookupService<CustomerChannel> {

    public CustomerChannelService(CustomerChannelRepository repo, JdbcTemplate jdbc) {
        super(repo, CustomerChannel::new, jdbc, "channel_id", "客户渠道不存在");
    }
}
