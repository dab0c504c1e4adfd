package com.bantu.servicemanagement.support;

/**
 * Bean-validation group for rules that hold only when a record is created (required fields). One request record
 * serves create and partial update: create validates {@code Default + OnCreate}, update only {@code Default}.
 */
public interface OnCreate {
}
