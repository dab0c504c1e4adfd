package com.bantu.servicemanagement.customer;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A document of a customer (passport, visa, licence...): its metadata and the file reference. Fields are package-private: only this feature package reads and writes them. */
@Entity
@Table(name = "customer_documents")
public class CustomerDocument extends BaseEntity {

    String customerId;
    String customerName;
    String documentType;
    String documentName;
    String documentNumber;
    String issuingCountry;
    String issuingAuthority;
    LocalDate issueDate;
    LocalDate expiryDate;
    boolean isValid = true;
    String fileUrl;
    String filePath;
    String fileName;
    Long fileSize;
    String fileType;
    String thumbnailUrl;
    String fullName;
    String firstName;
    String lastName;
    LocalDate dateOfBirth;
    String gender;
    String nationality;
    String placeOfBirth;
    String address;
    String city;
    String province;
    String country;
    String postalCode;
    String phone;
    String email;
    String status = "active";
    String notes;
    boolean isPrimary;
    boolean isVerified;
    String verifiedBy;
    LocalDateTime verifiedAt;
    String createdBy;
    String updatedBy;
}
