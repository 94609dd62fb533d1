package dev.sigref.sip.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The gen.py corpus (corpus.sip split on corpus.idx) that the engine benchmarks run over, one byte array per message. */
final class Corpus {
    private Corpus() {
    }

    /** Where the corpus is: {@code -Dcorpus.dir}, target/corpus by default. */
    static Path dir() {
        return Path.of(System.getProperty("corpus.dir", "target/corpus"));
    }

    /** The messages of the corpus in {@link #dir()}. */
    static List<byte[]> messages() throws IOException {
        Path dir = dir();
        byte[] all = Files.readAllBytes(dir.resolve("corpus.sip"));
        List<byte[]> messages = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("corpus.idx"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            byte[] m = new byte[Integer.parseInt(f[1])];
            System.arraycopy(all, Integer.parseInt(f[0]), m, 0, m.length);
            messages.add(m);
        }
        return messages;
    }
}
