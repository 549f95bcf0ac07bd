package org.syndicast.transform.impl;

import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.transform.Schema;
import org.syndicast.transform.Schemas;
import org.syndicast.transform.TransformException;

/** {@link Schemas} on the bundle's one {@link Sandbox}. */
@Component(service = Schemas.class)
public final class SchemaService implements Schemas {
    private final Sandbox sandbox;

    @Activate
    public SchemaService(@Reference Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Schema compile(String name, byte[] xsd) throws TransformException {
        Objects.requireNonNull(xsd, "xsd");
        String label = Sandbox.label(name, "schema");
        String digest = CompiledCache.sha256(xsd);
        return sandbox.cached(CompiledCache.key("xsd", label, digest), Schema.class,
                () -> new CompiledSchema(label, digest, sandbox.compileSafely(label, () -> SchemaCompiler.compile(label, xsd)), sandbox.runner()));
    }
}
