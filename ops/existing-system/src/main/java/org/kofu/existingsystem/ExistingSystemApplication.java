package org.kofu.existingsystem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The stand-in existing system: {@code kofu.stand-in.*}, {@code spring.datasource.*}, TLS. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExistingSystemApplication {

  public static void main(String[] args) {
    // an H2 file it opens first with AUTO_SERVER (./ops/start's) is served on loopback only
    if (System.getProperty("h2.bindAddress") == null) {
      System.setProperty("h2.bindAddress", "127.0.0.1");
    }
    SpringApplication.run(ExistingSystemApplication.class, args);
  }
}
