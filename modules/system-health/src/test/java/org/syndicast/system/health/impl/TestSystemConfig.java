package org.syndicast.system.health.impl;

import java.lang.annotation.Annotation;

/** A {@link SystemConfig} with the defaults, as Configuration Admin would hand it over without a file. */
final class TestSystemConfig implements SystemConfig {
    long depth = 1000;
    long age = 600;
    boolean anonymous;

    @Override
    public Class<? extends Annotation> annotationType() {
        return SystemConfig.class;
    }

    @Override
    public long queue_warn_depth() {
        return depth;
    }

    @Override
    public long queue_warn_age_seconds() {
        return age;
    }

    @Override
    public long lease_overdue_seconds() {
        return 60;
    }

    @Override
    public long database_timeout_ms() {
        return 1500;
    }

    @Override
    public boolean metrics_anonymous() {
        return anonymous;
    }

    @Override
    public long metrics_queue_refresh_seconds() {
        return 0;
    }
}
