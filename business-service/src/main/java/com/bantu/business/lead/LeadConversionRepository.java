package com.bantu.business.lead;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadConversionRepository extends JpaRepository<LeadConversion, String> {
}
