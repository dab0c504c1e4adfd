package com.bantu.servicemanagement.lookup;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Through which channel a customer is served (WeChat, WhatsApp, walk-in...). */
@Entity
@Table(name = "customer_channels")
public class CustomerChannel extends LookupEntity {
}
