package dev.weft.cli;

/** A mistake of the user's (an option, a file, a name): printed as it is, without a stack trace. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
