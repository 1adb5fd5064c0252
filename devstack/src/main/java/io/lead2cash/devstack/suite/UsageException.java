package io.lead2cash.devstack.suite;

/** A mistake in the command line: exit code 2 and a usage line. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
