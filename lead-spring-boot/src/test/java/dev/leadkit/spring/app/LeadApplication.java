package dev.leadkit.spring.app;

import dev.leadkit.model.Lead;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A user's application: nothing leadkit-specific but a controller that takes {@code @RequestBody Lead}. */
@SpringBootApplication
public class LeadApplication {
    /** Echoes the lead it was given, to show strict binding. */
    @RestController
    static class EchoController {
        @PostMapping("/echo")
        Lead echo(@RequestBody Lead lead) {
            return lead;
        }
    }
}
