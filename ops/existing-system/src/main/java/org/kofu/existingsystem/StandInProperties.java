package org.kofu.existingsystem;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The stand-in's settings ({@code kofu.stand-in.*}).
 *
 * @param font the TrueType font it embeds (Debian's IPAex明朝 by default)
 * @param fallbackFont drawn for a text the first font lacks (IPAmj明朝)
 * @param misbehaviour how it answers, for tests: {@link Misbehaviour.Mode}
 * @param slowness how long a {@code SLOW} answer waits
 */
@ConfigurationProperties("kofu.stand-in")
public record StandInProperties(
    @DefaultValue("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf") String font,
    @DefaultValue("/usr/share/fonts/truetype/ipamj/ipamjm.ttf") String fallbackFont,
    @DefaultValue("函館市") String cityName,
    @DefaultValue("NONE") Misbehaviour.Mode misbehaviour,
    @DefaultValue("10s") Duration slowness) {}
