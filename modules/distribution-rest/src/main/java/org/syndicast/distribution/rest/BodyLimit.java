package org.syndicast.distribution.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import javax.ws.rs.NameBinding;

/**
 * Name binding: request bodies of the resource or method are limited to {@code max.body.bytes} of
 * {@code org.syndicast.rest} (413 past it). Streaming uploads do not carry it.
 */
@NameBinding
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface BodyLimit {
}
