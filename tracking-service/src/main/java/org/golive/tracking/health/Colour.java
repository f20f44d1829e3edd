package org.golive.tracking.health;

/** A RAG colour; NO_DATA when nothing feeds the dimension yet. No data never makes a health worse. */
public enum Colour {
    NO_DATA, GREEN, AMBER, RED;

    boolean worseThan(Colour other) {
        return ordinal() > other.ordinal();
    }
}
