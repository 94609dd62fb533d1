package dev.sigref.callflow;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses renderer output with the JDK's XML parser, so tests check what a reader of the SVG really sees. */
final class SvgDocument {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    /** Parses the SVG, failing on any well-formedness error; DOCTYPEs are refused so no entity can be smuggled in. */
    static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return new SvgDocument(builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> elements(String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    List<Element> allElements() {
        return elements("*");
    }

    /** Elements with this class among their classes. */
    List<Element> withClass(String cssClass) {
        List<Element> result = new ArrayList<>();
        for (Element element : allElements()) {
            for (String name : element.getAttribute("class").split(" ")) {
                if (name.equals(cssClass)) {
                    result.add(element);
                }
            }
        }
        return result;
    }

    /** The text an element shows, without the tooltip text of its {@code <title>} children. */
    static String shownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    static Element child(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getLocalName().equals(localName)) {
                return element;
            }
        }
        return null;
    }

    static int intAttribute(Element element, String name) {
        return Integer.parseInt(element.getAttribute(name));
    }
}
