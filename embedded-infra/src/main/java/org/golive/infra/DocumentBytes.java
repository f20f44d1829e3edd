package org.golive.infra;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * How the embedded server's documents are stored in its H2 maps: as BSON ({@link BsonBytes}) instead of H2's default
 * for a class it does not know, Java serialization (a new {@code ObjectOutputStream} per document, class descriptors,
 * every string character by character), which was about half the server's CPU in a rebuild's commit. H2 rewrites a
 * whole page when one of its entries changes, so every document of a touched page is encoded again at each commit.
 *
 * <p>Both formats are read: a document written by Java serialization (files of earlier versions, or a document BSON
 * would not give back exactly, {@link BsonExactness}) starts with H2's tag for a serialized object, never with
 * {@link BsonBytes#MARKER}. Nothing is migrated at open: a page is rewritten in this format when it next changes or
 * is compacted, so a file written before keeps working and a crash at any moment leaves pages of either format, both
 * readable. A file written here cannot be read by an earlier version.
 *
 * <p>A document's bytes are encoded once and then copied while {@link EncodedDocuments} keeps them (the store's).
 *
 * <p>One instance per map: the running size estimate is the map's.
 */
public final class DocumentBytes extends BasicDataType<Document> {

    /** Whatever BSON cannot hold exactly, and every document of files written before, as H2 always wrote it. */
    private final ObjectDataType serialized = new ObjectDataType();

    /**
     * H2's estimate of a document's memory, by which it sizes its cache and splits a page when a document is inserted
     * (never when one grows in place): H2's own for serialized objects, kept so that pages hold as many documents as
     * before (a running average of twice the stored bytes, read or written, from 10,000). Started low, it packed a
     * collection of small new documents into one page that each later update then rewrote whole as they grew.
     */
    private int averageMemory = 10_000;

    private final EncodedDocuments encoded;

    /** A type that encodes every document it writes (a map's own, or a test's). */
    public DocumentBytes() {
        this(new EncodedDocuments(0));
    }

    DocumentBytes(EncodedDocuments encoded) {
        this.encoded = encoded;
    }

    @Override
    public int getMemory(Document document) {
        return averageMemory;
    }

    @Override
    public void write(WriteBuffer buff, Document document) {
        byte[] bytes = encoded.of(document);
        if (bytes == null) {
            bytes = BsonBytes.encode(document);
            if (bytes == null) {
                serialized.write(buff, document);
                return;
            }
            encoded.keep(document, bytes);
        }
        averageMemory = runningAverage(bytes.length - 1);
        buff.put(bytes);
    }

    @Override
    public Document read(ByteBuffer buff) {
        if (!BsonBytes.isNext(buff)) {
            return (Document) serialized.read(buff);
        }
        int start = buff.position();
        Document document = BsonBytes.read(buff);
        averageMemory = runningAverage(buff.position() - start);
        return document;
    }

    private int runningAverage(int storedBytes) {
        return (int) ((2L * storedBytes + 15L * averageMemory) / 16);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
