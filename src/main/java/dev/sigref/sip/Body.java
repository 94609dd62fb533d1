package dev.sigref.sip;

/** A message body, decoded according to its Content-Type. */
public sealed interface Body permits SdpBody, MultipartBody, TextBody, BinaryBody, EmptyBody {

    /** The Content-Type as written, or null. */
    String contentType();
}
