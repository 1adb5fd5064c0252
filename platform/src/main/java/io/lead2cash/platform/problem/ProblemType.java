package io.lead2cash.platform.problem;

/** The kinds of problem the suite reports; the URN is stable, clients may switch on it. */
public enum ProblemType {
    VALIDATION(400, "Invalid request"),
    MALFORMED_BODY(400, "Malformed request body"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    ILLEGAL_TRANSITION(409, "Illegal state transition"),
    CONFLICT(409, "Conflict"),
    DUPLICATE(409, "Possible duplicate"),
    /** Answered by the gateway when a caller's body does not arrive within its read timeout. */
    REQUEST_TIMEOUT(408, "Request timeout"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    /** Answered by the gateway for a body larger than it accepts. */
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key reused"),
    /** A business process flow's required steps are not done: the record cannot move on yet. */
    STAGE_INCOMPLETE(422, "Required steps missing"),
    /** The request names a record the suite does not know (a customer no account or contact is), so it cannot be kept. */
    UNKNOWN_REFERENCE(422, "Unknown record named"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    /** Answered by the gateway when a service answered with something that is not HTTP. */
    BAD_GATEWAY(502, "Bad gateway"),
    UNAVAILABLE(503, "Service unavailable"),
    /** Answered by the gateway when a service did not answer in time. */
    GATEWAY_TIMEOUT(504, "Gateway timeout");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:lead2cash:problem:" + name().toLowerCase().replace('_', '-');
    }

    /** The type that fits a bare HTTP status, for errors raised by the framework. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != ILLEGAL_TRANSITION && type != DUPLICATE && type != MALFORMED_BODY
                    && type != STAGE_INCOMPLETE && type != UNKNOWN_REFERENCE) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
