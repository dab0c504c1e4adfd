package com.bantu.servicemanagement.customer;

import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.security.CurrentUser;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payment stages of a customer ({@code /customers/{id}/payment-stages}); {@code remaining = amount - paid}. */
@Service
public class PaymentStageService {

    public static final String NOT_FOUND = "付款阶段不存在";

    private final PaymentStageRepository stages;
    private final CustomerService customers;
    private final JdbcTemplate jdbc;

    public PaymentStageService(PaymentStageRepository stages, CustomerService customers, JdbcTemplate jdbc) {
        this.stages = stages;
        this.customers = customers;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PaymentStageResponse> list(String customerId) {
        customers.require(customerId);
        return stages.findByCustomerIdOrderByStageNumberAscCreatedAtAsc(customerId).stream()
                .map(PaymentStageMapper::toResponse).toList();
    }

    @Transactional(readOnly = true)
    public PaymentStageResponse get(String customerId, String id) {
        customers.require(customerId);
        return PaymentStageMapper.toResponse(find(customerId, id));
    }

    @Transactional
    public PaymentStageResponse create(String customerId, CreatePaymentStageRequest body) {
        UpdatePaymentStageRequest r = body.asUpdate();
        customers.require(customerId);
        PaymentStage s = new PaymentStage();
        s.customerId = customerId;
        s.createdBy = CurrentUser.id();
        apply(r, s);
        stages.saveAndFlush(s);
        return PaymentStageMapper.toResponse(s);
    }

    @Transactional
    public PaymentStageResponse update(String customerId, String id, UpdatePaymentStageRequest r) {
        customers.require(customerId);
        PaymentStage s = find(customerId, id);
        apply(r, s);
        stages.saveAndFlush(s);
        return PaymentStageMapper.toResponse(s);
    }

    @Transactional
    public void delete(String customerId, String id) {
        customers.require(customerId);
        stages.delete(find(customerId, id));
    }

    private void apply(UpdatePaymentStageRequest r, PaymentStage s) {
        if (r.serviceRecordId() != null) {
            Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM service_records WHERE id = ? AND customer_id = ?",
                    Integer.class, r.serviceRecordId(), s.customerId);
            if (n == null || n == 0) {
                throw ValidationException.of("service_record_id", "service record of this customer does not exist");
            }
        }
        PaymentStageMapper.apply(r, s);
        if (s.paidAmount.compareTo(s.amount) > 0) {
            throw ValidationException.of("paid_amount", "must not exceed amount");
        }
        s.remainingAmount = s.amount.subtract(s.paidAmount);
        s.updatedBy = CurrentUser.id();
    }

    private PaymentStage find(String customerId, String id) {
        return stages.findById(id).filter(s -> s.customerId.equals(customerId))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}
