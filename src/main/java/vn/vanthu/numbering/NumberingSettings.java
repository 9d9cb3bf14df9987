package vn.vanthu.numbering;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Numbering configuration ({@code vanthu.numbering.*}).
 *
 * @param defaultScheme the scheme of issuers not listed in {@code schemes}; SHARED by default
 * @param schemes the scheme per issuer abbreviation, e.g. {@code vanthu.numbering.schemes.BHXH=PER_TYPE}
 */
@ConfigurationProperties("vanthu.numbering")
public record NumberingSettings(
    @Nullable NumberingScheme defaultScheme, @Nullable Map<String, NumberingScheme> schemes) {

  public NumberingSettings {
    defaultScheme = defaultScheme == null ? NumberingScheme.SHARED : defaultScheme;
    schemes = schemes == null ? Map.of() : Map.copyOf(schemes);
  }

  /** The scheme an issuer uses. */
  public NumberingScheme schemeOf(String issuerAbbreviation) {
    return schemes.getOrDefault(issuerAbbreviation, defaultScheme);
  }
}
