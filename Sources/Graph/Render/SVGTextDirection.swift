import Foundation
import QuoteGraphCore

/// Gives every right-to-left `<text>` of a Graphviz SVG its direction, so
/// that browsers draw it as Graphviz (through pango) does.
///
/// Graphviz writes labels as bare `<text text-anchor="middle" …>وكالة
/// «تاس»</text>`. A browser lays that out with the SVG's default base
/// direction, left to right, so the neutral marks at the ends of an Arabic
/// label are resolved the wrong way and move: «وكالة «تاس»» is drawn as
/// «وكالة «تاس. Adding `direction="rtl" unicode-bidi="embed"` to a text
/// whose first strong character is right-to-left sets the paragraph
/// direction as pango sets it; labels are centred (`text-anchor="middle"`),
/// so their position does not change. Text that starts left to right
/// («2 direct, 1 indirect», a date) is left alone.
///
///     SVGTextDirection.apply(to: #"<text x="1">وكالة «تاس»</text>"#)
///     // <text direction="rtl" unicode-bidi="embed" x="1">وكالة «تاس»</text>
enum SVGTextDirection {
    static func apply(to svg: Data) -> Data {
        Data(apply(to: String(decoding: svg, as: UTF8.self)).utf8)
    }

    static func apply(to svg: String) -> String {
        var out = ""
        out.reserveCapacity(svg.utf8.count + 1_024)
        var rest = svg[...]
        while let open = rest.range(of: "<text") {
            out += rest[..<open.lowerBound]
            // `<text` followed by a space or `>`: not `<textPath`.
            let after = rest[open.upperBound...]
            guard let next = after.first, next == " " || next == ">",
                  let tagEnd = after.firstIndex(of: ">"),
                  let close = after[tagEnd...].range(of: "</text>") else {
                out += rest[open]
                rest = after
                continue
            }
            let attributes = after[..<tagEnd]
            let content = after[after.index(after: tagEnd)..<close.lowerBound]
            out += "<text"
            if !attributes.contains("direction="), firstStrongIsRightToLeft(content) {
                out += #" direction="rtl" unicode-bidi="embed""#
            }
            out += attributes
            out += after[tagEnd..<close.upperBound]
            rest = after[close.upperBound...]
        }
        out += rest
        return out
    }

    /// Whether the first letter with a strong direction is right-to-left
    /// (as the bidi algorithm's P2 finds a paragraph's level); markup and
    /// entities hold only ASCII, which is never right-to-left.
    static func firstStrongIsRightToLeft(_ text: Substring) -> Bool {
        var inEntity = false
        for scalar in text.unicodeScalars {
            if scalar == "&" { inEntity = true; continue }
            if inEntity { if scalar == ";" { inEntity = false }; continue }
            guard scalar.properties.isAlphabetic else { continue }
            return BidiText.isRightToLeft(scalar)
        }
        return false
    }
}
