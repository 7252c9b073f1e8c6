package dev.relata.processor.writing.code;

/** The layout of generated Javadoc comments: long lines wrapped, one-line comments on one line. */
final class Javadocs {
    private Javadocs() {}

    /** The longest line generated Javadoc keeps; longer prose is wrapped at a space. */
    static final int JAVADOC_WIDTH = 120;

    /**
     * Lays out the Javadoc comment written into {@code out} from {@code start} on (whole lines, from
     * its indentation to the line break after its end): each line longer than {@value #JAVADOC_WIDTH}
     * characters is wrapped at its last space that fits, the rest continued on lines of the same
     * prefix; preformatted blocks are left as they are. A comment of one short line is written on one
     * line, {@code /** Text. *}{@code /}.
     */
    static void layout(StringBuilder out, int start) {
        // Most comments need nothing: no line is too long, and one of a single line is not three lines
        // long. Those are found without copying the comment.
        int end = out.length();
        int lineCount = 0;
        boolean tooLong = false;
        int[] breaks = new int[3];
        for (int p = start; p < end; ) {
            int lineEnd = out.indexOf("\n", p);
            if (lineEnd < 0) {
                lineEnd = end;
            }
            tooLong |= lineEnd - p > JAVADOC_WIDTH;
            if (lineCount < breaks.length) {
                breaks[lineCount] = lineEnd;
            }
            lineCount++;
            p = lineEnd + 1;
        }
        if (!tooLong) {
            if (lineCount == 3 && breaks[2] == end - 1) {
                String open = out.substring(start, breaks[0]);
                String text = out.substring(breaks[0] + 1, breaks[1]);
                String close = out.substring(breaks[1] + 1, breaks[2]);
                if (open.stripLeading().equals("/**") && oneLine(open, text, close)) {
                    out.setLength(start);
                    out.append(open, 0, open.length() - 3).append("/** ").append(text.stripLeading().substring(2))
                            .append(" */\n");
                }
            }
            return;
        }
        String[] lines = out.substring(start).split("\n", -1);
        out.setLength(start);
        boolean preformatted = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (trimmed.equals("/**") && i + 2 < lines.length && oneLine(line, lines[i + 1], lines[i + 2])) {
                String indent = line.substring(0, line.length() - trimmed.length());
                out.append(indent).append("/** ").append(lines[i + 1].stripLeading().substring(2)).append(" */\n");
                i += 2;
                continue;
            }
            preformatted |= trimmed.startsWith("* <pre>");
            if (!preformatted && trimmed.startsWith("* ") && line.length() > JAVADOC_WIDTH) {
                String prefix = line.substring(0, line.length() - trimmed.length()) + "* ";
                String rest = line.substring(prefix.length());
                while (prefix.length() + rest.length() > JAVADOC_WIDTH) {
                    int cut = rest.lastIndexOf(' ', JAVADOC_WIDTH - prefix.length());
                    if (cut <= 0) {
                        break;
                    }
                    out.append(prefix).append(rest, 0, cut).append('\n');
                    rest = rest.substring(cut + 1);
                }
                out.append(prefix).append(rest).append('\n');
            } else {
                out.append(line).append('\n');
            }
            preformatted &= !trimmed.contains("</pre>");
        }
        out.setLength(out.length() - 1);
    }

    /**
     * Whether the Javadoc opened by {@code open} has the single line {@code text} and closes on
     * {@code close}, and fits in {@value #JAVADOC_WIDTH} characters written as {@code /** text *}{@code /}.
     */
    private static boolean oneLine(String open, String text, String close) {
        int indent = open.length() - 3;
        String trimmedText = text.stripLeading();
        return close.length() == indent + 3 && close.endsWith(" */") && close.stripLeading().equals("*/")
                && trimmedText.startsWith("* ") && !trimmedText.startsWith("* <pre>") && !trimmedText.startsWith("* @")
                && text.length() - trimmedText.length() == indent + 1
                && indent + 4 + trimmedText.length() - 2 + 3 <= JAVADOC_WIDTH;
    }
}
