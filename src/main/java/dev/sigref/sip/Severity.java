package dev.sigref.sip;

/** How bad a {@link Finding} is; declared from worst to mildest so that natural order sorts errors first. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Lower-case name, as the web layer shows it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
