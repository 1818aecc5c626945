package org.partnercities.kg.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One seed gives byte-identical files, gzip included; another seed gives another graph. */
class GeneratorDeterminismTest {

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes(@TempDir Path dir) throws IOException {
        Path first = Generated.generate(0.003, 7, dir, "first.trig.gz");
        Path second = Generated.generate(0.003, 7, dir, "second.trig.gz");
        Path otherSeed = Generated.generate(0.003, 8, dir, "other.trig.gz");

        assertThat(Files.size(first)).isGreaterThan(100_000);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
        assertThat(Files.mismatch(first, otherSeed)).isNotEqualTo(-1L);
    }

    @Test
    void nQuadsTooAndEveryStatementWrittenOnce(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.nq.gz");
        GenerationReport report = new Generator(0.002, 1).writeTo(first, (graphs, quads) -> {});
        Path second = Generated.generate(0.002, 1, dir, "second.nq.gz");

        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
        assertThat(Generated.read(first).stream().count()).isEqualTo(report.quads());
        // The same statements as the TriG of the same run, only written differently.
        assertThat(Generated.read(Generated.generate(0.002, 1, dir, "same.trig")).stream().count())
                .isEqualTo(report.quads());
    }
}
