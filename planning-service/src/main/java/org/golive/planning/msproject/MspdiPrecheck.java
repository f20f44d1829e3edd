package org.golive.planning.msproject;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A streaming pass over the bytes before MPXJ sees them. MPXJ reports broken input as a bare JAXB or SAX error, or
 * silently drops a link to a task that does not exist; this pass names the problem (and the line) instead. It also
 * refuses DOCTYPEs, which MSPDI files never have, so that no entity is expanded by anyone.
 */
final class MspdiPrecheck {

    static final String MSPDI_NAMESPACE = "http://schemas.microsoft.com/project";

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private MspdiPrecheck() {
    }

    static void check(byte[] xml) {
        if (xml.length == 0) {
            throw new MspdiFormatException("the file is empty");
        }
        if (startsWith(xml, OLE2_MAGIC)) {
            throw new MspdiFormatException("this is a binary Microsoft Project (.mpp) file, not Microsoft Project XML: "
                    + "save it from MS Project as \"XML Format (*.xml)\"");
        }
        if (startsWith(xml, ZIP_MAGIC)) {
            throw new MspdiFormatException("this is a ZIP archive, not Microsoft Project XML");
        }
        new Scan(xml).run();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** One pass: well-formedness, the root element, task UIDs and the UIDs their links point to. */
    private static final class Scan {

        private final byte[] xml;
        private final Deque<String> path = new ArrayDeque<>();
        private final Map<Integer, String> taskNames = new HashMap<>();
        private final List<Link> links = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean sawRoot;
        private String taskUid;
        private String taskName;
        private String linkPredecessor;
        private boolean linkCrossProject;
        private List<String> taskLinks = new ArrayList<>();

        Scan(byte[] xml) {
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
            for (Link link : links) {
                Integer predecessor = uid(link.predecessorUid());
                if (predecessor == null || !taskNames.containsKey(predecessor)) {
                    throw new MspdiFormatException("task UID " + link.successorUid() + " ('"
                            + taskNames.get(link.successorUid()) + "') has a predecessor link to UID "
                            + link.predecessorUid() + ", which is not a task in this file");
                }
            }
        }

        private void start(XMLStreamReader reader) {
            String name = reader.getLocalName();
            if (path.isEmpty()) {
                checkRoot(reader, name);
                sawRoot = true;
            }
            path.addLast(name);
            text.setLength(0);
            if (at("Project", "Tasks", "Task")) {
                taskUid = null;
                taskName = null;
                taskLinks = new ArrayList<>();
            } else if (at("Project", "Tasks", "Task", "PredecessorLink")) {
                linkPredecessor = null;
                linkCrossProject = false;
            }
        }

        private void end() {
            String value = text.toString().strip();
            if (at("Project", "Tasks", "Task", "UID")) {
                taskUid = value;
            } else if (at("Project", "Tasks", "Task", "Name")) {
                taskName = value;
            } else if (at("Project", "Tasks", "Task", "PredecessorLink", "PredecessorUID")) {
                linkPredecessor = value;
            } else if (at("Project", "Tasks", "Task", "PredecessorLink", "CrossProject")) {
                linkCrossProject = "1".equals(value) || "true".equals(value);
            } else if (at("Project", "Tasks", "Task", "PredecessorLink")) {
                // A cross-project link names a task of another file: MPXJ gives it a placeholder task, which the
                // mapper reports and leaves out.
                if (linkPredecessor != null && !linkCrossProject) {
                    taskLinks.add(linkPredecessor);
                }
            } else if (at("Project", "Tasks", "Task")) {
                endTask();
            }
            path.removeLast();
            text.setLength(0);
        }

        private void endTask() {
            if (taskUid == null || taskUid.isEmpty()) {
                throw new MspdiFormatException("a task " + (taskName == null ? "" : "('" + taskName + "') ")
                        + "has no UID");
            }
            Integer uid = uid(taskUid);
            if (uid == null) {
                throw new MspdiFormatException("a task " + (taskName == null ? "" : "('" + taskName + "') ")
                        + "has the UID '" + taskUid + "', which is not a number");
            }
            if (taskNames.containsKey(uid)) {
                throw new MspdiFormatException("two tasks have UID " + uid);
            }
            taskNames.put(uid, taskName == null ? "" : taskName);
            for (String predecessor : taskLinks) {
                links.add(new Link(uid, predecessor));
            }
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
            // MPXJ also reads files written without the namespace, so those pass.
            boolean mspdiNamespace = namespace == null || namespace.isEmpty() || MSPDI_NAMESPACE.equals(namespace);
            if (!"Project".equals(name) || !mspdiNamespace) {
                String found = namespace == null || namespace.isEmpty() ? "<" + name + ">"
                        : "<" + name + "> in namespace " + namespace;
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
    }

    private record Link(Integer successorUid, String predecessorUid) {
    }

    /** A UID as MPXJ reads it (an int), or {@code null} if it is none. */
    private static Integer uid(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
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
