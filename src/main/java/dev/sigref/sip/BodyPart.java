package dev.sigref.sip;

import java.util.List;

/** One part of a multipart body: its MIME headers and its decoded body. */
public record BodyPart(List<Header> headers, Body body) {

    public BodyPart {
        headers = List.copyOf(headers);
    }
}
