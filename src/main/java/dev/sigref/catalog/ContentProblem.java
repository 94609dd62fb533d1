package dev.sigref.catalog;

/** One thing wrong with a content file, printed the way compilers print errors: {@code file:line: problem}. */
public record ContentProblem(String path, int line, String message) implements Comparable<ContentProblem> {

	@Override
	public String toString() {
		return path + ":" + line + ": " + message;
	}

	@Override
	public int compareTo(ContentProblem other) {
		int byPath = path.compareTo(other.path);
		return byPath != 0 ? byPath : Integer.compare(line, other.line);
	}

}
