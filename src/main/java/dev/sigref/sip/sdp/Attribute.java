package dev.sigref.sip.sdp;

/** a=&lt;attribute-name&gt;[:&lt;attribute-value&gt;] (RFC 8866 §5.13); value is null for a flag attribute. */
public record Attribute(String name, String value, int line) {

    /** The value of the first attribute with this name ("" for a flag), or null when there is none. */
    static String find(java.util.List<Attribute> attributes, String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) {
                return a.value() == null ? "" : a.value();
            }
        }
        return null;
    }
}
