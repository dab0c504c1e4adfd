package com.bantu.foundation.config;

import com.bantu.foundation.user.UserDirectoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Gives the seeded admin a password on first start. The password comes from {@code BANTU_ADMIN_PASSWORD};
 * the local profile uses the documented development password and prints it. Without either, a start
 * with a password-less admin fails with a message naming the variable.
 */
@Component
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    /** the original's development password, used by the local profile only. */
    private static final String DEV_PASSWORD = "Admin@123456";

    private final UserDirectoryService users;
    private final PasswordEncoder encoder;
    private final String email;
    private final String password;
    private final boolean printPassword;

    public AdminBootstrap(UserDirectoryService users, PasswordEncoder encoder,
                          @Value("${bantu.admin.email:admin@bantu.sbs}") String email,
                          @Value("${bantu.admin.password:}") String password,
                          @Value("${bantu.admin.print-password:false}") boolean printPassword) {
        this.users = users;
        this.encoder = encoder;
        this.email = email;
        this.password = password;
        this.printPassword = printPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean initialised = users.setFirstPassword(email, () -> {
            if (password == null || password.isBlank()) {
                throw new IllegalStateException("BANTU_ADMIN_PASSWORD is not set: the seeded admin " + email
                        + " has no password yet. Set it (at least 8 characters) for the first start.");
            }
            if (password.length() < 8) {
                throw new IllegalStateException("BANTU_ADMIN_PASSWORD must be at least 8 characters");
            }
            return encoder.encode(password);
        });
        if (initialised) {
            log.info("Admin account {} initialised from configuration", email);
        }
        if (printPassword) {
            if (DEV_PASSWORD.equals(password)) {
                log.info("Local profile: sign in as {} with the documented development password {}", email,
                        DEV_PASSWORD);
            } else {
                log.info("Local profile: sign in as {} with the password from BANTU_ADMIN_PASSWORD", email);
            }
        }
    }
}
