package dev.portside.application.records;

import dev.portside.domain.kernel.Problem;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Packs source and mapped data into one plaintext: a 4-byte length of the source, the source, the mapping. */
final class PayloadCodec {

    private PayloadCodec() {
    }

    static byte[] pack(String source, String mapped) {
        byte[] s = source.getBytes(StandardCharsets.UTF_8);
        byte[] m = mapped.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + s.length + m.length).putInt(s.length).put(s).put(m).array();
    }

    static Either<Problem, Tuple2<String, String>> unpack(byte[] plaintext) {
        if (plaintext.length < 4) {
            return Either.left(new Problem.Rejected("envelope-payload", "the decrypted payload is truncated"));
        }
        ByteBuffer buffer = ByteBuffer.wrap(plaintext);
        int sourceLength = buffer.getInt();
        if (sourceLength < 0 || sourceLength > plaintext.length - 4) {
            return Either.left(new Problem.Rejected("envelope-payload", "the decrypted payload is malformed"));
        }
        String source = new String(plaintext, 4, sourceLength, StandardCharsets.UTF_8);
        String mapped = new String(plaintext, 4 + sourceLength, plaintext.length - 4 - sourceLength, StandardCharsets.UTF_8);
        return Either.right(Tuple.of(source, mapped));
    }
}
