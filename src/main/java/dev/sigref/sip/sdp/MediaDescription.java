package dev.sigref.sip.sdp;

import java.util.List;

/**
 * One media description: m=&lt;media&gt; &lt;port&gt;[/&lt;number of ports&gt;] &lt;proto&gt; &lt;fmt&gt; ... and the lines after it
 * (RFC 8866 §5.14).
 *
 * @param direction    sendrecv, sendonly, recvonly or inactive as set here or at session level (sendrecv by default)
 */
public record MediaDescription(String media, int port, int portCount, String proto, List<String> formats,
        String information, List<Connection> connections, List<Bandwidth> bandwidths, List<Attribute> attributes,
        List<RtpMap> rtpMaps, List<Fmtp> fmtps, List<Precondition> preconditions, String direction, int line) {

    public MediaDescription {
        formats = List.copyOf(formats);
        connections = List.copyOf(connections);
        bandwidths = List.copyOf(bandwidths);
        attributes = List.copyOf(attributes);
        rtpMaps = List.copyOf(rtpMaps);
        fmtps = List.copyOf(fmtps);
        preconditions = List.copyOf(preconditions);
    }

    /** The rtpmap of a payload type, or null (static payload types such as 0 and 8 need none). */
    public RtpMap rtpMap(String payloadType) {
        for (RtpMap r : rtpMaps) {
            if (r.payloadType().equals(payloadType)) {
                return r;
            }
        }
        return null;
    }

    /** The value of the first attribute with this name ("" for a flag), or null. */
    public String attribute(String name) {
        return Attribute.find(attributes, name);
    }
}
