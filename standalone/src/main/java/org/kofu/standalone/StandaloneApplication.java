package org.kofu.standalone;

import org.kofu.core.certificate.assembly.AssemblyConfiguration;
import org.kofu.core.render.RenderConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** The whole system in one process on the embedded defaults: what {@code ./ops/start} runs. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({AssemblyConfiguration.class, RenderConfiguration.class})
public class StandaloneApplication {

  public static void main(String[] args) {
    SpringApplication.run(StandaloneApplication.class, args);
  }
}
