package com.bantu.servicemanagement.lookup;

public interface CustomerSourceRepository extends LookupRepository<CustomerSource> {
}
