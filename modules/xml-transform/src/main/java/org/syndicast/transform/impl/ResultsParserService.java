package org.syndicast.transform.impl;

import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.transform.ResultsParser;
import org.syndicast.transform.ResultsParserType;
import org.syndicast.transform.ResultsParsers;
import org.syndicast.transform.Stylesheets;
import org.syndicast.transform.TransformException;

/** {@link ResultsParsers} on the bundle's one {@link Sandbox}; XSL parsers are {@link Stylesheets}' stylesheets. */
@Component(service = ResultsParsers.class)
public final class ResultsParserService implements ResultsParsers {
    private final Sandbox sandbox;
    private final Stylesheets stylesheets;

    @Activate
    public ResultsParserService(@Reference Sandbox sandbox, @Reference Stylesheets stylesheets) {
        this.sandbox = sandbox;
        this.stylesheets = stylesheets;
    }

    @Override
    public ResultsParser compile(ResultsParserType type, String name, String data) throws TransformException {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        return switch (type) {
            case XSL -> new XslResultsParser(stylesheets.compile(Sandbox.label(name, "results parser"), CompiledCache.utf8(data)));
            case XPATH -> XPathResultsParser.compile(data.strip(), sandbox.runner());
            case REGEX -> RegexResultsParser.compile(data, sandbox.runner());
        };
    }
}
