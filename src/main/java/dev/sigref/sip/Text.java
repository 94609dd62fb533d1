package dev.sigref.sip;

/** Character classes of RFC 3261 §25.1 and small string helpers shared by the grammars. */
final class Text {
    private Text() {
    }

    private static final boolean[] TOKEN = new boolean[128];
    private static final boolean[] UNRESERVED = new boolean[128];
    private static final boolean[] WORD = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TOKEN[c] = UNRESERVED[c] = WORD[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TOKEN[c] = UNRESERVED[c] = WORD[c] = true;
            TOKEN[c - 32] = UNRESERVED[c - 32] = WORD[c - 32] = true;
        }
        for (char c : "-.!%*_+`'~".toCharArray()) {
            TOKEN[c] = true;
            WORD[c] = true;
        }
        for (char c : "-_.!~*'()".toCharArray()) {
            UNRESERVED[c] = true;
        }
        for (char c : "()<>:\\\"/[]?{}".toCharArray()) {
            WORD[c] = true;
        }
    }

    /** token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" ) */
    static boolean isTokenChar(char c) {
        return c < 128 && TOKEN[c];
    }

    /** unreserved = alphanum / mark */
    static boolean isUnreserved(char c) {
        return c < 128 && UNRESERVED[c];
    }

    /** word = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" / "(" / ")" / "<" / ">" / ":" / "\" / DQUOTE / "/" / "[" / "]" / "?" / "{" / "}" ) */
    static boolean isWordChar(char c) {
        return c < 128 && WORD[c];
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isWsp(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * True when s[from, to) is a Markdown code fence: up to three spaces, then three or more backticks or tildes, then
     * perhaps a language name ({@code ```sip}). Pastes from issue trackers and chats wrap traces in them.
     */
    static boolean isFence(String s, int from, int to) {
        int i = from;
        while (i < to && i - from < 3 && s.charAt(i) == ' ') {
            i++;
        }
        if (i + 3 > to) {
            return false;
        }
        char f = s.charAt(i);
        if ((f != '`' && f != '~') || s.charAt(i + 1) != f || s.charAt(i + 2) != f) {
            return false;
        }
        for (int k = i + 3; k < to; k++) {
            char c = s.charAt(k);
            if (c == '`' && f == '`' && s.charAt(k - 1) != '`' || isControl(c) && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * The first occurrence of {@code str} inside s[from, to), or -1. Bounded by the line it is given, which a plain
     * {@code indexOf} is not: asked once per line, that would search the whole rest of the paste each time.
     */
    static int indexOf(String s, String str, int from, int to) {
        char first = str.charAt(0);
        for (int i = from, last = to - str.length(); i <= last; i++) {
            if (s.charAt(i) == first && s.startsWith(str, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a line's text starts after the "> " marks of a quoted e-mail or forum reply (several for a quote of a
     * quote); {@code from} when it has none.
     */
    static int afterQuoteMarks(String s, int from, int end) {
        int i = from;
        while (i < end && s.charAt(i) == '>') {
            i++;
            if (i < end && s.charAt(i) == ' ') {
                i++;
            }
        }
        return i;
    }

    /** True when every character of {@code s} is ASCII. */
    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-8 bytes as text, each byte that is not part of a valid sequence (RFC 3629 §4) kept as the lone low surrogate
     * U+DC80..U+DCFF: text around a binary body keeps its letters, and every byte still counts one for
     * Content-Length ({@link #isEscapedByte}).
     */
    static String decodeUtf8KeepingBytes(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int n = b.length;
        int run = 0; // start of the valid text not yet copied, decoded by the JDK in one go
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int more = utf8Continuations(c);
            boolean ok = more > 0 && i + more < n;
            for (int k = 1; ok && k <= more; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok && more >= 2) {
                ok = utf8SecondByteAllowed(c, b[i + 1] & 0xFF);
            }
            if (ok) {
                i += more + 1;
                continue;
            }
            sb.append(new String(b, run, i - run, java.nio.charset.StandardCharsets.UTF_8)).append((char) (0xDC00 + c));
            i++;
            run = i;
        }
        return sb.append(new String(b, run, n - run, java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** True when s[i] is a byte kept by {@link #decodeUtf8KeepingBytes}: a low surrogate with no high one before it. */
    static boolean isEscapedByte(String s, int i) {
        return Character.isLowSurrogate(s.charAt(i)) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** The bytes s[from, to) stands for: UTF-8, with the kept bytes given back as they were. */
    static byte[] utf8Bytes(String s, int from, int to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(to - from);
        int run = from;
        for (int i = from; i < to; i++) {
            if (isEscapedByte(s, i)) {
                out.writeBytes(s.substring(run, i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.write(s.charAt(i) - 0xDC00);
                run = i + 1;
            }
        }
        out.writeBytes(s.substring(run, to).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * Where the first byte that breaks UTF-8 stands in {@code bytes}, text whose characters are bytes (read as
     * ISO-8859-1), or -1 when all of it is valid UTF-8.
     */
    static int invalidUtf8At(String bytes) {
        int n = bytes.length();
        int i = 0;
        while (i < n) {
            int b = bytes.charAt(i);
            int more = utf8Continuations(b);
            if (more < 0) {
                return i;
            }
            for (int k = 1; k <= more; k++) {
                if (i + k >= n || (bytes.charAt(i + k) & 0xC0) != 0x80 || bytes.charAt(i + k) > 0xFF) {
                    return i;
                }
            }
            if (more >= 2 && !utf8SecondByteAllowed(b, bytes.charAt(i + 1))) {
                return i;
            }
            i += more + 1;
        }
        return -1;
    }

    /**
     * How many continuation bytes the UTF-8 lead byte {@code lead} announces (RFC 3629 §4): 0 for ASCII, -1 for a byte
     * no valid sequence starts with (a continuation byte, C0, C1, F5-FF).
     */
    private static int utf8Continuations(int lead) {
        return lead < 0x80 ? 0 : lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
    }

    /**
     * RFC 3629 §4 on the second byte of a three- or four-byte sequence: no overlong forms (E0 80-9F, F0 80-8F), no
     * surrogates (ED A0-BF, as CESU-8 writes them), nothing above U+10FFFF (F4 90-BF).
     */
    private static boolean utf8SecondByteAllowed(int lead, int second) {
        return !(lead == 0xE0 && second < 0xA0 || lead == 0xED && second >= 0xA0 || lead == 0xF0 && second < 0x90
                || lead == 0xF4 && second >= 0x90);
    }

    /** Control characters the grammar never allows outside a quoted-pair (HTAB is whitespace). */
    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t') || c == 0x7f;
    }

    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isTokenChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the first line holding more than blanks starts, or the text length when there is none. */
    static int firstNonBlankLine(String s) {
        int ls = 0;
        while (ls < s.length() && isBlank(s, ls, lineEnd(s, ls))) {
            ls = lineEnd(s, ls) + 1;
        }
        return Math.min(ls, s.length());
    }

    static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Removes the surrounding quotes of a quoted-string and resolves its quoted-pairs; other text is returned as is. */
    static String unquote(String v) {
        if (v.length() < 2 || v.charAt(0) != '"') {
            return v;
        }
        int end = v.charAt(v.length() - 1) == '"' ? v.length() - 1 : v.length();
        if (v.indexOf('\\') < 0) {
            return v.substring(1, end);
        }
        StringBuilder sb = new StringBuilder(end);
        for (int i = 1; i < end; i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < end) {
                c = v.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Decodes {@code %HH} escapes (as UTF-8 sequences) exactly once; malformed escapes are left as written, since
     * they are reported separately.
     */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                byte[] b = s.substring(run, i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                out.write(Integer.parseInt(s, i + 1, i + 3, 16));
                i += 2;
                run = i + 1;
            }
        }
        byte[] tail = s.substring(run).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.write(tail, 0, tail.length);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static String q(String value) {
        return Finding.quote(value);
    }

    /** True when s[at, to) starts like an SDP line: a lower-case letter type and '=' ("v=0", "a=rtpmap:..."). */
    static boolean sdpLineAt(String s, int at, int to) {
        return at + 1 < to && s.charAt(at) >= 'a' && s.charAt(at) <= 'z' && s.charAt(at + 1) == '=';
    }

    /** "line 7" or "lines 7-9", for findings that name where something stands in the paste. */
    static String lineRange(int first, int last) {
        return first == last ? "line " + first : "lines " + first + "-" + last;
    }

    /** Parses 1*DIGIT; returns -1 for empty or non-digit text and Long.MAX_VALUE on overflow. */
    static long parseDigits(String s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            if (v > (Long.MAX_VALUE - 9) / 10) {
                v = Long.MAX_VALUE;
            } else if (v != Long.MAX_VALUE) {
                v = v * 10 + (c - '0');
            }
        }
        return v;
    }

    /** The end of the line content s[from, to) without the CR of its CRLF, when it has one. */
    /** The end of s[from, to) without the spaces and tabs that end it. */
    static int trimEnd(String s, int from, int to) {
        while (to > from && isWsp(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    static int withoutCr(String s, int from, int to) {
        return to > from && s.charAt(to - 1) == '\r' ? to - 1 : to;
    }

    /** {@link #parseDigits} over s[from, to) with the whitespace around the number left out. */
    static long parseTrimmedDigits(String s, int from, int to) {
        int a = from;
        int e = to;
        while (a < e && isWsp(s.charAt(a))) {
            a++;
        }
        while (e > a && isWsp(s.charAt(e - 1))) {
            e--;
        }
        return parseDigits(s, a, e);
    }

    /** The offset where the line holding {@code at} starts. */
    static int lineStart(String s, int at) {
        return s.lastIndexOf('\n', at - 1) + 1;
    }

    /** The offset of the LF that ends the line holding {@code from}, or the text length. */
    static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    /** The start of the line after the one holding {@code from}, or the text length. */
    static int nextLine(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl + 1;
    }

    /** How many LFs s[from, to) holds. */
    static int countLineEnds(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
