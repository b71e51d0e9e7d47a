package health.commenttriage.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

/**
 * The platforms' real payloads and signature vectors in {@code ../shared/fixtures/platforms}. They are
 * copied from public sources, so they stay outside this repository; CI has the folder beside it.
 */
public final class SharedFixtures {

    public static final Path FOLDER = Paths.get(System.getProperty("triage.shared-fixtures",
            "../shared/fixtures/platforms"));

    /** One row of signatures.tsv: a file, the header to send and its value, and the secret. */
    public record Vector(String file, String header, String value, String secret) {

        public byte[] body() {
            try {
                return Files.readAllBytes(FOLDER.resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public boolean isMeta() {
            return header.equals("X-Hub-Signature-256");
        }

        public boolean isX() {
            return header.equals("x-twitter-webhooks-signature");
        }

        @Override
        public String toString() {
            return file + " (" + header + ")";
        }
    }

    private SharedFixtures() {
    }

    public static Optional<String> missing() {
        return Files.isRegularFile(FOLDER.resolve("signatures.tsv")) ? Optional.empty()
                : Optional.of("the shared platform fixtures are missing: expected " + FOLDER.toAbsolutePath()
                        + "/signatures.tsv (set -Dtriage.shared-fixtures=<folder> to point elsewhere)");
    }

    /** Every row of signatures.tsv, header line skipped. */
    public static List<Vector> vectors() {
        try {
            return Files.readAllLines(FOLDER.resolve("signatures.tsv")).stream().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(cells -> new Vector(cells[0], cells[1], cells[2], cells[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
