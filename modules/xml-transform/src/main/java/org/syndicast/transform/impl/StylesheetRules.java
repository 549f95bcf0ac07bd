package org.syndicast.transform.impl;

import java.util.List;
import java.util.Set;

import org.syndicast.transform.TransformException;
import org.xml.sax.Attributes;

/**
 * The sandbox's rules for a stylesheet, checked before XSLTC sees it (XSLTC's secure processing is the second
 * line): no DTD; only XSLT 1.0 instructions; no {@code xsl:include}/{@code xsl:import}; no extension elements
 * ({@code extension-element-prefixes}, or elements in a namespace XSLTC treats as one); no extension function
 * calls in any expression or attribute value template. Every violation is reported with its position.
 */
final class StylesheetRules extends UploadRules {
    static final String XSL = "http://www.w3.org/1999/XSL/Transform";
    private static final Set<String> XSLT_1 = Set.of("stylesheet", "transform", "template", "apply-templates",
            "call-template", "apply-imports", "param", "with-param", "variable", "value-of", "copy", "copy-of",
            "element", "attribute", "attribute-set", "text", "comment", "processing-instruction", "if", "choose",
            "when", "otherwise", "for-each", "sort", "number", "message", "fallback", "key", "decimal-format",
            "output", "strip-space", "preserve-space", "namespace-alias");
    private static final Set<String> EXPRESSION_ATTRIBUTES = Set.of("select", "test", "match", "use", "count", "from", "value");
    private static final Set<String> TEMPLATE_ATTRIBUTES = Set.of("name", "namespace", "lang", "data-type", "order",
            "case-order", "format", "letter-value", "grouping-separator", "grouping-size");
    private static final List<String> EXTENSION_NAMESPACES = List.of("http://xml.apache.org/", "http://exslt.org/",
            "http://saxon.sf.net/", "http://icl.com/saxon", "java:", "xalan:", "xalan://", "http://www.jclark.com/xt",
            "org.apache.xalan");

    /** Checks {@code xslt}; throws with every violation found. */
    static void check(byte[] xslt) throws TransformException {
        UploadRules.check(new StylesheetRules(), xslt);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        boolean xsl = XSL.equals(uri);
        if (xsl) {
            checkInstruction(localName);
        } else if (isExtensionNamespace(uri)) {
            refuse("element " + qName + " is in the extension namespace " + uri + ": extensions are not allowed");
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            String attrUri = attributes.getURI(i);
            String name = attributes.getLocalName(i);
            String value = attributes.getValue(i);
            if ("extension-element-prefixes".equals(name) && (xsl ? attrUri.isEmpty() : XSL.equals(attrUri))) {
                refuse("extension-element-prefixes is not allowed: the sandbox has no extension elements");
            } else if (xsl && attrUri.isEmpty() && EXPRESSION_ATTRIBUTES.contains(name)) {
                Expressions.extensionCall(value).ifPresent(this::refuseCall);
            } else if (!xsl || TEMPLATE_ATTRIBUTES.contains(name)) {
                Expressions.extensionCallInTemplate(value).ifPresent(this::refuseCall);
            }
            if (xsl && "output".equals(localName) && "method".equals(name) && value.contains(":")) {
                refuse("xsl:output method " + value + " is not allowed: use xml, html or text");
            }
        }
    }

    private void checkInstruction(String localName) {
        if ("include".equals(localName) || "import".equals(localName)) {
            refuse("xsl:" + localName + " is not allowed: a stylesheet must be one self-contained upload");
        } else if (!XSLT_1.contains(localName)) {
            refuse("xsl:" + localName + " is not an XSLT 1.0 instruction: not allowed");
        }
    }

    private static boolean isExtensionNamespace(String uri) {
        return !uri.isEmpty() && EXTENSION_NAMESPACES.stream().anyMatch(uri::startsWith);
    }

    private void refuseCall(String function) {
        refuse("extension function " + function + "() is not allowed: only XSLT 1.0 and XPath 1.0 functions");
    }
}
