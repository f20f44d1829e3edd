package org.golive.tracking;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The commands tracking sends to MongoDB from its planning listener's thread, recorded while a test asks for it: one
 * command is one round trip to the server (and on the embedded server, one commit when it writes).
 */
final class SentCommands implements CommandListener {

    /** A command: its name and the collection it names (its first field's value). */
    record Sent(String command, String collection) {
        @Override
        public String toString() {
            return command + " " + collection;
        }
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    void start() {
        sent.clear();
        recording = true;
    }

    /** @return the commands sent from the planning listener since {@link #start} */
    List<Sent> stop() {
        recording = false;
        return List.copyOf(sent);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (recording && Thread.currentThread().getName().startsWith("tracking-planning-events")) {
            BsonValue target = event.getCommand().get(event.getCommandName());
            // A read model's collection under its plain name, whichever generation a rebuild left active.
            sent.add(new Sent(event.getCommandName(), target != null && target.isString()
                    ? target.asString().getValue().replaceFirst("__g\\d+$", "") : ""));
        }
    }
}
