package org.golive.infra;

import de.bwaldvogel.mongo.bson.Document;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The stored bytes of the documents a store wrote lately, by the documents' identity, for {@link DocumentBytes}. H2
 * rewrites a whole page when one of its entries changes, so every document of a touched page went through the encoder
 * and the exactness check again at each commit; its unchanged neighbours are the same objects at the next commit (H2
 * copies a page's value references), so their bytes are copied instead. mongo-java-server changes a stored document
 * in place in an update, before it stores it again: {@code IdLookupH2Collection} lets its bytes go then. At most twice {@link #GENERATION_BYTES} are kept, for all
 * the store's maps: when a generation fills, the one before it is let go. A document is kept in memory a little longer
 * than the map holds it, never longer than two generations.
 */
final class EncodedDocuments {

    static final int GENERATION_BYTES = 8 * 1024 * 1024;

    private final int generationBytes;
    private Map<Document, byte[]> current = new IdentityHashMap<>();
    private Map<Document, byte[]> before = new IdentityHashMap<>();
    private int currentBytes;

    EncodedDocuments() {
        this(GENERATION_BYTES);
    }

    EncodedDocuments(int generationBytes) {
        this.generationBytes = generationBytes;
    }

    /** The document's bytes as last stored ({@link BsonBytes#encode}), or null when none are kept. */
    synchronized byte[] of(Document document) {
        byte[] bytes = current.get(document);
        if (bytes == null) {
            bytes = before.get(document);
            if (bytes != null) {
                keep(document, bytes);
            }
        }
        return bytes;
    }

    /** Lets go of a document's bytes: it is about to change in place (an update), or was stored anew. */
    synchronized void forget(Document document) {
        current.remove(document);
        before.remove(document);
    }

    /** Keeps a document's bytes; none larger than a generation (none at all when a generation holds no byte). */
    synchronized void keep(Document document, byte[] bytes) {
        if (bytes.length > generationBytes) {
            return;
        }
        if (currentBytes + bytes.length > generationBytes) {
            before = current;
            current = new IdentityHashMap<>();
            currentBytes = 0;
        }
        current.put(document, bytes);
        currentBytes += bytes.length;
    }
}
