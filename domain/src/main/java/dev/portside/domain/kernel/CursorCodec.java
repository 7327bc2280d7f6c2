package dev.portside.domain.kernel;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes and reads signed, opaque cursors. A cursor binds the tenant and the query it belongs to
 * (a fingerprint chosen by the adapter, e.g. {@code "content.byCert|SAA"}) to an adapter-specific
 * position, under an HMAC-SHA256 with a configured key. A forged, altered, foreign-tenant or
 * foreign-query cursor is {@link Problem.Invalid}.
 */
public final class CursorCodec {

    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    /** A MAC keyed once and never updated: each signature starts from a copy of it, not a new lookup and keying. */
    private final Mac keyed;

    public CursorCodec(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("a cursor signing key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.keyed = newMac();
    }

    /** A codec keyed from a passphrase (hashed to 256 bits). */
    public static CursorCodec fromSecret(String secret) {
        try {
            return new CursorCodec(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public Cursor encode(TenantId tenant, String query, String position) {
        String body = ENC.encodeToString(position.getBytes(StandardCharsets.UTF_8));
        return new Cursor(body + "." + ENC.encodeToString(sign(tenant, query, body)));
    }

    public Either<Problem, String> decode(Cursor cursor, TenantId tenant, String query) {
        String token = cursor.token();
        int dot = token.lastIndexOf('.');
        if (dot < 0 || dot == token.length() - 1) {
            return Either.left(refused(cursor));
        }
        String body = token.substring(0, dot);
        try {
            byte[] given = DEC.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(given, sign(tenant, query, body))) {
                return Either.left(refused(cursor));
            }
            return Either.right(new String(DEC.decode(body), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badBase64) {
            return Either.left(refused(cursor));
        }
    }

    /**
     * Where a page request resumes: none for a first page, else the position its cursor carries
     * ({@link Problem.Invalid} when the cursor was not issued for this tenant and query).
     */
    public Either<Problem, io.vavr.control.Option<String>> resume(PageRequest request, TenantId tenant, String query) {
        return request.after().isEmpty() ? Either.right(io.vavr.control.Option.none())
                : decode(request.after().get(), tenant, query).map(io.vavr.control.Option::some);
    }

    /**
     * A page from rows read with {@code limit + 1}: at most {@code limit} items, and, when the extra row
     * proves more exist, a cursor that resumes after the last item shown.
     */
    public <T> Page<T> page(java.util.List<T> rows, PageRequest request, TenantId tenant, String query,
                            java.util.function.Function<? super T, String> position) {
        if (rows.size() <= request.limit()) {
            return Page.last(rows);
        }
        java.util.List<T> shown = rows.subList(0, request.limit());
        return new Page<>(shown, io.vavr.control.Option.some(encode(tenant, query, position.apply(shown.get(shown.size() - 1)))));
    }

    private static Problem refused(Cursor cursor) {
        return Problem.Invalid.of("cursor", cursor.token(),
                "is not a cursor issued for this query and tenant (forged, altered or reused elsewhere)");
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    private Mac mac() {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            return newMac();
        }
    }

    private byte[] sign(TenantId tenant, String query, String body) {
        Mac mac = mac();
        mac.update(tenant.value().getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(query.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    }
}
