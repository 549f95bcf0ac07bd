package org.syndicast.transform;

/**
 * Compiles W3C XML Schemas (1.0, the JDK's own validator). A schema must be self-contained: no DTD, and
 * {@code xs:include}, {@code xs:import} and {@code xs:redefine} of any location are refused (an
 * {@code xs:import} without {@code schemaLocation} of a namespace the schema does not define is harmless).
 */
public interface Schemas {
    /**
     * The compiled form of {@code xsd}, cached per {@code name} and SHA-256 of the bytes.
     *
     * @throws TransformException {@code INVALID_SOURCE} or {@code FORBIDDEN} with every problem found
     */
    Schema compile(String name, byte[] xsd) throws TransformException;
}
