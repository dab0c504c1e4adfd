package com.bantu.business.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "follow_up_statuses")
public class FollowUpStatus extends ReferenceEntry {
}
