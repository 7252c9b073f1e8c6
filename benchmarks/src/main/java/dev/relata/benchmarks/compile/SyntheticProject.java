package dev.relata.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic project of model records shaped like the seed: chains of five models, in packages
 * of ten chains (fifty models) each.
 *
 * <pre>
 * Account_k  &lt;- Profile_k (CASCADE, limitChoicesTo)  &lt;- Page_k (CASCADE)  &lt;- Like_k (@Parent Page_k)
 *            &lt;- Wallet_k (PROTECT)
 * </pre>
 */
public final class SyntheticProject {
    /** Models per chain. */
    public static final int CHAIN = 5;

    /** Chains per package. */
    public static final int CHAINS_PER_PACKAGE = 10;

    private SyntheticProject() {}

    /** Writes {@code models} model records (a multiple of {@value #CHAIN}) under {@code root}; returns the files. */
    public static List<Path> write(Path root, int models) {
        if (models <= 0 || models % CHAIN != 0) {
            throw new IllegalArgumentException("The number of models must be a positive multiple of " + CHAIN + ": " + models);
        }
        List<Path> files = new ArrayList<>();
        for (int chain = 0; chain < models / CHAIN; chain++) {
            String pkg = String.format("synthetic.p%03d", chain / CHAINS_PER_PACKAGE);
            Path dir = root.resolve(pkg.replace('.', '/'));
            String k = String.valueOf(chain);
            files.add(file(dir, "Account" + k, pkg, """
                    @Model
                    public record Account%1$s(@Id long id, String username, boolean isStaff) {}
                    """.formatted(k)));
            files.add(file(dir, "Profile" + k, pkg, """
                    @Model
                    public record Profile%1$s(
                            @Id long id,
                            @OneToOneField(to = Account%1$s.class, onDelete = OnDelete.CASCADE,
                                           limitChoicesTo = "isStaff = true") long account,
                            String name,
                            String city) {}
                    """.formatted(k)));
            files.add(file(dir, "Page" + k, pkg, """
                    @Model
                    public record Page%1$s(
                            @Id long id,
                            @OneToOneField(to = Profile%1$s.class, onDelete = OnDelete.CASCADE) long profile,
                            String pageName) {}
                    """.formatted(k)));
            files.add(file(dir, "Like" + k, pkg, """
                    @Model
                    public record Like%1$s(@Parent Page%1$s page, int likes) {}
                    """.formatted(k)));
            files.add(file(dir, "Wallet" + k, pkg, """
                    @Model
                    public record Wallet%1$s(
                            @Id long id,
                            @OneToOneField(to = Account%1$s.class, onDelete = OnDelete.PROTECT) long account,
                            long balanceCents) {}
                    """.formatted(k)));
        }
        return files;
    }

    private static Path file(Path dir, String name, String pkg, String body) {
        String source = "package " + pkg + ";\n\nimport dev.relata.*;\n\n" + body;
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".java");
            Files.writeString(file, source);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
