package com.bantu.servicemanagement.lookup;

import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "customer sources")
@RestController
@RequestMapping("/api/service-management/customer-sources")
@PreAuthorize(Roles.REFERENCE_VIEW)
public class CustomerSourceController extends LookupController {

    public CustomerSourceController(CustomerSourceService service) {
        super(service, "客户来源");
    }
}
