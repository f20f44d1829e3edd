package org.golive.infra;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * A document in the H2 store as a marker byte and its BSON (mongo-java-server's own encoder and decoder), for the data
 * types that store documents ({@link DocumentBytes}) and unique index keys ({@link IndexKeyOrder}) in place of Java
 * serialization. H2's {@link ObjectDataType} never starts a value with the marker, so a type can read values it
 * wrote either way.
 */
final class BsonBytes {

    /** First byte of a value stored as BSON. */
    static final byte MARKER = 125;

    private static final int KEPT_CAPACITY = 1 << 20;
    private static final ThreadLocal<ByteBuf> BUFFERS = ThreadLocal.withInitial(() -> Unpooled.buffer(4_096));

    private BsonBytes() {
    }

    /**
     * Writes the document if BSON gives it back exactly ({@link BsonExactness}) and the decoder accepts its size.
     *
     * @return the BSON's length, or -1 when nothing was written
     */
    static int write(WriteBuffer buff, Document document) {
        byte[] bytes = encode(document);
        if (bytes == null) {
            return -1;
        }
        buff.put(bytes);
        return bytes.length - 1;
    }

    /**
     * The marker and the document's BSON, as {@link #write} writes them; null if BSON would not give the document back
     * exactly ({@link BsonExactness}) or the decoder would refuse its size.
     */
    static byte[] encode(Document document) {
        if (!BsonExactness.holdsExactly(document)) {
            return null;
        }
        ByteBuf bson = BUFFERS.get().clear();
        try {
            BsonEncoder.encodeDocument(document, bson);
            int length = bson.readableBytes();
            if (length > BsonConstants.MAX_BSON_OBJECT_SIZE) {
                return null;
            }
            byte[] bytes = new byte[length + 1];
            bytes[0] = MARKER;
            bson.getBytes(bson.readerIndex(), bytes, 1, length);
            return bytes;
        } finally {
            if (bson.capacity() > KEPT_CAPACITY) {
                BUFFERS.remove(); // one grown past a large document is not kept
            }
        }
    }

    /** Whether the value at the buffer's position was written by {@link #write}. */
    static boolean isNext(ByteBuffer buff) {
        return buff.get(buff.position()) == MARKER;
    }

    /** Reads a document written by {@link #write}, leaving the buffer just after it. */
    static Document read(ByteBuffer buff) {
        buff.get();
        ByteBuf bson = buff.hasArray()
                ? Unpooled.wrappedBuffer(buff.array(), buff.arrayOffset() + buff.position(), buff.remaining())
                : Unpooled.wrappedBuffer(buff.slice());
        Document document = BsonDecoder.decodeBson(bson);
        buff.position(buff.position() + bson.readerIndex());
        return document;
    }
}
