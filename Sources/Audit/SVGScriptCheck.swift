import QuoteGraphCore
/// Whether an SVG document (Graphviz's, to be inlined in the audit's HTML)
/// holds anything that could run, looking at its real tags and attributes
/// only: the text of labels and titles, which Graphviz has escaped, may say
/// «javascript:» or «onclick=» as much as it likes.
///
/// Refused: the elements `script`, `foreignObject`, `iframe`, `object`,
/// `embed`, `handler`, `set` and `animate*` (which can rewrite a link);
/// any `on…` event attribute; a link or source attribute (`href`,
/// `xlink:href`, `src`, `action`, `formaction`, and `from`/`to`/`values`
/// for animations) whose value, its character references decoded and
/// blanks dropped, starts with `javascript:`, `vbscript:` or `data:`.
///
///     SVGScriptCheck.risk(in: #"<svg><text>دليل javascript: للمبتدئين</text></svg>"#)   // nil
///     SVGScriptCheck.risk(in: #"<svg><a xlink:href="java&#x73;cript:alert(1)"/></svg>"#)
///     // "a javascript: link (xlink:href)"
enum SVGScriptCheck {
    static let riskyElements: Set<String> = ["script", "foreignobject", "iframe", "object", "embed",
                                             "handler", "set", "animate", "animatemotion",
                                             "animatetransform", "animatecolor"]
    static let linkAttributes: Set<String> = ["href", "src", "action", "formaction", "from", "to", "values"]

    /// What makes `svg` unsafe to inline, in a few words, or nil when nothing does.
    static func risk(in svg: String) -> String? {
        let s = Array(svg.unicodeScalars)
        var i = 0
        func starts(_ prefix: String, at index: Int) -> Bool {
            var j = index
            for p in prefix.unicodeScalars {
                guard j < s.count, s[j] == p else { return false }
                j += 1
            }
            return true
        }
        func skip(past end: String) {
            while i < s.count && !starts(end, at: i) { i += 1 }
            i = min(s.count, i + end.unicodeScalars.count)
        }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
        while i < s.count {
            guard s[i] == "<" else { i += 1; continue }
            if starts("<!--", at: i) { skip(past: "-->"); continue }
            if starts("<![CDATA[", at: i) { skip(past: "]]>"); continue }
            if starts("<!", at: i) || starts("<?", at: i) { skip(past: ">"); continue }
            i += 1
            if i < s.count && s[i] == "/" { i += 1 }
            var name = ""
            while i < s.count, !isSpace(s[i]), s[i] != ">", s[i] != "/" { name.unicodeScalars.append(s[i]); i += 1 }
            let element = localName(name)
            if riskyElements.contains(element) { return "a <\(element)> element" }
            // Attributes, to the end of the tag.
            while i < s.count && s[i] != ">" {
                if isSpace(s[i]) || s[i] == "/" { i += 1; continue }
                var attribute = ""
                while i < s.count, !isSpace(s[i]), s[i] != "=", s[i] != ">", s[i] != "/" {
                    attribute.unicodeScalars.append(s[i]); i += 1
                }
                while i < s.count && isSpace(s[i]) { i += 1 }
                var value = ""
                if i < s.count && s[i] == "=" {
                    i += 1
                    while i < s.count && isSpace(s[i]) { i += 1 }
                    if i < s.count && (s[i] == "\"" || s[i] == "'") {
                        let quote = s[i]
                        i += 1
                        while i < s.count && s[i] != quote { value.unicodeScalars.append(s[i]); i += 1 }
                        i += 1
                    } else {
                        while i < s.count, !isSpace(s[i]), s[i] != ">" { value.unicodeScalars.append(s[i]); i += 1 }
                    }
                }
                let local = localName(attribute)
                if local.hasPrefix("on") { return "an event attribute (\(attribute.lowercased()))" }
                if linkAttributes.contains(local) {
                    let target = String(String.UnicodeScalarView(
                        HTMLEntities.decode(value).lowercased().unicodeScalars.filter {
                            !isSpace($0) && $0.properties.generalCategory != .control
                        }))
                    for scheme in ["javascript:", "vbscript:", "data:"] where target.hasPrefix(scheme) {
                        return "a \(scheme) link (\(attribute.lowercased()))"
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// `xlink:href` → `href`, `svg:script` → `script`, lowercased.
    private static func localName(_ name: String) -> String {
        let lower = name.lowercased()
        return lower.split(separator: ":").last.map(String.init) ?? lower
    }
}
