package org.golive.infra;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * How the documents of a collection are written to the store's file: as BSON, the form they arrived in and leave in,
 * instead of H2's default, Java serialization, which writes the class descriptions of the document's maps with every
 * document and reads them back by reflection (the largest part of a commit's cost in the load benchmark's profiles).
 *
 * <p>A BSON document is written behind a tag byte that H2's own encoding never starts with, so a value is read by
 * its first byte: documents written by earlier versions (Java-serialized) are still read, and the next write of each
 * stores it as BSON. Anything that is not a document is left to H2's encoding.
 */
final class StoredDocuments extends BasicDataType<Object> {

    /** H2's {@link ObjectDataType} starts every value with a tag below 120 (its last range is 104 to 119). */
    static final byte BSON = 127;

    private final ObjectDataType others = new ObjectDataType();

    @Override
    public int getMemory(Object value) {
        return value instanceof Document document ? estimate(document) : others.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof Document document)) {
            others.write(buffer, value);
            return;
        }
        ByteBuf bson = Unpooled.buffer(1024);
        try {
            BsonEncoder.encodeDocument(document, bson);
            buffer.put(BSON);
            buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
        } finally {
            bson.release();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return others.read(buffer);
        }
        buffer.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buffer); // from the buffer's position, sharing its bytes
        Document document = BsonDecoder.decodeBson(bson);
        buffer.position(buffer.position() + bson.readerIndex());
        return document;
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    @Override
    public int compare(Object a, Object b) {
        return others.compare(a, b);
    }

    /** Roughly what a document takes on the heap, for the page cache's accounting; walking it costs far less than encoding it. */
    private static int estimate(Object value) {
        if (value instanceof String text) {
            return 48 + 2 * text.length();
        }
        if (value instanceof Map<?, ?> map) {
            int bytes = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 48 + 2 * String.valueOf(entry.getKey()).length() + estimate(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof List<?> list) {
            int bytes = 40;
            for (Object element : list) {
                bytes += 8 + estimate(element);
            }
            return bytes;
        }
        if (value instanceof byte[] bytes) {
            return 16 + bytes.length;
        }
        return 24;
    }
}
