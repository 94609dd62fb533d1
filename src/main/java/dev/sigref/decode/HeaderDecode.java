package dev.sigref.decode;

import java.util.List;

import dev.sigref.ims.DecodedValue;
import dev.sigref.sip.Header;

/** A header line and what the 3GPP decoders read in it (nothing, for most headers). */
public record HeaderDecode(Header header, List<DecodedValue> values) {
}
