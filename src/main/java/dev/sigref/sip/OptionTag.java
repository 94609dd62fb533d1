package dev.sigref.sip;

/**
 * One option-tag of Require, Supported, Unsupported or Proxy-Require, one Method of Allow (RFC 3261 §20), or one
 * priv-value of Privacy (RFC 3323 §4.2).
 */
public record OptionTag(String tag) implements HeaderValue {
}
