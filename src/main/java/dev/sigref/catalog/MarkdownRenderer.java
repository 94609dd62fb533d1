package dev.sigref.catalog;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders entry bodies to HTML, once, at import. Raw HTML in the Markdown is escaped rather than passed through, so a
 * content file can never inject markup into the page.
 */
final class MarkdownRenderer {

	private final Parser parser;

	private final HtmlRenderer renderer;

	MarkdownRenderer() {
		var extensions = List.of(TablesExtension.create());
		this.parser = Parser.builder().extensions(extensions).build();
		this.renderer = HtmlRenderer.builder()
			.extensions(extensions)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.build();
	}

	String render(String markdown) {
		Node document = parser.parse(markdown);
		document.accept(new HeadingDemoter());
		return renderer.render(document);
	}

	/** The body sits under the page's own h2 section, so its "## How it works" renders as an h3. */
	private static final class HeadingDemoter extends AbstractVisitor {

		@Override
		public void visit(Heading heading) {
			heading.setLevel(Math.min(6, heading.getLevel() + 1));
			visitChildren(heading);
		}

	}

}
