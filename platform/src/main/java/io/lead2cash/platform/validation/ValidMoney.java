package io.lead2cash.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import io.lead2cash.events.Money;

/** A money amount the suite can store: an ISO 4217 currency, at most 4 decimals, optionally not negative. */
@Constraint(validatedBy = ValidMoney.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface ValidMoney {

    String message() default "must have an ISO 4217 currency and an amount with at most 4 decimals";

    boolean allowNegative() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks currency, scale, size and sign; null is left to {@code @NotNull}. */
    class Validator implements ConstraintValidator<ValidMoney, Money> {

        private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");
        private boolean allowNegative;

        @Override
        public void initialize(ValidMoney annotation) {
            allowNegative = annotation.allowNegative();
        }

        @Override
        public boolean isValid(Money money, ConstraintValidatorContext context) {
            if (money == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (!isCurrency(money.currency())) {
                return violation(context, "currency", "must be an ISO 4217 currency code such as EUR or USD");
            }
            if (money.amount().stripTrailingZeros().scale() > 4) {
                return violation(context, "amount", "must have at most 4 decimals");
            }
            if (money.amount().abs().compareTo(LIMIT) >= 0) {
                return violation(context, "amount", "must be less than 10^15");
            }
            if (!allowNegative && money.amount().signum() < 0) {
                return violation(context, "amount", "must not be negative");
            }
            return true;
        }

        private static boolean isCurrency(String code) {
            return CurrencyCode.Validator.isIso4217(code);
        }

        private static boolean violation(ConstraintValidatorContext context, String node, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(node).addConstraintViolation();
            return false;
        }
    }
}
