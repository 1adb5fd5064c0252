package io.lead2cash.gateway;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A caller's request body read whole at the edge before any service is called, as a buffering reverse proxy does: a
 * body that grows beyond the limit (declared or chunked) is refused as it arrives, one that does not arrive in time is
 * refused too, and a client trickling bytes holds only its own connection to the gateway, never a service's
 * connection, thread or lock. The bytes held at once are bounded for the whole gateway and per caller
 * ({@link Budget}), so bodies left unfinished cannot exhaust its memory.
 */
final class BufferedBody {

    /** Where the body waits for the proxy in the call's routing context. */
    static final String KEY = "lead2cash.body";

    private BufferedBody() {
    }

    /** The body passed its limit: 413. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("body beyond its limit", null, false, false);
        }
    }

    /** Taking the body would pass the gateway's or the caller's budget of held bytes: 503 or 429. */
    static final class OverBudget extends RuntimeException {
        final boolean callersOwn;

        OverBudget(boolean callersOwn) {
            super(callersOwn ? "the caller's bodies in flight are at their limit" : "the gateway holds all the bodies it may",
                    null, false, false);
            this.callersOwn = callersOwn;
        }
    }

    /** The bytes of bodies held at once: for the whole gateway and for each caller. */
    static final class Budget {
        private final long total;
        private final long perCaller;
        private final AtomicLong held = new AtomicLong();
        private final ConcurrentHashMap<String, Long> heldBy = new ConcurrentHashMap<>();

        Budget(long total, long perCaller) {
            this.total = total;
            this.perCaller = perCaller;
        }

        /** Takes {@code bytes} for {@code caller}; throws (taking nothing) when either budget would be passed. */
        void take(String caller, long bytes) {
            boolean[] over = new boolean[1];
            // One atomic step per caller: its share is checked and taken together, on whichever event loop.
            heldBy.compute(caller, (c, mine) -> {
                long now = (mine == null ? 0 : mine) + bytes;
                over[0] = now > perCaller;
                return over[0] ? mine : Long.valueOf(now);
            });
            if (over[0]) {
                throw new OverBudget(true);
            }
            if (held.addAndGet(bytes) > total) {
                held.addAndGet(-bytes);
                give(caller, bytes);
                throw new OverBudget(false);
            }
        }

        /** Gives back what {@code caller} took, once its call is over. */
        void release(String caller, long bytes) {
            held.addAndGet(-bytes);
            give(caller, bytes);
        }

        private void give(String caller, long bytes) {
            heldBy.computeIfPresent(caller, (c, mine) -> mine - bytes <= 0 ? null : mine - bytes);
        }

        long held() {
            return held.get();
        }
    }

    /**
     * Whether the caller sends a body at all: a Content-Length above zero, chunks, or an HTTP/2 stream that has not
     * ended (HTTP/2 needs no Content-Length).
     */
    static boolean declared(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !"0".equals(length)) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                || (length == null && request.version() == HttpVersion.HTTP_2 && !request.isEnded());
    }

    /**
     * The whole body, its bytes taken from {@code budget} as they arrive ({@code taken} counts them, for the caller to
     * give back when the call is over); failed with {@link TooLarge} past {@code limit}, {@link OverBudget}, or a
     * {@link TimeoutException} when it has not all arrived within {@code timeout}. Reading stops at the first refusal.
     */
    static Future<Buffer> read(Vertx vertx, HttpServerRequest request, long limit, Duration timeout, Budget budget,
            String caller, AtomicLong taken) {
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
            try {
                if (body.length() + (long) chunk.length() > limit) {
                    throw new TooLarge();
                }
                budget.take(caller, chunk.length());
                taken.addAndGet(chunk.length());
                body.appendBuffer(chunk);
            } catch (TooLarge | OverBudget refused) {
                request.pause();
                read.tryFail(refused);
            }
        });
        request.endHandler(v -> read.tryComplete(body));
        request.exceptionHandler(read::tryFail);
        request.resume();
        return read.future();
    }
}
