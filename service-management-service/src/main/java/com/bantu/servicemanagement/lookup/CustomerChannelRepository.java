package com.bantu.servicemanagement.lookup;

public interface CustomerChannelRepository extends LookupRepository<CustomerChannel> {
}
