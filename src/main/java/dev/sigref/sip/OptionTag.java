package dev.sigref.sip;

/** One option-tag of Require, Supported, Unsupported or Proxy-Require, or one Method of Allow (RFC 3261 §20). */
public record OptionTag(String tag) implements HeaderValue {
}
