package org.syndicast.transform.impl;


import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.syndicast.transform.TransformException;

/**
 * The one sandbox of the server: the worker pool and the cache of compiled stylesheets and schemas behind
 * {@link StylesheetService}, {@link SchemaService} and {@link ResultsParserService} (a service private to this
 * bundle). A configuration change applies live without restarting anything, so compiled stylesheets held by
 * callers stay usable: new limits apply to the next run, a new pool or stack size swaps the pool (runs already
 * started finish on the old one), a new cache size starts an empty cache.
 */
@Component(service = Sandbox.class, configurationPid = "org.syndicast.transform")
@Designate(ocd = TransformConfig.class)
public final class Sandbox {
    private final SandboxRunner runner;
    private volatile CompiledCache cache;

    @Activate
    public Sandbox(TransformConfig config) {
        this(SandboxSettings.from(config));
    }

    Sandbox(SandboxSettings settings) {
        this.runner = new SandboxRunner(settings);
        this.cache = new CompiledCache(settings.cacheEntries());
    }

    @Modified
    void modified(TransformConfig config) {
        SandboxSettings next = SandboxSettings.from(config);
        if (next.cacheEntries() != runner.settings().cacheEntries()) {
            cache = new CompiledCache(next.cacheEntries());
        }
        runner.reconfigure(next);
    }

    @Deactivate
    void close() {
        runner.close();
    }

    SandboxRunner runner() {
        return runner;
    }

    /** The cached value for {@code key}, or what {@code compile} makes of it (then cached). */
    <T, E extends Exception> T cached(String key, Class<T> type, Compile<T, E> compile) throws E {
        CompiledCache current = cache;
        Object known = current.get(key);
        if (type.isInstance(known)) {
            return type.cast(known);
        }
        T compiled = compile.run();
        current.put(key, compiled);
        return compiled;
    }

    /**
     * Runs a compilation on a sandbox worker within the configured time: a hostile stylesheet or schema can be
     * costly to compile too (deep expressions, exploding content models).
     */
    <T> T compileSafely(String label, Compile<T, TransformException> compile) throws TransformException {
        return runner.run(runner.settings().limits(), run -> compile.run(),
                e -> new TransformException(TransformException.Kind.INVALID_SOURCE, label + " does not compile: " + e));
    }

    /** A compilation that may fail. */
    interface Compile<T, E extends Exception> {
        T run() throws E;
    }

    static String label(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

}
