/**
 * Syndicast's distribution API: the channel SPI ({@link org.syndicast.distribution.api.DistributionService}),
 * the media package model, the job model and the core's {@link org.syndicast.distribution.api.Distributor}.
 * Documents are in {@code .xml}, HTTP serving helpers in {@code .http}, callers and sessions in {@code .auth},
 * the element source policy in {@code .source} and channel targets ({@code ChannelTargets}) in {@code .target}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.distribution.api;
