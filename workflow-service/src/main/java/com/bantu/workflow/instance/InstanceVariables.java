package com.bantu.workflow.instance;

import com.bantu.common.error.FieldError;
import com.bantu.common.error.ValidationException;
import com.bantu.workflow.config.WorkflowProperties;
import com.bantu.workflow.process.Vars;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks and prepares the variables an instance starts with. For {@code order_approval}: {@code order_number},
 * {@code final_amount} (≥ 0) and {@code currency_code} are required; {@code idr_amount} is the amount in IDR (equal
 * to {@code final_amount} for IDR orders); without it a foreign-currency order is sent to FINANCE as well, because
 * its size is unknown here. Money is kept as scale-2 decimal strings inside the engine and shown as numbers.
 */
@Component
public class InstanceVariables {

    public static final String ORDER_APPROVAL = "order_approval";

    private final WorkflowProperties props;
    private final JsonMapper json;

    public InstanceVariables(WorkflowProperties props, JsonMapper json) {
        this.props = props;
        this.json = json;
    }

    /** The variables to store in the engine (caller's plus derived ones); 400 naming {@code variables.<name>}. */
    public Map<String, Object> prepare(String code, Map<String, Object> in) {
        Map<String, Object> vars = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (in != null) {
            in.forEach((k, v) -> {
                if (Vars.RESERVED.contains(k)) {
                    errors.add(new FieldError("variables." + k, "is set by the service"));
                } else if (v != null && !(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                    errors.add(new FieldError("variables." + k, "must be a string, number or boolean"));
                } else if (k.length() > 100) {
                    errors.add(new FieldError("variables", "names are at most 100 characters"));
                } else {
                    vars.put(k, v);
                }
            });
        }
        if (ORDER_APPROVAL.equals(code)) {
            order(vars, errors);
        } else {
            vars.put(Vars.NEEDS_FINANCE, false);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        vars.put(Vars.REVIEW_DUE, props.reviewDue());
        return vars;
    }

    private void order(Map<String, Object> vars, List<FieldError> errors) {
        Object number = vars.get(Vars.ORDER_NUMBER);
        if (!(number instanceof String s) || s.isBlank()) {
            errors.add(new FieldError("variables.order_number", "is required"));
        }
        BigDecimal amount = money(vars, Vars.FINAL_AMOUNT, true, errors);
        Object currency = vars.get(Vars.CURRENCY_CODE);
        if (!(currency instanceof String c) || !c.trim().matches("[A-Za-z]{3}")) {
            errors.add(new FieldError("variables.currency_code", "must be a 3-letter currency code"));
        } else {
            vars.put(Vars.CURRENCY_CODE, c.trim().toUpperCase());
        }
        BigDecimal idr = money(vars, Vars.IDR_AMOUNT, false, errors);
        for (String id : List.of(Vars.SALES_USER_ID, Vars.ORGANIZATION_ID)) {
            Object v = vars.get(id);
            if (v != null && !(v instanceof String s && s.length() <= 36)) {
                errors.add(new FieldError("variables." + id, "must be an id string"));
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        if (idr == null && "IDR".equals(vars.get(Vars.CURRENCY_CODE))) {
            idr = amount;
            vars.put(Vars.IDR_AMOUNT, amount.toPlainString());
        }
        vars.put(Vars.NEEDS_FINANCE, idr == null || idr.compareTo(props.financeThresholdIdr()) > 0);
    }

    private static BigDecimal money(Map<String, Object> vars, String name, boolean required, List<FieldError> errors) {
        Object v = vars.get(name);
        if (v == null) {
            if (required) {
                errors.add(new FieldError("variables." + name, "is required"));
            }
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.toString().trim()).setScale(2, RoundingMode.HALF_UP);
            if (d.signum() < 0 || d.precision() > 18) {
                errors.add(new FieldError("variables." + name, "must be between 0 and 9999999999999999.99"));
                return null;
            }
            vars.put(name, d.toPlainString());
            return d;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("variables." + name, "must be a number"));
            return null;
        }
    }

    /** What the API shows: the caller-visible variables, money as numbers. */
    public Map<String, Object> shown(Map<String, Object> vars) {
        Map<String, Object> out = new LinkedHashMap<>();
        vars.forEach((k, v) -> {
            if (Vars.REVIEW_DUE.equals(k) || Vars.WORKFLOW_INSTANCE_ID.equals(k) || Vars.BUSINESS_TYPE.equals(k)
                    || Vars.BUSINESS_ID.equals(k)) {
                return;
            }
            out.put(k, Vars.MONEY.contains(k) && v != null ? new BigDecimal(v.toString()) : v);
        });
        return out;
    }

    public String toJson(Map<String, Object> vars) {
        return json.writeValueAsString(vars);
    }

    public Map<String, Object> fromJson(String s) {
        if (s == null || s.isBlank()) {
            return Map.of();
        }
        return shown(json.readValue(s, new TypeReference<Map<String, Object>>() { }));
    }
}
