package org.syndicast.transform;

import java.util.List;

/** A compiled schema: immutable and thread-safe. */
public interface Schema {
    /** The name it was compiled under. */
    String name();

    /** Lower-case hex SHA-256 of the schema's bytes: its version. */
    String digest();

    /**
     * Every error of {@code document} against this schema, in document order, each with line, column and the
     * validator's message: empty when the document is valid. A document that is not well-formed (or has a
     * DTD) answers the validity errors before the point where parsing stopped, then that fatal error.
     *
     * @throws TransformException {@code TIME_LIMIT}, {@code INVALID_INPUT} (larger than the output limit) or
     *         {@code UNAVAILABLE}, never for an invalid document
     */
    List<XmlProblem> validate(byte[] document) throws TransformException;
}
