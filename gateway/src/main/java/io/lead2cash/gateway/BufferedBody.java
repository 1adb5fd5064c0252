package io.lead2cash.gateway;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * A caller's request body read whole at the edge before any service is called, as a buffering reverse proxy does: a
 * body that grows beyond the limit (declared or chunked) is refused as it arrives, one that does not arrive in time is
 * refused too, and a client trickling bytes holds only its own connection to the gateway, never a service's
 * connection, thread or lock.
 */
final class BufferedBody {

    /** Where the body waits for the proxy in the call's routing context. */
    static final String KEY = "lead2cash.body";

    private BufferedBody() {
    }

    /** Whether the caller sends a body at all (a Content-Length above zero, or chunks). */
    static boolean declared(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !"0".equals(length)) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /**
     * The whole body; null once it passes {@code limit} bytes (reading stops); failed with a {@link TimeoutException}
     * when it has not all arrived within {@code timeout}.
     */
    static Future<Buffer> read(Vertx vertx, HttpServerRequest request, long limit, Duration timeout) {
        Promise<Buffer> read = Promise.promise();
        Buffer body = Buffer.buffer();
        long timer = vertx.setTimer(timeout.toMillis(), t -> {
            if (read.tryFail(new TimeoutException("the body did not arrive within " + timeout.toSeconds() + " s"))) {
                request.pause();
            }
        });
        read.future().onComplete(done -> vertx.cancelTimer(timer));
        request.handler(chunk -> {
            if (read.future().isComplete()) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                request.pause();
                read.tryComplete(null);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(v -> read.tryComplete(body));
        request.exceptionHandler(read::tryFail);
        request.resume();
        return read.future();
    }
}
