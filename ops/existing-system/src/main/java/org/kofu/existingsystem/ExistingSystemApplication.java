package org.kofu.existingsystem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The stand-in existing system: {@code kofu.stand-in.*}, {@code spring.datasource.*}, TLS. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExistingSystemApplication {

  public static void main(String[] args) {
    SpringApplication.run(ExistingSystemApplication.class, args);
  }
}
