package org.syndicast.distribution.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import javax.ws.rs.NameBinding;

/**
 * Name binding: the resource or method needs an authenticated caller with a read role (GET, HEAD, OPTIONS) or a
 * write role (everything else), as the one {@code Authentication} service decides; 401 or 403 otherwise, in the
 * dialect's error shape. The caller is then the request's {@code SecurityContext} principal, a
 * {@code org.syndicast.distribution.api.auth.Caller}. A method without it is public.
 */
@NameBinding
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Authenticated {
}
