package org.syndicast.transform.impl;

import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.transform.Stylesheet;
import org.syndicast.transform.Stylesheets;
import org.syndicast.transform.TransformException;

/** {@link Stylesheets} on the bundle's one {@link Sandbox}. */
@Component(service = Stylesheets.class)
public final class StylesheetService implements Stylesheets {
    private final Sandbox sandbox;

    @Activate
    public StylesheetService(@Reference Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Stylesheet compile(String name, byte[] xslt) throws TransformException {
        Objects.requireNonNull(xslt, "xslt");
        String label = Sandbox.label(name, "stylesheet");
        String digest = CompiledCache.sha256(xslt);
        return sandbox.cached(CompiledCache.key("xsl", label, digest), Stylesheet.class,
                () -> new CompiledStylesheet(label, digest, sandbox.compileSafely(label, () -> StylesheetCompiler.compile(label, xslt)), sandbox.runner()));
    }
}
