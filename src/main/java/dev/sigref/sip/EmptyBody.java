package dev.sigref.sip;

/** No body. */
public record EmptyBody() implements Body {
    @Override
    public String contentType() {
        return null;
    }
}
