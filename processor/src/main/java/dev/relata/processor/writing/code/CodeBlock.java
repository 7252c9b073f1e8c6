package dev.relata.processor.writing.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collector;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A fragment of generated code: text, type references and layout marks, built from format strings
 * with JavaPoet's placeholders and written by {@link JavaSource} in one pass.
 *
 * <p>Placeholders: {@code $L} a literal (text, or another block, spliced in), {@code $S} a string
 * literal, {@code $T} a type (imported where its simple name is free), {@code $N} a name, {@code $W}
 * a space where a long line may wrap, {@code $Z} a place where it may wrap without a space,
 * {@code $>} and {@code $<} one level of indentation in and out, {@code $[} and {@code $]} the start
 * and end of a statement (whose continuation lines are indented twice), {@code $$} a dollar sign.
 * Arguments are taken in order. The text of literals and names is fixed when the block is built.
 */
public final class CodeBlock {
    /** Layout marks among the parts of a block. */
    enum Mark {
        WRAPPING_SPACE,
        ZERO_WIDTH_SPACE,
        INDENT,
        UNINDENT,
        STATEMENT_START,
        STATEMENT_END
    }

    /**
     * Text ({@link String}), a type to name ({@link TypeName}), an annotation ({@link AnnotationSpec})
     * or a {@link Mark}; never an empty string, never two strings in a row.
     */
    final List<Object> parts;

    private CodeBlock(List<Object> parts) {
        this.parts = parts;
    }

    public static CodeBlock of(String format, Object... args) {
        return new Builder().add(format, args).build();
    }

    /** The blocks one after the other, {@code separator} (a format without arguments) between them. */
    public static CodeBlock join(Iterable<CodeBlock> blocks, String separator) {
        Builder builder = new Builder();
        boolean first = true;
        for (CodeBlock block : blocks) {
            if (!first) {
                builder.add(separator);
            }
            builder.add(block);
            first = false;
        }
        return builder.build();
    }

    /** Collects blocks as {@link #join} does. */
    public static Collector<CodeBlock, ?, CodeBlock> joining(String separator) {
        return Collector.<CodeBlock, List<CodeBlock>, CodeBlock>of(ArrayList::new, List::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, blocks -> join(blocks, separator));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.add(this);
        return builder;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The code with every type written by its canonical name. */
    @Override
    public String toString() {
        return JavaSource.render(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodeBlock block && toString().equals(block.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    public static final class Builder {
        private final List<Object> parts = new ArrayList<>();
        /**
         * Text after the last part, not yet a part, while it is one piece: most text between two marks
         * or types is, and becomes a part as it is.
         */
        private String pending;
        /**
         * Text after the last part when it is more than one piece: consecutive text is gathered here and
         * becomes one part when something else follows, instead of being concatenated piece by piece.
         * Made when first needed, then reused.
         */
        private StringBuilder gathered;

        private Builder() {}

        public boolean isEmpty() {
            return parts.isEmpty() && pending == null && (gathered == null || gathered.length() == 0);
        }

        /** Appends {@code format} with its placeholders replaced by {@code args}, in order. */
        public Builder add(String format, Object... args) {
            int next = 0;
            int length = format.length();
            int p = 0;
            while (p < length) {
                int dollar = format.indexOf('$', p);
                if (dollar < 0) {
                    text(format.substring(p));
                    break;
                }
                if (dollar > p) {
                    text(format.substring(p, dollar));
                }
                if (dollar + 1 >= length) {
                    throw new IllegalArgumentException("dangling $ at the end of '" + format + "'");
                }
                char c = format.charAt(dollar + 1);
                p = dollar + 2;
                switch (c) {
                    case '$' -> text("$");
                    case 'W' -> part(Mark.WRAPPING_SPACE);
                    case 'Z' -> part(Mark.ZERO_WIDTH_SPACE);
                    case '>' -> part(Mark.INDENT);
                    case '<' -> part(Mark.UNINDENT);
                    case '[' -> part(Mark.STATEMENT_START);
                    case ']' -> part(Mark.STATEMENT_END);
                    case 'L', 'S', 'T', 'N' -> {
                        if (next >= args.length) {
                            throw new IllegalArgumentException("too few arguments for '" + format + "'");
                        }
                        argument(c, args[next++]);
                    }
                    default -> throw new IllegalArgumentException("invalid format string: '" + format + "'");
                }
            }
            if (next != args.length) {
                throw new IllegalArgumentException(
                        "unused arguments: expected " + next + ", received " + args.length + " for '" + format + "'");
            }
            return this;
        }

        private void argument(char kind, Object arg) {
            switch (kind) {
                case 'L' -> {
                    if (arg instanceof CodeBlock block) {
                        add(block);
                    } else if (arg instanceof AnnotationSpec annotation) {
                        part(annotation);
                    } else {
                        text(String.valueOf(arg));
                    }
                }
                case 'S' -> text(arg == null ? "null" : JavaSource.stringLiteral(String.valueOf(arg)));
                case 'N' -> text(name(arg));
                default -> part(type(arg));
            }
        }

        private static String name(Object arg) {
            if (arg instanceof CharSequence name) {
                return name.toString();
            } else if (arg instanceof MethodSpec method) {
                return method.name;
            } else if (arg instanceof FieldSpec field) {
                return field.name;
            } else if (arg instanceof TypeSpec type) {
                return type.name;
            }
            throw new IllegalArgumentException("expected a name but was " + arg);
        }

        /**
         * The type names of classes given as {@code $T} arguments ({@code List.class}), made once per class:
         * JavaPoet's {@code ClassName.get(Class)} reflects on the class and checks every name each time.
         */
        private static final ClassValue<TypeName> CLASS_NAMES = new ClassValue<>() {
            @Override
            protected TypeName computeValue(Class<?> type) {
                return TypeName.get(type);
            }
        };

        static TypeName type(Object arg) {
            if (arg instanceof TypeName type) {
                return type;
            } else if (arg instanceof Class<?> type) {
                return CLASS_NAMES.get(type);
            } else if (arg instanceof TypeMirror mirror) {
                return TypeName.get(mirror);
            } else if (arg instanceof TypeElement element) {
                return ClassName.get(element);
            } else if (arg instanceof Type type) {
                return TypeName.get(type);
            }
            throw new IllegalArgumentException("expected a type but was " + arg);
        }

        private void text(String more) {
            if (more.isEmpty()) {
                return;
            }
            boolean noneGathered = gathered == null || gathered.length() == 0;
            if (pending == null && noneGathered) {
                pending = more;
                return;
            }
            if (gathered == null) {
                gathered = new StringBuilder(Math.max(64, pending.length() + more.length()));
            }
            if (pending != null) {
                gathered.append(pending);
                pending = null;
            }
            gathered.append(more);
        }

        /** Adds a part that is not text, after the text gathered before it. */
        private void part(Object part) {
            flushText();
            parts.add(part);
        }

        private void flushText() {
            if (pending != null) {
                parts.add(pending);
                pending = null;
            } else if (gathered != null && gathered.length() > 0) {
                parts.add(gathered.toString());
                gathered.setLength(0);
            }
        }

        /** Appends another block. */
        public Builder add(CodeBlock block) {
            for (Object part : block.parts) {
                if (part instanceof String text) {
                    text(text);
                } else {
                    part(part);
                }
            }
            return this;
        }

        /** Appends a statement: the format, then {@code ;} and a line break. */
        public Builder addStatement(String format, Object... args) {
            part(Mark.STATEMENT_START);
            add(format, args);
            text(";\n");
            part(Mark.STATEMENT_END);
            return this;
        }

        public Builder addStatement(CodeBlock block) {
            return addStatement("$L", block);
        }

        /** Opens a block: the control flow (such as {@code if (x)}), an opening brace, one level of indentation more. */
        public Builder beginControlFlow(String controlFlow, Object... args) {
            add(controlFlow + " {\n", args);
            part(Mark.INDENT);
            return this;
        }

        /** Closes a block and opens the next (such as {@code else}) on the same line. */
        public Builder nextControlFlow(String controlFlow, Object... args) {
            part(Mark.UNINDENT);
            add("} " + controlFlow + " {\n", args);
            part(Mark.INDENT);
            return this;
        }

        public Builder endControlFlow() {
            part(Mark.UNINDENT);
            text("}\n");
            return this;
        }

        /** Closes a block with a trailing clause (such as {@code while (x)}) and a semicolon. */
        public Builder endControlFlow(String controlFlow, Object... args) {
            part(Mark.UNINDENT);
            add("} " + controlFlow + ";\n", args);
            return this;
        }

        public Builder indent() {
            part(Mark.INDENT);
            return this;
        }

        public Builder unindent() {
            part(Mark.UNINDENT);
            return this;
        }

        public CodeBlock build() {
            flushText();
            return new CodeBlock(List.copyOf(parts));
        }
    }
}
