package io.lead2cash.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ISO 4217 currency code the suite can price in (three capitals that name a currency, not merely match
 * {@code [A-Z]{3}}); null is left to {@code @NotNull}. The API documents the same list as the CurrencyCode schema.
 */
@Constraint(validatedBy = CurrencyCode.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface CurrencyCode {

    String message() default "must be an ISO 4217 currency code such as EUR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the code against ISO 4217: the codes of {@link Currency#getAvailableCurrencies()}. */
    class Validator implements ConstraintValidator<CurrencyCode, String> {

        private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

        /** True for an ISO 4217 code. */
        public static boolean isIso4217(String code) {
            return code != null && CODES.contains(code);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isIso4217(value);
        }
    }
}
