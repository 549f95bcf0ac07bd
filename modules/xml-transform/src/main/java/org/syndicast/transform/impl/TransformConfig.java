package org.syndicast.transform.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Syndicast XML transformation sandbox",
        description = "Limits of every XSLT transformation, schema validation and results parse")
public @interface TransformConfig {
    @AttributeDefinition(description = "Longest a run may take, in ms; a longer one is stopped. At least 10.")
    long time_limit_ms() default 5000;

    @AttributeDefinition(description = "Most bytes a run may output (and largest input), at least 1024.")
    long output_limit_bytes() default 16777216;

    @AttributeDefinition(description = "Most bytes a run may allocate (garbage included), at least 16 MiB.")
    long allocation_limit_bytes() default 268435456;

    @AttributeDefinition(description = "Sandbox worker threads: how many runs at the same time. At least 1.")
    int workers() default 4;

    @AttributeDefinition(description = "Runs that may wait for a worker; more are refused. At least 0.")
    int queue() default 64;

    @AttributeDefinition(description = "Stack size of a worker thread in KiB: bounds recursion. At least 256.")
    int stack_kib() default 2048;

    @AttributeDefinition(description = "Compiled stylesheets and schemas kept, by name and digest. At least 1.")
    int cache_entries() default 256;

    @AttributeDefinition(description = "Largest answer a REGEX results parser reads, in bytes. At least 1.")
    int regex_max_input_bytes() default 1048576;
}
