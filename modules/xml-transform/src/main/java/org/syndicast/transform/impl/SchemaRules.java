package org.syndicast.transform.impl;

import javax.xml.XMLConstants;

import org.syndicast.transform.TransformException;
import org.xml.sax.Attributes;

/**
 * The sandbox's rules for a schema, checked before the validator compiles it: no DTD, and no {@code
 * xs:include}, {@code xs:redefine}, {@code xs:override} or {@code xs:import} with a {@code schemaLocation}
 * (the schema must be one upload). The compiler's own resolver refuses every location as well.
 */
final class SchemaRules extends UploadRules {
    static void check(byte[] xsd) throws TransformException {
        UploadRules.check(new SchemaRules(), xsd);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(uri)) {
            return;
        }
        String location = attributes.getValue("", "schemaLocation");
        switch (localName) {
            case "include", "redefine", "override" -> refuse("xs:" + localName
                    + " is not allowed: a schema must be one self-contained upload");
            case "import" -> {
                if (location != null) {
                    refuse("xs:import of schemaLocation '" + location
                            + "' is not allowed: a schema must be one self-contained upload");
                }
            }
            default -> { }
        }
    }
}
