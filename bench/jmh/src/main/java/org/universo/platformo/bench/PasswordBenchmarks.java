package org.universo.platformo.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.universo.platformo.auth.internal.crypto.PasswordHasher;

/**
 * Argon2id password verification with the production parameters (etc/org.universo.platformo.auth.cfg:
 * 19456 KiB, 2 iterations, parallelism 1): the CPU cost of one login. Also with 2 and 8 verifications at
 * once (one per core of the reference machine, and the default client count of bench/auth-throughput.sh).
 * Each verification in flight keeps 19 MiB of 1 KiB blocks alive that a young collection has to copy, so the
 * cost grows with concurrency, a lot while G1 is still growing the heap. Scores are time per operation per
 * thread (the machine's rate is threads / score). The fork uses the JVM's default heap sizing, as the
 * distribution does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
public class PasswordBenchmarks {
    private PasswordHasher hasher;
    private char[] password;
    private String stored;

    @Setup
    public void setUp() {
        hasher = new PasswordHasher(19456, 2, 1);
        password = "correct horse battery staple".toCharArray();
        stored = hasher.hash(password);
        if (!hasher.verify(password, stored)) {
            throw new IllegalStateException("Argon2id round trip failed");
        }
    }

    @Benchmark
    public boolean argon2idVerify() {
        return hasher.verify(password, stored);
    }

    @Benchmark
    @Threads(2)
    public boolean argon2idVerify2Threads() {
        return hasher.verify(password, stored);
    }

    /** Longer warm-up: G1 starts from the default initial heap and takes about 25 s to grow out of it. */
    @Benchmark
    @Threads(8)
    @Warmup(iterations = 6, time = 5)
    public boolean argon2idVerify8Threads() {
        return hasher.verify(password, stored);
    }
}
