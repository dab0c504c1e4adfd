package com.bantu.business.lead;

import java.util.List;

public record DuplicateResponse(boolean hasDuplicate, List<LeadResponse> duplicates, Double similarityScore) {
}
