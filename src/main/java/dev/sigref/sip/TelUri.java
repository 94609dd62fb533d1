package dev.sigref.sip;

import java.util.List;

/**
 * tel URI (RFC 3966 §3).
 *
 * @param number the telephone-subscriber number as written, visual separators included
 * @param global true for a global number ({@code +} followed by digits)
 * @param params parameters (phone-context, ext, isub, ...) in order
 * @param raw    the whole URI as written
 */
public record TelUri(String number, boolean global, List<Param> params, String raw) implements Uri {

    public TelUri {
        params = List.copyOf(params);
    }

    @Override
    public String scheme() {
        return "tel";
    }

    /** The number without visual separators ({@code - . ( )}). */
    public String digits() {
        StringBuilder sb = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c != '-' && c != '.' && c != '(' && c != ')') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public String phoneContext() {
        return Params.value(params, "phone-context");
    }
}
