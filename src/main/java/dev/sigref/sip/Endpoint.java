package dev.sigref.sip;

/**
 * A transport address taken from a log decoration; port is -1 when the log did not give one, host is null when only a
 * port was given (Wireshark's UDP line without its IP line).
 */
public record Endpoint(String host, int port) {

    @Override
    public String toString() {
        String h = host == null ? "?" : host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return port < 0 ? h : h + ":" + port;
    }
}
