package io.lead2cash.platform.process;

import java.util.function.Predicate;

/** A step a flow may ask of a kind of record: its key, the label users see by default, and how to tell it is done. */
public record ProcessStep<R>(String name, String label, Predicate<R> done) {

    public boolean isDoneBy(R record) {
        return done.test(record);
    }

    /** Whether a text field is filled: the check most field steps make. */
    public static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
