package com.bantu.business.lead;

import jakarta.validation.constraints.Size;

public record ConvertToCustomerRequest(@Size(max = 255) String customerName, @Size(max = 255) String contactName) {
}
