package io.lead2cash.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose POSTs take effect once per {@code Idempotency-Key}: a retry with the same key gets the
 * first response back and changes nothing. Other methods pass through. Every resource with a POST carries it
 * ({@code SuiteRules.postsAreSafeToRetry}), and its POSTs answer a {@code RestResponse} or {@code Response}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
