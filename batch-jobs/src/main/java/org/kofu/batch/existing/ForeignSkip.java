package org.kofu.batch.existing;

/**
 * A subject whose body from the existing system was not cached: the person's key and the cause (the
 * exception's class, the certificate type and the kind), never anything the system answered.
 */
public record ForeignSkip(String personKey, String cause) {}
