package dev.sigref.sip;

import java.util.List;

/**
 * A {@code multipart/*} body (RFC 5621, RFC 2046 §5.1) split into its parts.
 *
 * @param boundary the boundary parameter
 * @param parts    the body parts in order
 */
public record MultipartBody(String contentType, String boundary, List<BodyPart> parts, int firstLine) implements Body {

    public MultipartBody {
        parts = List.copyOf(parts);
    }
}
