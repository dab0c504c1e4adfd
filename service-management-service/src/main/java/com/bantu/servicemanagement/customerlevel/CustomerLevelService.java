package com.bantu.servicemanagement.customerlevel;

import com.bantu.servicemanagement.support.ReferenceReads;
import org.springframework.stereotype.Service;

/** Customer level names by code ({@link #byCodes}), from the local read-only copy. */
@Service
public class CustomerLevelService extends ReferenceReads<CustomerLevel> {

    public CustomerLevelService(CustomerLevelRepository levels) {
        super(levels);
    }
}
