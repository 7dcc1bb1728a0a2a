package org.universo.platformo.auth.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.universo.platformo.auth.internal.crypto.AccessTokens;
import org.universo.platformo.auth.internal.crypto.SupabaseTokenVerifier;
import org.universo.platformo.auth.internal.crypto.TokenException;
import org.universo.platformo.auth.spi.ExternalIdentity;
import org.universo.platformo.auth.spi.IdentityProvider;
import org.universo.platformo.auth.spi.InvalidTokenException;

/** Accepts Supabase access tokens; present only when etc/org.universo.platformo.auth.supabase.cfg exists. */
@Component(configurationPid = SupabaseIdentityProvider.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SupabaseIdentityProvider.Config.class)
public final class SupabaseIdentityProvider implements IdentityProvider {
    static final String PID = "org.universo.platformo.auth.supabase";

    @ObjectClassDefinition(name = "Supabase tokens", description = "Accept access tokens of a Supabase project.")
    public @interface Config {
        @AttributeDefinition(name = "Project JWT secret (HS256)", type = AttributeType.PASSWORD, required = false)
        String jwt_secret() default "";

        @AttributeDefinition(name = "JWKS URL (ES256/RS256)", required = false,
                description = "https://<project>.supabase.co/auth/v1/.well-known/jwks.json")
        String jwks_url() default "";

        @AttributeDefinition(name = "Issuer", description = "https://<project>.supabase.co/auth/v1")
        String issuer();

        @AttributeDefinition(name = "Audience")
        String audience() default "authenticated";

        @AttributeDefinition(name = "Webhook secret", type = AttributeType.PASSWORD, required = false,
                description = "whsec_... of the project's auth webhooks (Standard Webhooks); empty: "
                        + "POST /api/v1/auth/supabase/webhook answers 404")
        String webhook_secret() default "";
    }

    private final String issuer;
    private final SupabaseTokenVerifier verifier;

    @Activate
    public SupabaseIdentityProvider(Config config) {
        this.issuer = config.issuer();
        this.verifier = new SupabaseTokenVerifier(new SupabaseTokenVerifier.SupabaseConfig(config.jwt_secret(),
                config.jwks_url(), config.issuer(), config.audience()));
        if (!verifier.isEnabled()) {
            throw new IllegalArgumentException("Supabase: set jwt.secret or jwks.url");
        }
    }

    @Deactivate
    void deactivate() {
        verifier.close();
    }

    @Override
    public String id() {
        return "supabase";
    }

    @Override
    public boolean accepts(String token) {
        return AccessTokens.peekIssuer(token).map(issuer::equals).orElse(false);
    }

    @Override
    public ExternalIdentity verify(String token) throws InvalidTokenException {
        try {
            return verifier.verify(token);
        } catch (TokenException e) {
            throw new InvalidTokenException(e.getMessage(), e.reason() == TokenException.Reason.EXPIRED);
        }
    }
}
