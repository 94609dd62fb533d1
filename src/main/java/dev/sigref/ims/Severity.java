package dev.sigref.ims;

/** How much a finding matters to the engineer reading the trace. */
public enum Severity {

	/** The value breaks a rule of the specification; a peer may reject it. */
	ERROR,

	/** The value is legal but unusual, ambiguous or risky; worth a second look. */
	WARNING,

	/** Context that helps reading the value; nothing is wrong. */
	INFO

}
