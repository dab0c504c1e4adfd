package com.bantu.servicemanagement.lookup;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Where a customer came from (exhibition, referral, website...). */
@Entity
@Table(name = "customer_sources")
public class CustomerSource extends LookupEntity {
}
