package org.golive.planning.msproject;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one pass of {@link MspdiPrecheck} over the XML: well-formedness, the root element, and the task elements
 * handed to {@link TaskUidCheck}.
 */
final class MspdiScan {

    static final String MSPDI_NAMESPACE = "http://schemas.microsoft.com/project";

    private final byte[] xml;
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final TaskUidCheck tasks = new TaskUidCheck();
    private boolean sawRoot;
    private int calendars;

    MspdiScan(byte[] xml) {
        this.xml = xml;
    }

    void run() {
        XMLStreamReader reader = null;
        try {
            reader = secureFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new MspdiFormatException(
                            "the file has a DOCTYPE declaration: Microsoft Project XML has none, and it is refused");
                    case XMLStreamConstants.START_ELEMENT -> start(reader);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        } finally {
            close(reader);
        }
        tasks.checkLinks();
    }

    /** The calendars the file holds (MPXJ makes up a standard one for a file without). */
    int calendars() {
        return calendars;
    }

    private void start(XMLStreamReader reader) {
        String name = reader.getLocalName();
        if (path.isEmpty()) {
            checkRoot(reader, name);
            sawRoot = true;
        }
        path.addLast(name);
        text.setLength(0);
        if (at("Project", "Calendars", "Calendar")) {
            calendars++;
        } else if (at("Project", "Tasks", "Task")) {
            tasks.startTask();
        } else if (at("Project", "Tasks", "Task", "PredecessorLink")) {
            tasks.startLink();
        }
    }

    private void end() {
        String value = text.toString().strip();
        if (at("Project", "Tasks", "Task", "UID")) {
            tasks.taskUid(value);
        } else if (at("Project", "Tasks", "Task", "Name")) {
            tasks.taskName(value);
        } else if (at("Project", "Tasks", "Task", "PredecessorLink", "PredecessorUID")) {
            tasks.linkPredecessor(value);
        } else if (at("Project", "Tasks", "Task", "PredecessorLink", "CrossProject")) {
            tasks.linkCrossProject("1".equals(value) || "true".equals(value));
        } else if (at("Project", "Tasks", "Task", "PredecessorLink")) {
            tasks.endLink();
        } else if (at("Project", "Tasks", "Task")) {
            tasks.endTask();
        }
        path.removeLast();
        text.setLength(0);
    }

    private boolean at(String... expected) {
        if (path.size() != expected.length) {
            return false;
        }
        int i = 0;
        for (String element : path) {
            if (!element.equals(expected[i++])) {
                return false;
            }
        }
        return true;
    }

    private void checkRoot(XMLStreamReader reader, String name) {
        String namespace = reader.getNamespaceURI();
        // MS Project and ProjectLibre always write the namespace. MPXJ would also read a <Project> without it, but
        // any XML with a Project root (a build file, another tool's export) then became a plan: it is refused.
        boolean noNamespace = namespace == null || namespace.isEmpty();
        if (!"Project".equals(name) || !MSPDI_NAMESPACE.equals(namespace)) {
            String found = noNamespace ? "<" + name + "> in no namespace" : "<" + name + "> in namespace " + namespace;
            throw new MspdiFormatException("not a Microsoft Project XML (MSPDI) file: the root element is " + found
                    + ", expected <Project> in namespace " + MSPDI_NAMESPACE);
        }
    }

    private MspdiFormatException notWellFormed(XMLStreamException e) {
        Location location = e.getLocation();
        int line = location == null ? -1 : location.getLineNumber();
        int column = location == null ? -1 : location.getColumnNumber();
        String where = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") : "an unknown place";
        String reason = reason(e);
        if (!path.isEmpty() && line >= lastLine()) {
            return new MspdiFormatException("the XML ends at " + where + " inside <" + path.getLast()
                    + "> before the document is complete: the file looks truncated (" + reason + ")", e);
        }
        if (!sawRoot) {
            return new MspdiFormatException("not XML: the content cannot be parsed at " + where + " ("
                    + reason + ")", e);
        }
        return new MspdiFormatException("not well-formed XML at " + where + ": " + reason, e);
    }

    private int lastLine() {
        int lines = 1;
        for (int i = 0; i < xml.length - 1; i++) {
            if (xml[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // The JDK's parser prefixes "ParseError at [row,col]:[r,c]\nMessage: "; keep only the message.
        int at = message.lastIndexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was opened that the garbage collector cannot take back
            }
        }
    }

    private static XMLInputFactory secureFactory() {
        // The JDK's own parser, whatever else is on the class path: its messages and limits are known.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
