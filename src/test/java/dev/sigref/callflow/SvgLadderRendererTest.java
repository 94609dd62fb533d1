package dev.sigref.callflow;

import static dev.sigref.callflow.SvgDocument.intAttribute;
import static dev.sigref.callflow.SvgDocument.shownText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

class SvgLadderRendererTest {

    private final SvgLadderRenderer renderer = new SvgLadderRenderer();

    private static int estimatedWidth(String text) {
        return (int) Math.ceil(text.codePointCount(0, text.length()) * SvgLadderRenderer.CHAR_WIDTH_PX);
    }

    private static List<Element> stepGroups(SvgDocument doc) {
        return doc.withClass("step");
    }

    private static Element stepLabel(Element stepGroup) {
        Element label = null;
        for (Element text : elementsUnder(stepGroup, "text")) {
            if (text.getAttribute("class").equals("step-label")) {
                label = text;
            }
        }
        return label;
    }

    private static List<Element> elementsUnder(Element parent, String localName) {
        var nodes = parent.getElementsByTagNameNS("*", localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    @Test
    void the_output_is_a_standalone_svg_whose_size_and_view_box_match_the_returned_geometry() {
        SvgLadder ladder = renderer.render(Ladders.registrationChallenge());
        SvgDocument doc = SvgDocument.parse(ladder.svg());

        Element root = doc.root();
        assertThat(root.getNamespaceURI()).isEqualTo(SvgDocument.SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(intAttribute(root, "width")).isEqualTo(ladder.width());
        assertThat(intAttribute(root, "height")).isEqualTo(ladder.height());
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + ladder.width() + " " + ladder.height());
        assertThat(shownText(SvgDocument.child(root, "title"))).isEqualTo("Registration");
    }

    @Test
    void lifelines_sit_at_the_returned_column_positions_under_their_participant_labels() {
        SvgLadder ladder = renderer.render(Ladders.registrationChallenge());
        SvgDocument doc = SvgDocument.parse(ladder.svg());

        List<Element> lifelines = elementsUnder(doc.withClass("lifelines").get(0), "line");
        assertThat(lifelines).extracting(line -> intAttribute(line, "x1")).containsExactlyElementsOf(ladder.columnX());
        Element header = doc.withClass("participants").get(0);
        List<Element> headerTexts = elementsUnder(header, "text");
        assertThat(headerTexts).extracting(SvgDocument::shownText).containsExactly("UE", "P-CSCF", "S-CSCF");
        assertThat(headerTexts).extracting(text -> intAttribute(text, "x")).containsExactlyElementsOf(ladder.columnX());
    }

    @Test
    void column_positions_grow_left_to_right_and_a_long_label_widens_only_the_gap_it_spans() {
        List<Step> steps = List.of(
                Step.of(1, "ue", "pcscf", "MESSAGE"),
                Step.of(2, "pcscf", "scscf", "INVITE (SDP offer, preconditions: qos local sendrecv)"));
        List<Integer> x = renderer.render(new Ladder("t", Ladders.IMS_CORE, steps)).columnX();

        assertThat(x).isSorted().doesNotHaveDuplicates();
        int shortGap = x.get(1) - x.get(0);
        int longGap = x.get(2) - x.get(1);
        assertThat(longGap).isGreaterThan(shortGap)
                .isGreaterThanOrEqualTo(estimatedWidth("2. INVITE (SDP offer, preconditions: qos local sendrecv)")
                        + 2 * SvgLadderRenderer.LABEL_CLEARANCE);
        assertThat(shortGap).isEqualTo(SvgLadderRenderer.MIN_COLUMN_GAP);
    }

    @Test
    void a_label_spanning_several_columns_fits_between_its_two_lifelines() {
        String label = "INVITE tel:+33612345678 (SDP offer, preconditions)";
        List<Step> steps = List.of(Step.of(1, "ue", "scscf", label));
        List<Integer> x = renderer.render(new Ladder("t", Ladders.IMS_CORE, steps)).columnX();

        assertThat(x.get(2) - x.get(0)).isGreaterThanOrEqualTo(estimatedWidth("1. " + label));
        assertThat(x.get(1) - x.get(0)).isEqualTo(SvgLadderRenderer.MIN_COLUMN_GAP);
    }

    @Test
    void long_participant_labels_push_their_neighbours_apart_so_headers_do_not_overlap() {
        List<Participant> participants = List.of(
                new Participant("a", "Interconnection Border Control Function (IBCF)"),
                new Participant("b", "Transition Gateway (TrGW) of the peer network"));
        SvgLadder ladder = renderer.render(new Ladder("t", participants, List.of()));
        SvgDocument doc = SvgDocument.parse(ladder.svg());

        List<Element> boxes = elementsUnder(doc.withClass("participants").get(0), "rect");
        int firstRight = intAttribute(boxes.get(0), "x") + intAttribute(boxes.get(0), "width");
        assertThat(intAttribute(boxes.get(1), "x")).isGreaterThan(firstRight);
        assertThat(intAttribute(boxes.get(0), "x")).isGreaterThanOrEqualTo(0);
        assertThat(intAttribute(boxes.get(1), "x") + intAttribute(boxes.get(1), "width")).isLessThanOrEqualTo(ladder.width());
    }

    @Test
    void a_self_step_is_a_loop_leaving_and_returning_to_its_lifeline_on_the_right() {
        SvgLadder ladder = renderer.render(Ladders.registrationChallenge());
        SvgDocument doc = SvgDocument.parse(ladder.svg());
        int lifeline = ladder.columnX().get(2);

        List<Element> loops = doc.withClass("self");
        assertThat(loops).hasSize(1);
        String[] points = loops.get(0).getAttribute("points").split(" ");
        assertThat(points[0]).isEqualTo(lifeline + "," + points[0].split(",")[1]);
        for (String point : points) {
            assertThat(Integer.parseInt(point.split(",")[0])).isGreaterThanOrEqualTo(lifeline);
        }
        Element step = stepGroups(doc).get(2);
        Element head = elementsUnder(step, "polygon").get(0);
        assertThat(head.getAttribute("points")).startsWith(lifeline + ",");
        assertThat(stepLabel(step).getAttribute("text-anchor")).isEqualTo("start");
        assertThat(intAttribute(stepLabel(step), "x")).isGreaterThan(lifeline);
    }

    @Test
    void a_self_step_on_the_last_column_widens_the_drawing_to_hold_its_label() {
        String label = "Diameter MAR/MAA towards the HSS (SQN check)";
        List<Step> steps = List.of(Step.of(1, "scscf", "scscf", label));
        SvgLadder ladder = renderer.render(new Ladder("t", Ladders.IMS_CORE, steps));

        assertThat(ladder.width()).isGreaterThan(ladder.columnX().get(2) + estimatedWidth("1. " + label));
    }

    @Test
    void arrows_point_from_sender_to_receiver_in_both_directions() {
        SvgLadder ladder = renderer.render(Ladders.registrationChallenge());
        SvgDocument doc = SvgDocument.parse(ladder.svg());
        List<Element> steps = stepGroups(doc);

        Element rightward = elementsUnder(steps.get(0), "polygon").get(0);
        Element leftward = elementsUnder(steps.get(4), "polygon").get(0);
        assertThat(rightward.getAttribute("points")).startsWith(ladder.columnX().get(1) + ",");
        assertThat(leftward.getAttribute("points")).startsWith(ladder.columnX().get(0) + ",");
        Element leftwardLine = elementsUnder(steps.get(4), "line").get(0);
        assertThat(intAttribute(leftwardLine, "x1")).isEqualTo(ladder.columnX().get(1));
    }

    @Test
    void every_step_label_starts_with_its_number_so_it_matches_the_list_under_the_diagram() {
        SvgDocument doc = SvgDocument.parse(renderer.render(Ladders.registrationChallenge()).svg());

        assertThat(stepGroups(doc)).extracting(g -> shownText(stepLabel(g)))
                .containsExactly("1. REGISTER", "2. REGISTER", "3. MAR/MAA", "4. 401", "5. 401");
        assertThat(stepGroups(doc)).extracting(g -> g.getAttribute("data-step"))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void notes_and_time_deltas_are_drawn_level_with_their_step() {
        SvgLadder ladder = renderer.render(Ladders.registrationChallenge());
        SvgDocument doc = SvgDocument.parse(ladder.svg());

        List<Element> notes = doc.withClass("note");
        assertThat(notes).extracting(SvgDocument::shownText).containsExactly("HSS lookup", "sec-agree");
        Element lastArrow = elementsUnder(stepGroups(doc).get(4), "line").get(0);
        assertThat(intAttribute(notes.get(1), "y")).isEqualTo(intAttribute(lastArrow, "y1") + 4);
        assertThat(intAttribute(notes.get(1), "x")).isGreaterThan(ladder.columnX().get(2));

        List<Element> deltas = doc.withClass("time-delta");
        assertThat(deltas).extracting(SvgDocument::shownText).containsExactly("+0.004 s");
        assertThat(intAttribute(deltas.get(0), "x")).isLessThan(ladder.columnX().get(0));
    }

    @Test
    void a_step_with_an_href_wraps_its_arrow_and_label_in_a_link() {
        List<Step> steps = List.of(
                new Step(1, "ue", "pcscf", "INVITE", "/messages/sip/invite", null, null),
                new Step(2, "pcscf", "ue", "100 Trying", null, null, null),
                new Step(3, "pcscf", "ue", "183", "#decoded-3", null, null));
        SvgDocument doc = SvgDocument.parse(renderer.render(new Ladder("t", Ladders.IMS_CORE, steps)).svg());

        List<Element> links = doc.elements("a");
        assertThat(links).extracting(a -> a.getAttribute("href")).containsExactly("/messages/sip/invite", "#decoded-3");
        for (Element link : links) {
            assertThat(elementsUnder(link, "line")).hasSize(1);
            assertThat(elementsUnder(link, "text")).hasSize(1);
            assertThat(link.getAttributeNS("http://www.w3.org/1999/xlink", "href")).isEqualTo(link.getAttribute("href"));
        }
        assertThat(elementsUnder(stepGroups(doc).get(1), "a")).isEmpty();
    }

    @Test
    void a_label_longer_than_sixty_characters_is_cut_with_an_ellipsis_and_kept_whole_in_a_title() {
        String label = "INVITE sip:+33612345678@ims.mnc001.mcc208.3gppnetwork.org;user=phone SIP/2.0 (SDP offer)";
        List<Step> steps = List.of(Step.of(1, "ue", "pcscf", label));
        SvgDocument doc = SvgDocument.parse(renderer.render(new Ladder("t", Ladders.IMS_CORE, steps)).svg());

        Element text = stepLabel(stepGroups(doc).get(0));
        String shown = shownText(text);
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(60);
        assertThat(shown).startsWith("1. INVITE sip:+33612345678").endsWith("\u2026");
        assertThat(SvgDocument.child(text, "title").getTextContent()).isEqualTo("1. " + label);
    }

    @Test
    void a_label_of_exactly_sixty_characters_is_shown_whole_without_a_title() {
        String label = "x".repeat(57); // "1. " + 57 = 60
        List<Step> steps = List.of(Step.of(1, "ue", "pcscf", label));
        SvgDocument doc = SvgDocument.parse(renderer.render(new Ladder("t", Ladders.IMS_CORE, steps)).svg());

        Element text = stepLabel(stepGroups(doc).get(0));
        assertThat(shownText(text)).isEqualTo("1. " + label);
        assertThat(SvgDocument.child(text, "title")).isNull();
    }

    @Test
    void a_hundred_steps_across_twelve_participants_stay_legible() {
        Ladder large = Ladders.large(12, 100);
        SvgLadder ladder = renderer.render(large);
        SvgDocument doc = SvgDocument.parse(ladder.svg());

        List<Element> steps = stepGroups(doc);
        assertThat(steps).hasSize(100);
        assertThat(ladder.columnX()).hasSize(12).isSorted().doesNotHaveDuplicates();

        int previousY = Integer.MIN_VALUE;
        for (int i = 0; i < steps.size(); i++) {
            Step step = large.steps().get(i);
            Element label = stepLabel(steps.get(i));
            int y = intAttribute(label, "y");
            // One row per step: labels never share a line, so they cannot overlap.
            assertThat(y).isGreaterThanOrEqualTo(previousY + SvgLadderRenderer.ROW_HEIGHT);
            previousY = y;
            int from = ladder.columnX().get(Integer.parseInt(step.from().substring(1)));
            int to = ladder.columnX().get(Integer.parseInt(step.to().substring(1)));
            int labelWidth = estimatedWidth(shownText(label));
            if (step.isSelfStep()) {
                int next = Integer.parseInt(step.from().substring(1)) + 1;
                int limit = next < 12 ? ladder.columnX().get(next) : ladder.width();
                assertThat(intAttribute(label, "x") + labelWidth).isLessThanOrEqualTo(limit);
            } else {
                assertThat(Math.abs(to - from)).isGreaterThanOrEqualTo(labelWidth);
            }
        }
        assertThat(ladder.height()).isGreaterThan(100 * SvgLadderRenderer.ROW_HEIGHT);
        assertThat(doc.withClass("participants-footer")).hasSize(1);
    }

    @Test
    void a_hostile_label_cannot_close_the_text_element_or_inject_a_script() {
        String hostile = "</text><script>alert(1)</script>";
        List<Step> steps = List.of(Step.of(1, "ue", "pcscf", hostile));
        String svg = renderer.render(new Ladder("t", Ladders.IMS_CORE, steps)).svg();

        assertThat(svg).doesNotContainIgnoringCase("<script");
        SvgDocument doc = SvgDocument.parse(svg);
        assertThat(doc.elements("script")).isEmpty();
        assertThat(shownText(stepLabel(stepGroups(doc).get(0)))).isEqualTo("1. " + hostile);
    }

    @Test
    void a_javascript_href_is_dropped_and_the_step_is_drawn_without_a_link() {
        List<Step> steps = List.of(
                new Step(1, "ue", "pcscf", "INVITE", "javascript:alert(1)", null, null),
                new Step(2, "ue", "pcscf", "INVITE", " JavaScript:alert(1)", null, null),
                new Step(3, "ue", "pcscf", "INVITE", "//evil.example/x", null, null),
                new Step(4, "ue", "pcscf", "INVITE", "/\\evil.example", null, null),
                new Step(5, "ue", "pcscf", "INVITE", "/\t/evil.example", null, null),
                new Step(6, "ue", "pcscf", "INVITE", "data:text/html,<script>alert(1)</script>", null, null),
                new Step(7, "ue", "pcscf", "INVITE", "https://evil.example/", null, null));
        String svg = renderer.render(new Ladder("t", Ladders.IMS_CORE, steps)).svg();

        assertThat(svg).doesNotContainIgnoringCase("javascript").doesNotContain("evil").doesNotContain("data:");
        assertThat(SvgDocument.parse(svg).elements("a")).isEmpty();
        assertThat(stepGroups(SvgDocument.parse(svg))).hasSize(7);
    }

    @Test
    void a_relative_href_is_escaped_inside_its_attribute() {
        List<Step> steps = List.of(new Step(1, "ue", "pcscf", "INVITE", "/m?a=1&b=\"x\"'<y>", null, null));
        String svg = renderer.render(new Ladder("t", Ladders.IMS_CORE, steps)).svg();

        assertThat(svg).contains("href=\"/m?a=1&amp;b=&quot;x&quot;&#39;&lt;y&gt;\"");
        assertThat(SvgDocument.parse(svg).elements("a").get(0).getAttribute("href")).isEqualTo("/m?a=1&b=\"x\"'<y>");
    }

    @Test
    void hostile_text_anywhere_in_the_ladder_yields_well_formed_svg_without_active_content() {
        String[] pieces = {"<", ">", "&", "\"", "'", "</text>", "<script>", "]]>", "<!--", "-->", "<![CDATA[",
            "&amp;", "&#0;", "\u0000", "\u0007", "\n", "\r", "\t", "\uD800", "\uDC00", "\uD83D\uDE00", "\uFFFE",
            "\u202E", "javascript:", "onload=", " onclick=\"x\"", "<a href=\"javascript:x\">", "é", "\u2028"};
        Random random = new Random(20240601);
        for (int round = 0; round < 300; round++) {
            List<Participant> participants = List.of(
                    new Participant("x" + hostile(random, pieces), hostile(random, pieces)),
                    new Participant("b", hostile(random, pieces)));
            String id = participants.get(0).id();
            List<Step> steps = List.of(
                    new Step(1, id, "b", hostile(random, pieces), "/" + hostile(random, pieces),
                            hostile(random, pieces), hostile(random, pieces)),
                    new Step(2, "b", "b", hostile(random, pieces), "#" + hostile(random, pieces),
                            hostile(random, pieces), null),
                    new Step(3, "b", id, hostile(random, pieces), hostile(random, pieces), null, null));
            String svg = renderer.render(new Ladder(hostile(random, pieces), participants, steps)).svg();

            SvgDocument doc = SvgDocument.parse(svg);
            assertThat(doc.elements("script")).isEmpty();
            assertThat(doc.elements("foreignObject")).isEmpty();
            for (Element element : doc.allElements()) {
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr attribute = (Attr) attributes.item(i);
                    assertThat(attribute.getLocalName()).doesNotStartWithIgnoringCase("on");
                    if (attribute.getLocalName().equals("href")) {
                        assertThat(attribute.getValue()).matches("^(/[^/\\\\]|#).*|^/$").doesNotContain("\t");
                    }
                }
            }
        }
    }

    private static String hostile(Random random, String[] pieces) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
            if (random.nextBoolean()) {
                text.append("INVITE");
            }
        }
        return text.toString();
    }

    @Test
    void the_svg_has_no_script_style_block_external_resource_or_colour_other_than_black_and_white() {
        String svg = renderer.render(Ladders.large(12, 100)).svg();
        SvgDocument doc = SvgDocument.parse(svg);

        assertThat(doc.elements("script")).isEmpty();
        assertThat(doc.elements("style")).isEmpty();
        assertThat(doc.elements("image")).isEmpty();
        assertThat(doc.elements("use")).isEmpty();
        assertThat(svg).doesNotContain("url(").doesNotContain("@import");
        for (Element element : doc.allElements()) {
            for (String paint : List.of("fill", "stroke")) {
                String colour = element.getAttribute(paint);
                assertThat(colour).as(paint + " of " + element.getLocalName()).isIn("", "#000", "#fff", "none");
            }
        }
        assertThat(svg.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xlink", ""))
                .doesNotContain("http");
    }

    @Test
    void rendering_is_deterministic_and_uses_no_ids_that_could_clash_on_a_page() {
        String first = renderer.render(Ladders.registrationChallenge()).svg();
        String second = renderer.render(Ladders.registrationChallenge()).svg();

        assertThat(first).isEqualTo(second);
        for (Element element : SvgDocument.parse(first).allElements()) {
            assertThat(element.hasAttribute("id")).isFalse();
        }
    }

    @Test
    void a_ladder_without_steps_still_draws_its_participants() {
        SvgLadder ladder = renderer.render(new Ladder("empty", Ladders.IMS_CORE, List.of()));

        SvgDocument doc = SvgDocument.parse(ladder.svg());
        assertThat(stepGroups(doc)).isEmpty();
        assertThat(ladder.columnX()).hasSize(3).isSorted();
    }
}
