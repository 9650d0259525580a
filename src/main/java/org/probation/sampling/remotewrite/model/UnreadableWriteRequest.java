package org.probation.sampling.remotewrite.model;

/** A remote-write body that is not snappy-compressed protobuf {@code WriteRequest}; nothing of it is taken. */
public class UnreadableWriteRequest extends Exception {

    private final boolean tooLarge;

    private UnreadableWriteRequest(String message, boolean tooLarge, Throwable cause) {
        super(message, cause);
        this.tooLarge = tooLarge;
    }

    static UnreadableWriteRequest malformed(String message, Throwable cause) {
        return new UnreadableWriteRequest(message, false, cause);
    }

    static UnreadableWriteRequest tooLarge(String message) {
        return new UnreadableWriteRequest(message, true, null);
    }

    /** The body would decompress to more than the limit: answered like a body over the size limit. */
    public boolean tooLarge() {
        return tooLarge;
    }
}
