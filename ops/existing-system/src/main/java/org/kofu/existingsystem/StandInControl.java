package org.kofu.existingsystem;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For tests that run the stand-in as its own process: {@code POST
 * /stand-in/misbehaviour?mode=GARBAGE} changes how it answers from now on. Only with {@code
 * kofu.stand-in.control-enabled=true}, and behind the same mutual TLS as the interface.
 */
@RestController
@ConditionalOnProperty("kofu.stand-in.control-enabled")
class StandInControl {

  private final Misbehaviour misbehaviour;

  StandInControl(Misbehaviour misbehaviour) {
    this.misbehaviour = misbehaviour;
  }

  @PostMapping("/stand-in/misbehaviour")
  ResponseEntity<String> misbehave(@RequestParam Misbehaviour.Mode mode) {
    misbehaviour.set(mode);
    return ResponseEntity.ok(mode.name());
  }
}
