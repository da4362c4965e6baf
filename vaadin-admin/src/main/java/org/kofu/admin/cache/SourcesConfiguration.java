package org.kofu.admin.cache;

import org.kofu.core.existing.CertificateSources;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The city's source per certificate type and the fallback setting ({@code kofu.certificate.*}),
 * bound as the relay and the batch bind them, for the cache view to show (never to change).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateSources.class)
class SourcesConfiguration {}
