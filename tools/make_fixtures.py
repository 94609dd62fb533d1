#!/usr/bin/env python3
"""Writes the hand-written IMS and log-decoration fixtures with exact CRLF line ends and Content-Length values.

Run from the project root: python3 tools/make_fixtures.py. The output is committed; rerun only to change a fixture.
"""
import os

ROOT = "src/test/resources/dev/sigref/sip"
CRLF = "\r\n"


def msg(start, headers, body=b"", ctype=None):
    """A SIP message as bytes: start line, headers, Content-Type/Length, empty line, body."""
    if isinstance(body, str):
        body = body.replace("\n", CRLF).encode("utf-8")
    lines = [start] + headers
    if body and ctype:
        lines.append("Content-Type: " + ctype)
    lines.append("Content-Length: %d" % len(body))
    return (CRLF.join(lines) + CRLF + CRLF).encode("utf-8") + body


def write(name, data):
    path = os.path.join(ROOT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


UE = "2001:db8:a1:2::15"
PCSCF = "2001:db8:1::10"
DOMAIN = "ims.mnc001.mcc001.3gppnetwork.org"
IMPU = "sip:+15550100@" + DOMAIN
IMPI = "001010000000001@" + DOMAIN

register = msg("REGISTER sip:%s SIP/2.0" % DOMAIN, [
    "Via: SIP/2.0/UDP [%s]:5060;branch=z9hG4bKreg1aka;rport" % UE,
    "Max-Forwards: 70",
    "From: <%s>;tag=reg4711" % IMPU,
    "To: <%s>" % IMPU,
    "Call-ID: reg-aka-1@%s" % UE,
    "CSeq: 1 REGISTER",
    "Contact: <sip:%s:5060>;+sip.instance=\"<urn:gsma:imei:35209900-176148-0>\";"
    "+g.3gpp.icsi-ref=\"urn%%3Aurn-7%%3A3gpp-service.ims.icsi.mmtel\";+g.3gpp.smsip;audio;expires=600000" % ("[" + UE + "]"),
    "Authorization: Digest username=\"%s\",realm=\"%s\",uri=\"sip:%s\",nonce=\"\",response=\"\"" % (IMPI, DOMAIN, DOMAIN),
    "Security-Client: ipsec-3gpp;alg=hmac-sha-1-96;ealg=null;spi-c=3929102;spi-s=3929103;port-c=5062;port-s=5064,"
    " ipsec-3gpp;alg=hmac-md5-96;ealg=aes-cbc;spi-c=3929102;spi-s=3929103;port-c=5062;port-s=5064",
    "Require: sec-agree",
    "Proxy-Require: sec-agree",
    "Supported: path,gruu,sec-agree",
    "P-Access-Network-Info: 3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=0010100011A2D0101",
    "Allow: INVITE,ACK,CANCEL,BYE,UPDATE,PRACK,MESSAGE,OPTIONS,NOTIFY,REFER,INFO",
    "User-Agent: Sigref-Test-UE/1.0",
    "Expires: 600000",
])
write("ims/register-aka.sip", register)

challenge = msg("SIP/2.0 401 Unauthorized", [
    "Via: SIP/2.0/UDP [%s]:5060;branch=z9hG4bKreg1aka;rport=5060;received=%s" % (UE, UE),
    "From: <%s>;tag=reg4711" % IMPU,
    "To: <%s>;tag=scscf-8f3a" % IMPU,
    "Call-ID: reg-aka-1@%s" % UE,
    "CSeq: 1 REGISTER",
    "WWW-Authenticate: Digest realm=\"%s\",nonce=\"CjPk9mRqNuT0vY2B9vZcxTN6XXvRFkQaIGcLjgAAAAA=\","
    "algorithm=AKAv1-MD5,qop=\"auth\",ik=\"0123456789abcdef0123456789abcdef\",ck=\"fedcba9876543210fedcba9876543210\"" % DOMAIN,
    "Security-Server: ipsec-3gpp;q=0.1;alg=hmac-sha-1-96;ealg=null;spi-c=98765432;spi-s=98765433;port-c=5066;port-s=5068;prot=esp;mod=trans",
])
write("ims/401-aka.sip", challenge)

SDP_OFFER = """v=0
o=- 1234567890 1234567890 IN IP6 %s
s=-
c=IN IP6 %s
b=AS:49
t=0 0
m=audio 49152 RTP/AVP 116 107 118 96 111 110
b=AS:49
b=RS:0
b=RR:2500
a=rtpmap:116 EVS/16000
a=fmtp:116 br=5.9-24.4;bw=nb-swb;max-red=0;cmr=1;ch-aw-recv=-1
a=rtpmap:107 AMR-WB/16000
a=fmtp:107 mode-change-capability=2;max-red=0
a=rtpmap:118 AMR-WB/16000/1
a=fmtp:118 octet-align=1;mode-change-capability=2;max-red=0
a=rtpmap:96 AMR/8000
a=fmtp:96 mode-change-capability=2;max-red=0
a=rtpmap:111 telephone-event/16000
a=fmtp:111 0-15
a=rtpmap:110 telephone-event/8000
a=fmtp:110 0-15
a=ptime:20
a=maxptime:240
a=curr:qos local none
a=curr:qos remote none
a=des:qos mandatory local sendrecv
a=des:qos optional remote sendrecv
a=sendrecv
a=rtcp:49153
""" % (UE, UE)

invite_headers = [
    "Via: SIP/2.0/UDP [%s]:5062;branch=z9hG4bKinv1pre;rport" % UE,
    "Max-Forwards: 70",
    "Route: <sip:[%s]:5064;lr>, <sip:orig@scscf1.%s;lr>" % (PCSCF, DOMAIN),
    "From: \"Alice\" <%s>;tag=inv-a1" % IMPU,
    "To: <tel:+15550199>",
    "Call-ID: inv-precond-1@%s" % UE,
    "CSeq: 1 INVITE",
    "Contact: <sip:+15550100@[%s]:5062>;+sip.instance=\"<urn:gsma:imei:35209900-176148-0>\";"
    "+g.3gpp.icsi-ref=\"urn%%3Aurn-7%%3A3gpp-service.ims.icsi.mmtel\";+g.3gpp.mid-call;+g.3gpp.srvcc-alerting;audio" % UE,
    "Accept-Contact: *;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\"",
    "P-Preferred-Identity: <%s>" % IMPU,
    "P-Preferred-Service: urn:urn-7:3gpp-service.ims.icsi.mmtel",
    "P-Access-Network-Info: 3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=0010100011A2D0101",
    "P-Early-Media: supported",
    "Security-Verify: ipsec-3gpp;q=0.1;alg=hmac-sha-1-96;ealg=null;spi-c=98765432;spi-s=98765433;port-c=5066;port-s=5068;prot=esp;mod=trans",
    "Require: sec-agree, precondition",
    "Proxy-Require: sec-agree",
    "Supported: 100rel,timer,histinfo,replaces",
    "Allow: INVITE, ACK, OPTIONS, CANCEL, BYE, UPDATE, INFO, REFER, NOTIFY, MESSAGE, PRACK",
    "Accept: application/sdp, application/3gpp-ims+xml",
    "Session-Expires: 1800;refresher=uac",
    "Min-SE: 90",
    "User-Agent: Sigref-Test-UE/1.0",
]
write("ims/invite-ipv6-preconditions.sip", msg("INVITE tel:+15550199 SIP/2.0", invite_headers, SDP_OFFER, "application/sdp"))

tel_local = msg("INVITE tel:5550123;phone-context=%s SIP/2.0" % DOMAIN, [
    "Via: SIP/2.0/TCP [%s]:5060;branch=z9hG4bKtel1local" % PCSCF,
    "Max-Forwards: 69",
    "From: <tel:+1-555-0100>;tag=tel-1",
    "To: <tel:5550123;phone-context=%s>" % DOMAIN,
    "Call-ID: tel-local-1@%s" % PCSCF,
    "CSeq: 20 INVITE",
    "Contact: <sip:+15550100@[%s]:5062>" % UE,
    "P-Asserted-Identity: <tel:+1-555-0100>, <%s>" % IMPU,
    "P-Called-Party-ID: <tel:5550123;phone-context=%s>" % DOMAIN,
    "P-Charging-Vector: icid-value=\"AyretyU0dm+6O2IrT5tAFrbHLso=023551024\";icid-generated-at=[%s];orig-ioi=%s" % (PCSCF, DOMAIN),
    "Privacy: none",
])
write("ims/invite-tel-phone-context.sip", tel_local)

# SIP-I style INVITE from an MGCF: SDP plus an ISUP IAM (RFC 3204) in multipart/mixed (RFC 5621).
isup = bytes([0x01, 0x00, 0x49, 0x00, 0x00, 0x03, 0x02, 0x00, 0x07, 0x03, 0x90, 0x55, 0x05, 0x10, 0x32, 0x0a,
              0x07, 0x03, 0x13, 0x55, 0x05, 0x00, 0x01, 0x00])
sdp2 = ("v=0\r\no=MGCF 2890844526 2890844526 IN IP4 192.0.2.20\r\ns=-\r\nc=IN IP4 192.0.2.20\r\nt=0 0\r\n"
        "m=audio 20000 RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n")
mp = (b"--sigref-boundary-1\r\nContent-Type: application/sdp\r\n\r\n" + sdp2.encode()
      + b"\r\n--sigref-boundary-1\r\nContent-Type: application/ISUP;version=itu-t92+\r\nContent-Disposition: signal;handling=optional\r\n\r\n"
      + isup + b"\r\n--sigref-boundary-1--\r\n")
write("ims/invite-multipart-sdp-isup.sip", msg("INVITE sip:+15550199@%s;user=phone SIP/2.0" % DOMAIN, [
    "Via: SIP/2.0/UDP 192.0.2.20:5060;branch=z9hG4bKmgcf1isup",
    "Max-Forwards: 70",
    "From: <sip:+15550300@mgcf1.%s;user=phone>;tag=mgcf-77" % DOMAIN,
    "To: <sip:+15550199@%s;user=phone>" % DOMAIN,
    "Call-ID: sipi-isup-1@192.0.2.20",
    "CSeq: 1 INVITE",
    "Contact: <sip:mgcf1.%s:5060>" % DOMAIN,
    "MIME-Version: 1.0",
], mp, "multipart/mixed;boundary=sigref-boundary-1"))

# MESSAGE carrying SDP and an SMS RP-DATA, to exercise binary parts in multipart bodies.
rpdata = bytes([0x00, 0x01, 0x00, 0x07, 0x91, 0x44, 0x77, 0x58, 0x10, 0x06, 0x50, 0x00, 0x0d, 0x01, 0x00, 0x0a,
                0x81, 0x55, 0x55, 0x01, 0x99, 0x00, 0x00, 0x00, 0x02, 0xc8, 0x34])
mp2 = (b"--b2\r\nContent-Type: application/sdp\r\n\r\n" + sdp2.encode()
       + b"\r\n--b2\r\nContent-Type: application/vnd.3gpp.sms\r\nContent-Transfer-Encoding: binary\r\n\r\n" + rpdata
       + b"\r\n--b2--\r\n")
write("ims/message-multipart-sdp-sms.sip", msg("MESSAGE sip:ipsmgw.%s SIP/2.0" % DOMAIN, [
    "Via: SIP/2.0/TCP scscf1.%s:5060;branch=z9hG4bKsms1mp" % DOMAIN,
    "Max-Forwards: 68",
    "From: <%s>;tag=sms-1" % IMPU,
    "To: <sip:ipsmgw.%s>" % DOMAIN,
    "Call-ID: sms-mp-1@scscf1",
    "CSeq: 3 MESSAGE",
    "Request-Disposition: no-fork",
], mp2, "multipart/mixed; boundary=\"b2\""))

# Log decorations ---------------------------------------------------------------------------------------------
options = msg("OPTIONS sip:bob@example.com SIP/2.0", [
    "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKopt1",
    "Max-Forwards: 70",
    "From: <sip:alice@example.com>;tag=o1",
    "To: <sip:bob@example.com>",
    "Call-ID: opt-1@192.0.2.1",
    "CSeq: 1 OPTIONS",
])
ok = msg("SIP/2.0 200 OK", [
    "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKopt1",
    "From: <sip:alice@example.com>;tag=o1",
    "To: <sip:bob@example.com>;tag=b1",
    "Call-ID: opt-1@192.0.2.1",
    "CSeq: 1 OPTIONS",
    "Allow: INVITE, ACK, CANCEL, OPTIONS, BYE",
])
invite = msg("INVITE tel:+15550199 SIP/2.0", invite_headers, SDP_OFFER, "application/sdp")


def byline(m):
    """ngrep -W byline prints each CR as '.'."""
    return m.decode("utf-8").replace("\r\n", ".\n").encode("utf-8")


write("logs/ngrep-byline.sip", b"interface: eth0 (192.0.2.0/255.255.255.0)\nfilter: ( port 5060 ) and (ip || ip6)\n#\n"
      + b"U 2026/01/01 10:00:00.123456 192.0.2.1:5060 -> 192.0.2.2:5060 #1\n" + byline(options) + b"\n#\n"
      + b"U 2026/01/01 10:00:00.125000 192.0.2.2:5060 -> 192.0.2.1:5060 #2\n" + byline(ok) + b"\n")
write("logs/sngrep.sip", b"2026/01/01 10:00:00.123456 192.0.2.1:5060 -> 192.0.2.2:5060\n" + options
      + b"\n2026/01/01 10:00:00.125000 192.0.2.2:5060 -> 192.0.2.1:5060\n" + ok)
write("logs/asterisk-pjsip.sip",
      b"[2026-01-01 10:00:00] VERBOSE[2301] res_pjsip_logger.c: <--- Received SIP request (%d bytes) from UDP:192.0.2.1:5060 --->\n" % len(options)
      + options + b"\n[2026-01-01 10:00:00] VERBOSE[2301] res_pjsip_logger.c: <--- Transmitting SIP response (%d bytes) to UDP:192.0.2.1:5060 --->\n" % len(ok)
      + ok)
write("logs/kamailio-sipdump.sip",
      b"====================\ntag: rcv\npid: 2211\nprocess: 3\ntime: 1767261600.123456\ndate: Thu Jan  1 10:00:00 2026\n"
      b"proto: udp ipv4\nsrcip: 192.0.2.1\nsrcport: 5060\ndstip: 192.0.2.2\ndstport: 5060\n~~~~~~~~~~~~~~~~~~~~\n"
      + options + b"||||||||||||||||||||\n====================\ntag: snd\npid: 2211\nprocess: 3\ntime: 1767261600.125000\n"
      b"date: Thu Jan  1 10:00:00 2026\nproto: udp ipv4\nsrcip: 192.0.2.2\nsrcport: 5060\ndstip: 192.0.2.1\ndstport: 5060\n"
      b"~~~~~~~~~~~~~~~~~~~~\n" + ok + b"||||||||||||||||||||\n")
write("logs/freeswitch-siptrace.sip",
      b"recv %d bytes from udp/[192.0.2.1]:5060 at 10:00:00.123456:\n" % len(options)
      + b"-" * 72 + b"\n" + options + b"-" * 72 + b"\n"
      + b"send %d bytes to udp/[192.0.2.1]:5060 at 10:00:00.125000:\n" % len(ok)
      + b"-" * 72 + b"\n" + ok + b"-" * 72 + b"\n")
# Wireshark "Follow TCP Stream" shows the stream as it is: messages back to back, a body that does not end in CRLF
# followed directly by the next start line.
pager = msg("MESSAGE sip:bob@example.com SIP/2.0", [
    "Via: SIP/2.0/TCP 192.0.2.1:5060;branch=z9hG4bKmsg1",
    "Max-Forwards: 70",
    "From: <sip:alice@example.com>;tag=m1",
    "To: <sip:bob@example.com>",
    "Call-ID: msg-1@192.0.2.1",
    "CSeq: 1 MESSAGE",
], "see you at 10", "text/plain;charset=UTF-8")
pager_ok = msg("SIP/2.0 200 OK", [
    "Via: SIP/2.0/TCP 192.0.2.1:5060;branch=z9hG4bKmsg1",
    "From: <sip:alice@example.com>;tag=m1",
    "To: <sip:bob@example.com>;tag=b9",
    "Call-ID: msg-1@192.0.2.1",
    "CSeq: 1 MESSAGE",
])
write("logs/wireshark-follow-tcp-stream.sip", options + pager + pager_ok)
write("logs/tshark-follow.sip", b"===================================================================\nFollow: tcp,ascii\n"
      b"Filter: tcp.stream eq 0\nNode 0: 192.0.2.1:5060\nNode 1: 192.0.2.2:5060\n%d\n" % len(pager) + pager
      + b"\n===================================================================\n")
# A trace pasted as copied from a terminal: LF line ends, blank lines around, garbage in between.
write("trace/lf-trace-with-garbage.sip", b"\n\n" + options.replace(b"\r\n", b"\n") + b"\nthis line is not SIP at all\n\n"
      + invite.replace(b"\r\n", b"\n") + b"\n\n" + ok.replace(b"\r\n", b"\n") + b"\n\n")
