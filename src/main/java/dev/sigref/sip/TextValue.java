package dev.sigref.sip;

/** A value kept as text: Call-ID, Subject, User-Agent, Server, Date and headers without a grammar of their own. */
public record TextValue(String text) implements HeaderValue {
}
