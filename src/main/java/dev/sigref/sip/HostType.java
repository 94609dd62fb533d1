package dev.sigref.sip;

/** What a host part holds: a domain name, an IPv4 address or a bracketed IPv6 reference. */
public enum HostType {
    HOSTNAME, IPV4, IPV6
}
