package dev.sigref.sip;

/**
 * The parsed form of one header value, or of one element of a comma-separated list. Each record maps onto the
 * {@code parsed} object of the JSON API.
 */
public sealed interface HeaderValue permits ViaValue, NameAddr, ContactValue, CSeqValue, AuthValue, ReasonValue,
        SecurityMechanism, OptionTag, NumberValue, RAckValue, DeltaSecondsValue, MediaType, TextValue, WarningValue,
        GenericValue, MalformedValue {
}
