package org.golive.planning.msproject;

/**
 * A streaming pass over the bytes before MPXJ sees them. MPXJ reports broken input as a bare JAXB or SAX error, or
 * silently drops a link to a task that does not exist; this pass names the problem (and the line) instead. It also
 * refuses DOCTYPEs, which MSPDI files never have, so that no entity is expanded by anyone.
 */
final class MspdiPrecheck {

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private MspdiPrecheck() {
    }

    /** @return the pass over the file, for what it counted */
    static MspdiScan check(byte[] xml) {
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
        MspdiScan scan = new MspdiScan(xml);
        scan.run();
        return scan;
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
}
