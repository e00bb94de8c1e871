#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// Helpers shared by the GraphML and GEXF writers, which build documents
/// with `XMLElement` so that escaping is done by the XML library.
///
/// What no escaping can fix is a character XML 1.0 forbids (NUL, most C0
/// controls, U+FFFE): written as `&#1;` the file would not parse. Those are
/// dropped from the text; everything else, Arabic and bidi marks included,
/// is kept as the article has it.
enum XMLText {
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) { out.append(scalar) }
        return String(out)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `<name a="…" …>` with attributes in the given order.
    static func element(_ name: String, _ attributes: [(String, String)] = [],
                        children: [XMLNode] = []) -> XMLElement {
        let element = XMLElement(name: name)
        for (key, value) in attributes {
            element.addAttribute(XMLNode.attribute(withName: key, stringValue: clean(value)) as! XMLNode)
        }
        for child in children { element.addChild(child) }
        return element
    }

    /// `<name …>text</name>`.
    static func element(_ name: String, _ attributes: [(String, String)] = [], text: String) -> XMLElement {
        let element = element(name, attributes)
        element.stringValue = clean(text)
        return element
    }

    /// The document as UTF-8 bytes with an XML declaration, indented.
    static func data(root: XMLElement) -> Data {
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return document.xmlData(options: [.nodePrettyPrint])
    }
}
