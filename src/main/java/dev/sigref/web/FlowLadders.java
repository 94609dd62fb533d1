package dev.sigref.web;

import java.util.ArrayList;
import java.util.List;

import dev.sigref.callflow.Ladder;
import dev.sigref.callflow.Participant;
import dev.sigref.callflow.Step;
import dev.sigref.catalog.FlowDefinition;

/** A stored flow as a ladder: one column per participant, one arrow per step, each arrow linking its message entry. */
final class FlowLadders {

	private FlowLadders() {
	}

	static Ladder of(FlowDefinition flow) {
		List<Participant> participants = flow.participants().stream().map(p -> new Participant(p.id(), p.label()))
			.toList();
		List<Step> steps = new ArrayList<>();
		int n = 1;
		for (FlowDefinition.Step s : flow.steps()) {
			String href = s.message() == null ? null : "/messages/ims/" + s.message();
			steps.add(new Step(n++, s.from(), s.to(), s.label(), href, s.note(), null));
		}
		return new Ladder(flow.title(), participants, steps);
	}

}
