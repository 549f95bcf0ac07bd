package org.syndicast.transform.impl;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.syndicast.transform.ResultsParser;
import org.syndicast.transform.ResultsParserType;
import org.syndicast.transform.Stylesheet;
import org.syndicast.transform.TransformException;

/** A stylesheet whose output (read as UTF-8, trimmed) is the remote id. */
record XslResultsParser(Stylesheet stylesheet) implements ResultsParser {
    @Override
    public ResultsParserType type() {
        return ResultsParserType.XSL;
    }

    @Override
    public Optional<String> remoteId(byte[] response) throws TransformException {
        String text = new String(stylesheet.transform(response, Map.of()), StandardCharsets.UTF_8);
        if (text.startsWith("<?xml")) {
            text = text.substring(text.indexOf("?>") + 2);   // a stylesheet that forgot method="text"
        }
        return Optional.of(text.strip()).filter(s -> !s.isEmpty());
    }
}
