package org.probation.sampling.remotewrite;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A remote-write mapping as an operator writes it, and a policy that lifts after a few seconds of clean samples, so a
 * real Prometheus can lift an incident on wall-clock time within a test.
 */
public class RemoteWriteProfile implements QuarkusTestProfile {

    public static final String POLICY = "remote-fast";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        String rw = "probation.remote-write.";
        config.put(rw + "metrics.cpu_load.series", "account_cpu_load");
        config.put(rw + "metrics.mail_sent_per_hour.series", "account_mail_sent_per_hour");
        config.put(rw + "metrics.mail_sent_per_hour.labels.job", "fleet");
        config.put(rw + "max-uncompressed-size", "64K");
        // Small enough for a body over it to stay under max-uncompressed-size.
        config.put("probation.ingest.max-batch", "1000");
        config.put("probation.evaluation.every", "1s");

        String policy = "probation.policies." + POLICY + ".";
        config.put(policy + "sample-interval", "1s");
        config.put(policy + "min-coverage", "0.5");
        config.put(policy + "min-monitoring", "3s");
        config.put(policy + "max-monitoring", "300s");
        config.put(policy + "no-data-after", "60s");
        config.put(policy + "gates.mail_sent_per_hour.clean", "100");
        config.put(policy + "gates.mail_sent_per_hour.relapse", "500");
        config.put(policy + "gates.cpu_load.clean", "0.8");
        config.put(policy + "gates.cpu_load.relapse", "2.0");
        config.put(policy + "stages[0].name", "foreign-blocked");
        config.put(policy + "stages[0].clean-window", "3s");
        config.put(policy + "stages[0].controls.web-foreign", "block");
        config.put(policy + "checklist[0].key", "recaptcha");
        config.put(policy + "checklist[0].ja", "reCAPTCHA を導入しました");
        config.put(policy + "checklist[0].en", "Introduced reCAPTCHA");
        return config;
    }
}
