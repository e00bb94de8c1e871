import QuoteGraphCore
/// Extracts an article's text from a saved web page, keeping its paragraphs
/// and dropping the page furniture around them.
///
/// Dropped with their content: `script`, `style`, `nav`, `header`, `footer`,
/// `aside`, `noscript`, `template`, `form`, `iframe`, `svg`, and comments.
/// Block elements (`p`, `div`, `li`, `h1`…`h6`, `br` …) end a paragraph;
/// other whitespace collapses to one space; character references are decoded.
/// When the page marks its story with `<article>` (or else `<main>`), only
/// the paragraphs inside it are kept, which leaves out most sidebars.
///
///     <html><head><title>موسكو تعلن</title><script>var x = 1;</script></head>
///     <body><nav>الرئيسية</nav><article><h1>موسكو تعلن مقتل «دواعش»</h1>
///     <p>وقال الكرملين إن&nbsp;المشاركين…</p></article><footer>©</footer></body></html>
///
/// gives the title «موسكو تعلن» and the text
///
///     موسكو تعلن مقتل «دواعش»
///     وقال الكرملين إن المشاركين…
public struct HTMLTextExtractor: Sendable {
    /// The page's `<title>`, or its first `<h1>` when it has none.
    public private(set) var title: String?
    /// The article's paragraphs, in order, none empty.
    public private(set) var paragraphs: [String] = []

    /// The paragraphs joined one per line, like the corpus `.txt` files.
    public var text: String { paragraphs.joined(separator: "\n") }

    static let droppedElements: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "noscript",
        "template", "form", "iframe", "svg", "button", "select", "object",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "article", "section", "main", "blockquote", "figure", "figcaption", "table", "tr",
        "pre", "hr", "address", "body", "html", "center", "caption", "summary", "details",
    ]

    public init(html: String) {
        var parser = Parser(scalars: Array(html.unicodeScalars))
        parser.run()
        let article = parser.paragraphs.filter { $0.inArticle }
        let main = parser.paragraphs.filter { $0.inMain }
        let chosen = !article.isEmpty ? article : (!main.isEmpty ? main : parser.paragraphs)
        paragraphs = chosen.map(\.text)
        let title = parser.title.map(Self.clean).flatMap { $0.isEmpty ? nil : $0 }
        self.title = title ?? parser.firstHeading
    }

    /// Decodes references, collapses whitespace, trims.
    static func clean(_ raw: String) -> String {
        let decoded = HTMLEntities.decode(raw)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in decoded.unicodeScalars {
            // NBSP is kept as written (the corpus keeps it too); other
            // whitespace is layout in HTML and collapses.
            if scalar.properties.isWhitespace && scalar != "\u{00A0}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out).trimmingBlanks()
    }

    /// A paragraph and where it stood in the page.
    struct Paragraph {
        var text: String
        var inArticle: Bool
        var inMain: Bool
    }

    /// A single forward pass over the page: tags, comments, text.
    struct Parser {
        let scalars: [Unicode.Scalar]
        var i = 0
        var buffer = ""
        var paragraphs: [Paragraph] = []
        var title: String?
        var firstHeading: String?
        var articleDepth = 0
        var mainDepth = 0
        var headingBuffer: String?

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        mutating func run() {
            while i < scalars.count {
                if scalars[i] == "<" {
                    tag()
                } else {
                    let start = i
                    while i < scalars.count && scalars[i] != "<" { i += 1 }
                    let chunk = String(String.UnicodeScalarView(scalars[start..<i]))
                    buffer += chunk
                    headingBuffer? += chunk
                }
            }
            flush()
        }

        mutating func flush() {
            let text = HTMLTextExtractor.clean(buffer)
            buffer = ""
            if !text.isEmpty {
                paragraphs.append(Paragraph(text: text, inArticle: articleDepth > 0, inMain: mainDepth > 0))
            }
        }

        func starts(with literal: String, at index: Int) -> Bool {
            var j = index
            for expected in literal.unicodeScalars {
                guard j < scalars.count,
                      Self.lower(scalars[j]) == expected else { return false }
                j += 1
            }
            return true
        }

        static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
            (s.value >= 65 && s.value <= 90) ? Unicode.Scalar(s.value + 32)! : s
        }

        /// Moves past the first occurrence of `literal` at or after `i`.
        mutating func skip(past literal: String) {
            while i < scalars.count && !starts(with: literal, at: i) { i += 1 }
            i = min(scalars.count, i + literal.unicodeScalars.count)
        }

        /// At `<`: a comment, a declaration, or a start or end tag.
        mutating func tag() {
            if starts(with: "<!--", at: i) {
                skip(past: "-->")
                return
            }
            if starts(with: "<!", at: i) || starts(with: "<?", at: i) {
                skip(past: ">")
                return
            }
            var j = i + 1
            let closing = j < scalars.count && scalars[j] == "/"
            if closing { j += 1 }
            let nameStart = j
            while j < scalars.count, scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j]) {
                j += 1
            }
            guard j > nameStart else {
                // A lone `<` in text («5 < 6»): keep it.
                buffer += "<"
                i += 1
                return
            }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<j].map(Self.lower)))
            // Skip attributes, minding quotes that may hold `>`.
            var quote: Unicode.Scalar?
            var selfClosing = false
            while j < scalars.count {
                let s = scalars[j]
                if let q = quote {
                    if s == q { quote = nil }
                } else if s == "\"" || s == "'" {
                    quote = s
                } else if s == ">" {
                    selfClosing = j > 0 && scalars[j - 1] == "/"
                    break
                }
                j += 1
            }
            i = min(scalars.count, j + 1)
            element(name, closing: closing, selfClosing: selfClosing)
        }

        mutating func element(_ name: String, closing: Bool, selfClosing: Bool) {
            if !closing && !selfClosing && HTMLTextExtractor.droppedElements.contains(name) {
                flush()
                skipElement(name)
                return
            }
            if name == "title" && !closing {
                let start = i
                skip(past: "</title")
                let end = max(start, i - "</title".unicodeScalars.count)
                title = String(String.UnicodeScalarView(scalars[start..<end]))
                skip(past: ">")
                return
            }
            if HTMLTextExtractor.blockElements.contains(name) {
                flush()
            } else if name == "td" || name == "th" {
                buffer += " "
            }
            if name == "h1" && firstHeading == nil {
                if closing, let heading = headingBuffer {
                    let cleaned = HTMLTextExtractor.clean(heading)
                    firstHeading = cleaned.isEmpty ? nil : cleaned
                    headingBuffer = nil
                } else if !closing {
                    headingBuffer = ""
                }
            }
            if name == "article" && !selfClosing { articleDepth = max(0, articleDepth + (closing ? -1 : 1)) }
            if name == "main" && !selfClosing { mainDepth = max(0, mainDepth + (closing ? -1 : 1)) }
        }

        /// Skips a dropped element with its content, counting nested
        /// elements of the same name (`<div><nav><nav>…</nav></nav>`).
        /// Script and style hold raw text, so only their end tag counts.
        mutating func skipElement(_ name: String) {
            let raw = name == "script" || name == "style"
            var depth = 1
            while i < scalars.count && depth > 0 {
                if starts(with: "</" + name, at: i) {
                    depth -= 1
                    skip(past: ">")
                } else if !raw && starts(with: "<!--", at: i) {
                    skip(past: "-->")
                } else if !raw && starts(with: "<" + name, at: i), isNameEnd(at: i + name.unicodeScalars.count + 1) {
                    depth += 1
                    skip(past: ">")
                } else {
                    i += 1
                }
            }
        }

        func isNameEnd(at index: Int) -> Bool {
            guard index < scalars.count else { return true }
            let s = scalars[index]
            return s == ">" || s == "/" || s.properties.isWhitespace
        }
    }
}
