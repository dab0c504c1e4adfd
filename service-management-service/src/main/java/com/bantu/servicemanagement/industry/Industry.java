package com.bantu.servicemanagement.industry;

import com.bantu.servicemanagement.support.ReferenceEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A customer industry (reference data, seeded; bilingual names). */
@Entity
@Table(name = "industries")
public class Industry extends ReferenceEntity {
}
