package dev.sigref.callflow;

/** Escaping for XML text and attribute values (the SVG renderer). */
final class Markup {

    private Markup() {
    }

    /**
     * Escapes the five XML-significant characters, so the result is safe both as element text and inside a quoted
     * attribute. Callers pass text through {@link LadderText#singleLine} first, which removes what XML cannot carry.
     */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
