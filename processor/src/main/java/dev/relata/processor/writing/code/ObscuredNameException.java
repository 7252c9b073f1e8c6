package dev.relata.processor.writing.code;

/**
 * A type that the code being written can name neither by its simple name (another type or a member
 * takes it there) nor in full, because a type of the package or a member the class inherits has the
 * name of the first part of its qualified name, which Java then reads as that type or member
 * (JLS 6.4.2, obscuring). No source can refer to the type there; the user's names must change.
 */
public final class ObscuredNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String typeName;
    private final String obscuring;

    ObscuredNameException(String file, String typeName, String obscuring) {
        super(file + " cannot name " + typeName + ": `" + obscuring + "` there is not the package");
        this.file = file;
        this.typeName = typeName;
        this.obscuring = obscuring;
    }

    /** The simple name of the class being written: {@code OwnerDao}. */
    public String file() {
        return file;
    }

    /** The qualified name of the type that cannot be written: {@code java.util.Objects}. */
    public String typeName() {
        return typeName;
    }

    /** The name that hides the first part of {@link #typeName()}: {@code java}. */
    public String obscuring() {
        return obscuring;
    }
}
