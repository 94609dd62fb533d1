package dev.sigref.sip.sdp;

/**
 * A precondition attribute (RFC 3312 §5): {@code a=curr:qos local sendrecv}, {@code a=des:qos mandatory remote
 * sendrecv}, {@code a=conf:qos remote sendrecv}.
 *
 * @param kind       curr, des or conf
 * @param type       precondition type, normally qos
 * @param strength   mandatory, optional, none, failure or unknown (des only, else null)
 * @param statusType e2e, local or remote
 * @param direction  none, send, recv or sendrecv
 */
public record Precondition(String kind, String type, String strength, String statusType, String direction) {
}
