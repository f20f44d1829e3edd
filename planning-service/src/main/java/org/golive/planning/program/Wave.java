package org.golive.planning.program;

import java.time.Instant;

/** A group of sites of one program that go live together; {@code sequence} orders the waves from 1. */
public record Wave(String id, String name, int sequence, Instant createdAt) {
}
