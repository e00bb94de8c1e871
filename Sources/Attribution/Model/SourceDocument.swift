/// One article as it enters the pipeline: its text and whatever metadata the
/// corpus gives (title, outlet, date, URL).
///
/// Offsets everywhere in quotegraph count Unicode scalars of `text` exactly as
/// read, so that Python (`text[start:end]`) and JavaScript (`[...text]`) users
/// can slice the original article with them.
public struct SourceDocument: Sendable, Hashable, Codable {
    public var id: String
    public var text: String
    public var title: String?
    public var outlet: String?
    public var date: String?
    public var url: String?

    public init(id: String, text: String, title: String? = nil, outlet: String? = nil,
                date: String? = nil, url: String? = nil) {
        self.id = id
        self.text = text
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
    }
}
