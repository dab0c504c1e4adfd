package com.bantu.business.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "customer_levels")
public class CustomerLevel extends ReferenceEntry {
}
