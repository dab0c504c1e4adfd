package com.bantu.analytics.alert;

import com.bantu.analytics.config.MonitoringProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Mail to the configured recipients through Spring's mail support ({@code spring.mail.*}). */
@Component
@ConditionalOnProperty(name = "bantu.monitoring.alerts.mail.enabled", havingValue = "true")
public class MailAlertChannel implements AlertChannel {

    private final JavaMailSender sender;
    private final MonitoringProperties.Mail props;
    private final String host;

    public MailAlertChannel(ObjectProvider<JavaMailSender> sender, MonitoringProperties props, AlertHost host) {
        this.props = props.alerts().mail();
        this.sender = sender.getIfAvailable();
        this.host = host.name();
        if (this.sender == null) {
            throw new IllegalStateException("bantu.monitoring.alerts.mail.enabled is true but no mail server is "
                    + "configured: set SPRING_MAIL_HOST (and SPRING_MAIL_PORT/USERNAME/PASSWORD as needed)");
        }
        if (this.props.recipients().isEmpty()) {
            throw new IllegalStateException("bantu.monitoring.alerts.mail.enabled is true but "
                    + "BANTU_ALERT_MAIL_RECIPIENTS is empty");
        }
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public void send(AlertView alert) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(props.from());
        mail.setTo(props.recipients().toArray(String[]::new));
        mail.setSubject("[BANTU CRM] " + alert.level() + ": " + alert.title());
        mail.setText(alert.message() + "\n\n"
                + "metric:    " + alert.metric() + "\n"
                + "value:     " + alert.value() + " %\n"
                + "threshold: " + alert.threshold() + " %\n"
                + "level:     " + alert.level() + "\n"
                + "host:      " + host + "\n"
                + "raised at: " + alert.createdAt() + "\n"
                + "alert id:  " + alert.id() + "\n");
        sender.send(mail);
    }
}
