package org.kofu.relay.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;

/**
 * The request bodies of the contract as Jackson binds them, with the field rules of the contract as
 * constraints. Messages never hold the value, which may be personal data.
 */
final class JsonRequests {

  static final String REQUIRED = "required";
  static final String REQUEST_ID = "must be 8 to 64 of [A-Za-z0-9-]";
  static final String MUNICIPALITY = "must be 6 digits";
  static final String JUMINHYO = "must be 11 digits";
  static final String KIOSK = "must be 1 to 32 of [A-Za-z0-9-]";
  static final String OUTCOME = "must be PRINTED, PRINT_FAILED or CANCELLED";
  static final String TEXT_100 = "must be a text of 1 to 100 characters";
  static final String TEXT_200 = "must be a text of 1 to 200 characters";

  private JsonRequests() {}

  record MenuRequest(
      @NotNull(message = REQUIRED) @Pattern(regexp = Patterns.REQUEST_ID, message = REQUEST_ID)
          String requestId,
      @NotNull(message = REQUIRED)
          @Pattern(regexp = Patterns.MUNICIPALITY_CODE, message = MUNICIPALITY)
          @CheckDigit
          String municipalityCode,
      @NotNull(message = REQUIRED) @Pattern(regexp = Patterns.JUMINHYO_CODE, message = JUMINHYO)
          String juminhyoCode,
      @NotNull(message = REQUIRED) @Pattern(regexp = Patterns.KIOSK_ID, message = KIOSK)
          String kioskId,
      @NotNull(message = REQUIRED) OffsetDateTime requestedAt) {}

  /** {@code options} stays a tree until {@code certificateType} says which options it may hold. */
  record CertificateRequest(
      @NotNull(message = REQUIRED) @Pattern(regexp = Patterns.REQUEST_ID, message = REQUEST_ID)
          String requestId,
      @NotNull(message = REQUIRED)
          @Pattern(regexp = Patterns.MUNICIPALITY_CODE, message = MUNICIPALITY)
          @CheckDigit
          String municipalityCode,
      @NotNull(message = REQUIRED) @Pattern(regexp = Patterns.JUMINHYO_CODE, message = JUMINHYO)
          String juminhyoCode,
      @NotNull(message = REQUIRED) CertificateType certificateType,
      JsonNode options,
      @NotNull(message = REQUIRED)
          @Min(value = 1, message = "must be an integer from 1 to 10")
          @Max(value = 10, message = "must be an integer from 1 to 10")
          Integer copies,
      @NotNull(message = REQUIRED) @Pattern(regexp = Patterns.KIOSK_ID, message = KIOSK)
          String kioskId,
      @NotNull(message = REQUIRED) OffsetDateTime requestedAt) {}

  /** {@code outcome} is text so that a wrong one is named with every other problem. */
  record ResultRequest(
      @NotNull(message = REQUIRED)
          @Pattern(regexp = "PRINTED|PRINT_FAILED|CANCELLED", message = OUTCOME)
          String outcome,
      @NotNull(message = REQUIRED)
          @Min(value = 0, message = "must be an integer from 0 to 10000")
          @Max(value = 10_000, message = "must be an integer from 0 to 10000")
          Integer pagesPrinted,
      @NotNull(message = REQUIRED) OffsetDateTime reportedAt) {}

  record RegistrationRequest(
      @NotNull(message = REQUIRED) @Pattern(regexp = Patterns.REQUEST_ID, message = REQUEST_ID)
          String requestId,
      @NotNull(message = REQUIRED)
          @Pattern(regexp = Patterns.MUNICIPALITY_CODE, message = MUNICIPALITY)
          @CheckDigit
          String municipalityCode,
      @NotNull(message = REQUIRED) @Pattern(regexp = Patterns.JUMINHYO_CODE, message = JUMINHYO)
          String juminhyoCode,
      @NotNull(message = REQUIRED)
          @Size(max = 100, message = TEXT_100)
          @Pattern(regexp = Patterns.NOT_BLANK, message = TEXT_100)
          String name,
      @NotNull(message = REQUIRED)
          @Size(max = 200, message = TEXT_200)
          @Pattern(regexp = Patterns.NOT_BLANK, message = TEXT_200)
          String nameKana,
      @NotNull(message = REQUIRED) LocalDate birthDate,
      @NotNull(message = REQUIRED)
          @Size(max = 200, message = TEXT_200)
          @Pattern(regexp = Patterns.NOT_BLANK, message = TEXT_200)
          String honseki,
      @NotNull(message = REQUIRED)
          @Size(max = 100, message = TEXT_100)
          @Pattern(regexp = Patterns.NOT_BLANK, message = TEXT_100)
          String hittosha,
      @NotNull(message = REQUIRED) OffsetDateTime requestedAt) {}

  /** The options of one certificate type; a field another type takes is unknown here. */
  sealed interface Options {
    CertificateOptions toOptions();

    static Class<? extends Options> of(CertificateType type) {
      return switch (type) {
        case JUMINHYO, JUMINHYO_KISAI -> ResidentOptions.class;
        case KOSEKI_FUHYO -> FuhyoOptions.class;
        case SHOTOKU_KAZEI, SHOTOKU, KAZEI -> TaxOptions.class;
        case INKAN, KOSEKI_ZENBU, KOSEKI_KOJIN -> NoOptions.class;
      };
    }
  }

  enum ResidentScope {
    SELF,
    HOUSEHOLD
  }

  enum FuhyoScope {
    SELF,
    ALL
  }

  /** v1.1 {@code form}: absent, the city's default form (resolved by the issuance, not here). */
  record ResidentOptions(
      ResidentScope scope,
      Boolean householder,
      Boolean honseki,
      Boolean myNumber,
      ResidentForm form)
      implements Options {
    @Override
    public CertificateOptions toOptions() {
      return new CertificateOptions(
          scope == null ? Scope.SELF : Scope.valueOf(scope.name()),
          householder == null || householder,
          honseki != null && honseki,
          myNumber != null && myNumber,
          null,
          form);
    }
  }

  record FuhyoOptions(FuhyoScope scope) implements Options {
    @Override
    public CertificateOptions toOptions() {
      Scope s = scope == null ? Scope.SELF : Scope.valueOf(scope.name());
      return new CertificateOptions(s, false, false, false, null);
    }
  }

  record TaxOptions(
      @Min(value = 1989, message = "must be an integer from 1989 to 2200")
          @Max(value = 2200, message = "must be an integer from 1989 to 2200")
          Integer fiscalYear)
      implements Options {
    @Override
    public CertificateOptions toOptions() {
      return new CertificateOptions(null, false, false, false, fiscalYear);
    }
  }

  record NoOptions() implements Options {
    @Override
    public CertificateOptions toOptions() {
      return CertificateOptions.defaults();
    }
  }
}
