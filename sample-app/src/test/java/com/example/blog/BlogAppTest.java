package com.example.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the sample app and checks the facts it shows, so that the sample stays working. */
class BlogAppTest {

    @Test
    void showsTheTutorialFromSchemaToProtect() throws Exception {
        List<String> lines = runBlogApp();

        assertTrue(lines.get(1).startsWith("RelataSchema.create(db) made the tables"), lines.get(1));
        assertTrue(lines.stream().noneMatch(l -> l.contains("CREATE TABLE")), "the story first: no DDL without --schema");
        assertLine(lines, "userDao.profile(ada)", "Profile[", "name=Ada Lovelace");
        assertLine(lines, "profileDao.user(profile)", "User[", "username=ada");
        assertLine(lines, "profileDao.page(profile)", "Page[", "pageName=Notes on the Analytical Engine");
        assertLine(lines, "pageDao.like(page)", "Like[", "likes=42");
        assertLine(lines, "likeDao.profile(like)", "Profile[", "name=Ada Lovelace");

        assertLine(lines, "pageDao.commentList(page)", "-> [grace, linus]");
        assertLine(lines, "pageDao.commentListFor", "-> [2]");
        assertLine(lines, "commentDao.page(first)", "-> Notes on the Analytical Engine");

        assertLine(lines, "profiles.inCity(\"London\")", "[Profile[", "name=Ada Lovelace");
        assertLine(lines, "profiles.ofUsername(\"ada\")", "Profile[", "name=Ada Lovelace");
        assertLine(lines, "profiles.ofUsername(\"linus\")", "(none)");
        assertLine(lines, "likes.countOf(\"ada\", 10)", "-> 1");

        assertLine(lines, "a second profile for ada", "refused, OneToOneConflictException", "@ForeignKey");
        assertLine(lines, "profileDao.userChoices()", "-> [grace]");
        assertLine(lines, "a profile for linus", "refused, ChoiceNotAllowedException");

        assertLine(lines, "userDao.delete(ada)", "-> true");
        assertTrue(lines.contains("rows after:  User 2, Profile 0, Page 0, Like 0, Comment 0, Wallet 0"),
                "CASCADE deleted ada's profile, page, like and comments");

        int refusal = assertLine(lines, "userDao.delete(grace)", "refused, ProtectedException", "Wallet.user");
        assertEquals("rows before: User 2, Profile 1, Page 0, Like 0, Comment 0, Wallet 1", lines.get(refusal - 1));
        assertEquals("rows after:  User 2, Profile 1, Page 0, Like 0, Comment 0, Wallet 1", lines.get(refusal + 1),
                "PROTECT deleted nothing");
        assertLine(lines, "walletDao.delete(wallet)", "-> true");
        assertTrue(lines.contains("rows after:  User 1, Profile 0, Page 0, Like 0, Comment 0, Wallet 0"),
                "once the wallet is gone, grace and her profile can be deleted");
    }

    @Test
    void printsTheSchemaAtTheEndOnlyWhenAsked() throws Exception {
        List<String> lines = runBlogApp(BlogApp.SCHEMA_FLAG);

        int story = assertLine(lines, "userDao.delete(grace)", "-> true");
        int schema = assertLine(lines, "== Schema: RelataSchema.statements(Dialect.H2) ==");
        assertTrue(schema > story, "the DDL comes after the story");
        List<String> ddl = lines.subList(schema + 1, lines.size());
        assertEquals(6, ddl.stream().filter(l -> l.startsWith("CREATE TABLE")).count(), String.join("\n", ddl));
        assertEquals(List.of("CREATE INDEX \"IX_COMMENT_PAGE_ID\" ON \"COMMENT\" (\"PAGE_ID\")"),
                ddl.stream().filter(l -> l.startsWith("CREATE INDEX")).toList(), "the comments' foreign key is indexed");
        assertTrue(ddl.stream().allMatch(l -> l.startsWith("CREATE TABLE") || l.startsWith("CREATE INDEX")
                || l.startsWith("ALTER TABLE")),
                String.join("\n", ddl));
    }

    @Test
    void runsAgainInTheSameJvm() throws Exception {
        // Each run starts on a fresh in-memory database.
        runBlogApp();
        List<String> lines = runBlogApp();
        assertLine(lines, "profileDao.userChoices()", "-> [grace]");
    }

    private static List<String> runBlogApp(String... args) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            BlogApp.main(args);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The index of the first line that starts with {@code start} and contains every one of {@code parts}. */
    private static int assertLine(List<String> lines, String start, String... parts) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(start) && List.of(parts).stream().allMatch(line::contains)) {
                return i;
            }
        }
        return fail("no line starting with '" + start + "' containing " + List.of(parts)
                + " in the output:\n" + String.join("\n", lines));
    }
}
