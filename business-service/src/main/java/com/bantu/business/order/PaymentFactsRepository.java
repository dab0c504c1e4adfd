package com.bantu.business.order;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentFactsRepository extends JpaRepository<PaymentFacts, String> {
}
