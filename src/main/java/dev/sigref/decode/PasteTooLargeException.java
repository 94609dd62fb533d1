package dev.sigref.decode;

/** A paste over the configured limit: answered with 413, and the text is neither kept nor logged. */
public class PasteTooLargeException extends RuntimeException {

	private final long limitBytes;

	public PasteTooLargeException(long limitBytes) {
		super("paste larger than the " + limitBytes + "-byte limit");
		this.limitBytes = limitBytes;
	}

	public long limitBytes() {
		return limitBytes;
	}

}
