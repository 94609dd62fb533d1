package dev.sigref.sip.sdp;

import java.util.List;

/**
 * A parsed SDP session description (RFC 8866 §5). Fields are null or empty when their line is absent; timeZones is
 * the first z= value (RFC 4566 allowed one), each time description keeps its own in {@link Timing#zones()}.
 */
public record SessionDescription(String version, Origin origin, String sessionName, String information, String uri,
        List<String> emails, List<String> phones, Connection connection, List<Bandwidth> bandwidths,
        List<Timing> timings, String timeZones, String encryptionKey, List<Attribute> attributes,
        List<MediaDescription> media, String direction) {

    public SessionDescription {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        bandwidths = List.copyOf(bandwidths);
        timings = List.copyOf(timings);
        attributes = List.copyOf(attributes);
        media = List.copyOf(media);
    }

    /** The value of the first session-level attribute with this name ("" for a flag), or null. */
    public String attribute(String name) {
        return Attribute.find(attributes, name);
    }
}
