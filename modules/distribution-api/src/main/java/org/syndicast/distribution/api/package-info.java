/**
 * Syndicast's distribution API: the channel SPI ({@link org.syndicast.distribution.api.DistributionService}),
 * the media package model with its Opencast-compatible XML, and the job model with its documents.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.distribution.api;
