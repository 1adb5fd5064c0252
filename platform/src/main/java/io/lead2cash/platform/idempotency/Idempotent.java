package io.lead2cash.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST whose effect must happen once per {@code Idempotency-Key}: a retry with the same key gets the
 * first response back and changes nothing. The method must return a {@link jakarta.ws.rs.core.Response}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
