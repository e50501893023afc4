package app.kneetriage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Knee Triage: information for runners whose knees hurt after running, not a diagnosis.
 */
@SpringBootApplication
public class KneeTriageApplication {

    public static void main(String[] args) {
        SpringApplication.run(KneeTriageApplication.class, args);
    }

}
