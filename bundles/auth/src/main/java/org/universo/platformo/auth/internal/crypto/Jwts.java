package org.universo.platformo.auth.internal.crypto;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import org.universo.platformo.auth.internal.crypto.TokenException.Reason;

/** Parses a compact JWS before any key is touched, sorting unsigned and encrypted tokens from garbage. */
final class Jwts {
    // Far above any real access token; bounds the parsing work an anonymous caller can cause.
    private static final int MAX_TOKEN_CHARS = 16 * 1024;

    private Jwts() {
    }

    static SignedJWT signed(String token) throws TokenException {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            throw new TokenException(Reason.MALFORMED, "Token is malformed");
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            throw new TokenException(Reason.MALFORMED, "Token is malformed");
        }
        try {
            // The header alone decides the kind: alg none gives a PlainHeader, a JWE algorithm a JWEHeader.
            Header header = Header.parse(new Base64URL(token.substring(0, dot)));
            if (!(header instanceof JWSHeader)) {
                throw new TokenException(Reason.UNSUPPORTED_ALGORITHM, "Token algorithm is not accepted");
            }
            return SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw new TokenException(Reason.MALFORMED, "Token is malformed");
        }
    }
}
