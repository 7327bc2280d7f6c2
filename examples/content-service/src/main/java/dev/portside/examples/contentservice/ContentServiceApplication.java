package dev.portside.examples.contentservice;

import dev.portside.bootstrap.Portside;
import dev.portside.domain.kernel.Provisioner;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A small HTTP service over Portside's content catalog, learner progress and records vault, on the Spring Boot
 * starter. {@code content-service.provision-on-start=true} (the {@code sql} profile's setting) creates each
 * backend's tables before the service answers.
 */
@SpringBootApplication
public class ContentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContentServiceApplication.class, args);
    }

    @Bean
    ApplicationRunner provisionOnStart(Portside portside, Environment environment) {
        return args -> {
            if (environment.getProperty("content-service.provision-on-start", Boolean.class, false)) {
                for (Provisioner provisioner : portside.provisioners()) {
                    provisioner.provision().getOrElseThrow(problem ->
                            new IllegalStateException(provisioner.name() + ": " + problem.message()));
                }
            }
        };
    }
}
