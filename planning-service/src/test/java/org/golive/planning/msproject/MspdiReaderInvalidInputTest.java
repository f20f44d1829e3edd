package org.golive.planning.msproject;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Input the reader refuses, each with a message that names the problem. */
class MspdiReaderInvalidInputTest {

    private final MspdiReader reader = new MspdiReader();

    @Test
    void aTruncatedFile() {
        assertThatThrownBy(() -> reader.read(Samples.open("mspdi-handwritten/truncated.xml")))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessageContaining("the file looks truncated")
                .hasMessageContaining("line 14") // the line after the last one, cut in <Finish> on line 13
                .hasMessageContaining("inside <Finish>");
    }

    @Test
    void wellFormedXmlThatIsNotMspdi() {
        assertThatThrownBy(() -> reader.read(Samples.open("mspdi-handwritten/not-mspdi.xml")))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessage("not a Microsoft Project XML (MSPDI) file: the root element is <project> in namespace "
                        + "http://maven.apache.org/POM/4.0.0, expected <Project> in namespace "
                        + "http://schemas.microsoft.com/project");
    }

    @Test
    void aProjectRootInAnotherNamespace() {
        assertThatThrownBy(() -> reader.read(Samples.open("mspdi-handwritten/wrong-namespace.xml")))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessageContaining("the root element is <Project> in namespace urn:example:projects");
    }

    @Test
    void aProjectRootWithoutTheNamespace() {
        // MPXJ reads it, but so it would any XML with a <Project> root: neither MS Project nor ProjectLibre omits it.
        String xml = """
                <Project><StartDate>2025-01-06T08:00:00</StartDate><Tasks>
                <Task><UID>1</UID><Name>Only task</Name><OutlineLevel>1</OutlineLevel>
                <Start>2025-01-06T08:00:00</Start><Finish>2025-01-07T17:00:00</Finish><Duration>PT16H0M0S</Duration>
                </Task></Tasks></Project>""";
        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessage("not a Microsoft Project XML (MSPDI) file: the root element is <Project> in no namespace, "
                        + "expected <Project> in namespace http://schemas.microsoft.com/project");
    }

    @Test
    void anExternalEntityIsNeverFetched() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Project xmlns="http://schemas.microsoft.com/project"><Title>&secret;</Title></Project>""";
        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void anEmptyProject() {
        assertThatThrownBy(() -> reader.read(Samples.open("mspdi-handwritten/empty-project.xml")))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessage("the project has no tasks");
    }

    @Test
    void aFileWithOnlyACalendar() {
        // MS Project 2016's recurring-exceptions sample: the project summary task and a calendar, nothing else.
        assertThatThrownBy(() -> reader.read(Samples.open(Samples.RECURRING_EXCEPTIONS)))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessageStartingWith("the project has no tasks, only calendars (")
                .hasMessageEndingWith("a calendar alone cannot be imported as a plan; import it into a site's calendar"
                        + " (…/plan/calendars/{name}/import)");
    }

    @Test
    void aLinkToAnUnknownTask() {
        assertThatThrownBy(() -> reader.read(Samples.open("mspdi-handwritten/unknown-predecessor.xml")))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessage("task UID 2 ('Build') has a predecessor link to UID 99, which is not a task in this file");
    }

    @Test
    void notXmlAtAll() {
        assertThatThrownBy(() -> read("Task list:\n1. Design\n2. Build\n"))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessageStartingWith("not XML: the content cannot be parsed at line 1, column 1");
    }

    @Test
    void anEmptyFile() {
        assertThatThrownBy(() -> read("")).isInstanceOf(MspdiFormatException.class).hasMessage("the file is empty");
    }

    @Test
    void aBinaryMppFile() {
        byte[] ole2Header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(ole2Header)))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessageStartingWith("this is a binary Microsoft Project (.mpp) file, not Microsoft Project XML");
    }

    @Test
    void contentAfterTheRootElement() {
        assertThatThrownBy(() -> read("<Project xmlns=\"http://schemas.microsoft.com/project\"></Project>\n<Project/>"))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessageStartingWith("not well-formed XML at line 2");
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsExpanded() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                <Project xmlns="http://schemas.microsoft.com/project"><Title>&lol2;</Title></Project>""";
        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(MspdiFormatException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void twoTasksWithOneUid() {
        String xml = """
                <Project xmlns="http://schemas.microsoft.com/project"><Tasks>
                <Task><UID>3</UID><Name>A</Name></Task><Task><UID>3</UID><Name>B</Name></Task>
                </Tasks></Project>""";
        assertThatThrownBy(() -> read(xml)).isInstanceOf(MspdiFormatException.class)
                .hasMessage("two tasks have UID 3");
    }

    @Test
    void aTaskWithoutAnyDate() {
        String xml = """
                <Project xmlns="http://schemas.microsoft.com/project"><Tasks>
                <Task><UID>1</UID><Name>Undated</Name><OutlineLevel>1</OutlineLevel></Task>
                </Tasks></Project>""";
        assertThatThrownBy(() -> read(xml)).isInstanceOf(MspdiFormatException.class)
                .hasMessageStartingWith("task UID 1 'Undated' has no start date");
    }

    private ImportedPlan read(String xml) {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
