package dev.leadkit.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks leadkit's two secrets wherever Actuator shows a property: by key ({@code leadkit.client.endpoint},
 * {@code leadkit.receiver.token}, in any relaxed spelling), and by value, so the environment variable or other
 * property that feeds a secret is masked as well. Boot masks every value unless {@code show-values} is changed;
 * this holds when it is.
 */
final class LeadkitSecrets implements SanitizingFunction {
    private final LeadkitProperties properties;

    LeadkitSecrets(LeadkitProperties properties) {
        this.properties = properties;
    }

    @Override
    public SanitizableData apply(SanitizableData data) {
        if (data.getValue() == null) {
            return data;
        }
        if (isSecretKey(data.getKey()) || holdsSecret(String.valueOf(data.getValue()))) {
            return data.withSanitizedValue();
        }
        return data;
    }

    private static boolean isSecretKey(String key) {
        String k = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
        return k.endsWith("leadkitclientendpoint") || k.endsWith("leadkitreceivertoken");
    }

    private boolean holdsSecret(String value) {
        for (String secret : secrets()) {
            if (value.contains(secret)) {
                return true;
            }
        }
        return false;
    }

    private List<String> secrets() {
        List<String> secrets = new ArrayList<>(2);
        String endpoint = properties.getClient().getEndpoint();
        if (endpoint != null && !endpoint.isBlank()) {
            secrets.add(endpoint);
        }
        String token = properties.getReceiver().getToken();
        if (token != null && !token.isBlank()) {
            secrets.add(token);
        }
        return secrets;
    }
}
