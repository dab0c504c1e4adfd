package com.bantu.common.test.archfixture.orders;

import org.springframework.data.repository.Repository;

public interface OrderRepository extends Repository<Object, String> {
}
