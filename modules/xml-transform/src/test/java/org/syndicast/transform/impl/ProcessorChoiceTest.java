package org.syndicast.transform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.syndicast.transform.impl.TestSandbox.resource;
import static org.syndicast.transform.impl.TestSandbox.text;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;

import javax.xml.transform.TransformerFactory;
import javax.xml.transform.TransformerFactoryConfigurationError;

import org.junit.jupiter.api.Test;

/**
 * In Karaf the context class loader may be any bundle's, and another bundle may offer Saxon or Xalan through
 * META-INF/services: the sandbox still uses the JDK's XSLTC and validator.
 */
class ProcessorChoiceTest {
    @Test
    void aForeignContextClassLoaderDoesNotChooseTheProcessor() throws Exception {
        URL foreign = ProcessorChoiceTest.class.getResource("/foreign-tccl/");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {foreign}, null)) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThatThrownBy(TransformerFactory::newInstance).isInstanceOf(TransformerFactoryConfigurationError.class);

            try (TestSandbox box = new TestSandbox()) {
                byte[] video = box.stylesheets.compile("portal", resource("mrss/portal.xsl")).transform(resource("mrss/entry.xml"), Map.of());
                assertThat(text(video)).contains("<video id=\"0_k3x9q2mv\"");
                assertThat(box.schemas.compile("portal", resource("mrss/portal.xsd")).validate(video)).isEmpty();
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
