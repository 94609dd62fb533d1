package dev.sigref.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** The content did not validate: the start stops and the database keeps its previous catalog. */
public class InvalidContentException extends RuntimeException {

	private final List<ContentProblem> problems;

	public InvalidContentException(List<ContentProblem> problems) {
		super(problems.size() + " problem(s) in the content files:\n"
				+ problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> problems() {
		return problems;
	}

}
