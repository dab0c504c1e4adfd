package com.bantu.business.lead;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

public record ConvertToOpportunityRequest(@Size(max = 255) String opportunityName, BigDecimal amount) {
}
