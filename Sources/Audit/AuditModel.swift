import Attribution

/// How an article accounts for an anonymous or vague source's anonymity.
///
/// - `justified`: a reason is given («لأنه غير مخول بالحديث لوسائل الإعلام»).
/// - `formulaOnly`: the article says the source asked not to be named
///   («طلب عدم الكشف عن اسمه») but not why. The criterion counts as
///   mentioned, and the review list marks it weak, as AP does rote "spoke on
///   condition of anonymity" phrasing.
/// - `none`: nothing.
public enum AnonymityReason: String, Sendable, Codable, CaseIterable {
    case justified
    case formulaOnly = "formula-only"
    case none

    /// True when a reason, or at least the anonymity formula, is given.
    public var isMentioned: Bool { self != .none }
}

/// What an audit flags about one anonymous or vague statement.
public enum AuditIssue: String, Sendable, Codable, CaseIterable {
    /// No reason for the anonymity, not even the formula.
    case noReason = "no-reason"
    /// Only «طلب عدم الكشف عن اسمه»: anonymity requested, no reason why.
    case formulaOnly = "formula-only"
    /// Nothing says how the source knows.
    case noBasis = "no-basis"
    /// Quoted words (direct or mixed) from a hidden source.
    case quoted
    /// The statement is in the headline.
    case headline
    /// The statement is in the lead paragraph.
    case lead

    /// Whether the statement fails an AP/Reuters/NYT/BBC criterion, as
    /// opposed to a fact that makes it worth a look (`quoted`, `headline`).
    public var isFailure: Bool {
        switch self {
        case .noReason, .noBasis: true
        case .formulaOnly, .quoted, .headline, .lead: false
        }
    }

    /// A short English label for reports.
    public var label: String {
        switch self {
        case .noReason: "no reason for anonymity"
        case .formulaOnly: "anonymity requested, no reason given"
        case .noBasis: "no basis of knowledge"
        case .quoted: "quoted directly"
        case .headline: "in the headline"
        case .lead: "in the lead"
        }
    }
}

/// Where in the article a statement is.
public enum ArticleRegion: String, Sendable, Codable {
    case headline, lead, body
}

/// Statement counts by the speaker's anonymity class.
public struct ClassCounts: Sendable, Hashable, Codable {
    public var named = 0
    public var role = 0
    public var anonymous = 0
    public var vague = 0

    public init() {}

    public subscript(_ anonymity: Anonymity) -> Int {
        get {
            switch anonymity {
            case .named: named
            case .role: role
            case .anonymous: anonymous
            case .vague: vague
            }
        }
        set {
            switch anonymity {
            case .named: named = newValue
            case .role: role = newValue
            case .anonymous: anonymous = newValue
            case .vague: vague = newValue
            }
        }
    }

    public var total: Int { named + role + anonymous + vague }
    /// Anonymous and vague.
    public var hidden: Int { anonymous + vague }
    /// Named and role: on the record.
    public var identified: Int { named + role }

    public static func += (a: inout ClassCounts, b: ClassCounts) {
        for c in Anonymity.allCases { a[c] += b[c] }
    }
}

/// One speaker of an article, for the per-article view.
public struct SpeakerAudit: Sendable, Hashable, Codable {
    public var name: String
    public var anonymity: Anonymity
    public var kind: EntityKind?
    /// Non-negated statements attributed to it.
    public var statements: Int
    /// For anonymous and vague speakers: what the article gives.
    public var reason: AnonymityReason?
    public var basis: Bool?
    /// The phrases from anonymity.tsv found for it.
    public var phrases: [String]
}

/// An anonymous or vague statement for an editor to check.
public struct ReviewItem: Sendable, Hashable, Codable {
    public var article: String
    public var outlet: String?
    public var statement: String
    public var region: ArticleRegion
    public var anonymity: Anonymity
    /// The speaker's fullest description in the article («مصدر من موسكو»).
    public var speaker: String
    /// The speaker as written in this statement's clause (may be empty).
    public var speakerText: String
    public var cue: String
    public var form: ContentForm
    /// The sentence the cue is in, with the content if it runs on.
    public var sentence: String
    public var reason: AnonymityReason
    public var reasonPhrase: String?
    public var basisPhrase: String?
    public var issues: [AuditIssue]

    /// The issues that fail a criterion.
    public var failures: [AuditIssue] { issues.filter(\.isFailure) }
}

/// Whether the headline or the lead rests on a hidden source.
public struct PlacementFinding: Sendable, Hashable, Codable {
    /// Non-negated statements there.
    public var statements: Int
    /// Of which by anonymous or vague speakers.
    public var hidden: Int
    /// True when at least one statement there comes from a hidden speaker.
    public var restsOnHidden: Bool { hidden > 0 }
}

/// The audit of one article.
public struct ArticleAudit: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var outlet: String?
    /// Non-negated statements.
    public var statements: Int
    /// Refusals («لم يعلق»), not counted as statements.
    public var negated: Int
    /// Distinct speakers of non-negated statements.
    public var speakers: Int
    public var classes: ClassCounts
    /// Statements in quotation marks (direct or mixed form).
    public var quotations: Int
    /// Of which by anonymous or vague speakers.
    public var hiddenQuotations: Int
    /// nil when the headline is not known.
    public var headline: PlacementFinding?
    /// nil when the article has no body paragraph.
    public var lead: PlacementFinding?
    /// Anonymous or vague statements whose source has a reason (or the
    /// anonymity formula), a basis of knowledge, or neither.
    public var hiddenWithReason: Int
    public var hiddenFormulaOnly: Int
    public var hiddenWithBasis: Int
    public var hiddenWithNeither: Int
    public var speakerList: [SpeakerAudit]
    public var review: [ReviewItem]

    /// Anonymous or vague statements.
    public var hidden: Int { classes.hidden }

    /// (anonymous + vague) / non-negated statements; nil without statements.
    public var anonymousShare: Double? {
        statements == 0 ? nil : Double(classes.hidden) / Double(statements)
    }

    /// Anonymous or vague statements outnumber on-the-record (named or role) ones.
    public var hiddenOutnumberIdentified: Bool { classes.hidden > classes.identified }
}

/// Totals over a group of articles: one article, one outlet, or all.
public struct GroupAudit: Sendable, Hashable, Codable {
    public var key: String
    public var articles = 0
    public var articlesWithStatements = 0
    public var statements = 0
    public var negated = 0
    /// Speakers summed over articles (a source in two articles counts twice).
    public var speakers = 0
    public var classes = ClassCounts()
    public var quotations = 0
    public var hiddenQuotations = 0
    /// Articles whose headline (lead) rests on a hidden source, of those
    /// whose headline (lead) has a statement.
    public var headlinesWithStatements = 0
    public var headlinesHidden = 0
    public var leadsWithStatements = 0
    public var leadsHidden = 0
    public var hiddenWithReason = 0
    public var hiddenFormulaOnly = 0
    public var hiddenWithBasis = 0
    public var hiddenWithNeither = 0
    /// Articles where anonymous or vague statements outnumber on-the-record ones.
    public var articlesHiddenMajority = 0
    /// The highest per-article anonymous share, and its article.
    public var maxShare: Double?
    public var maxShareArticle: String?

    public init(key: String) {
        self.key = key
    }

    public var hidden: Int { classes.hidden }

    /// Pooled: all hidden statements over all statements of the group.
    public var anonymousShare: Double? {
        statements == 0 ? nil : Double(classes.hidden) / Double(statements)
    }

    public var hiddenQuotationShare: Double? {
        quotations == 0 ? nil : Double(hiddenQuotations) / Double(quotations)
    }

    public func share(of anonymity: Anonymity) -> Double? {
        statements == 0 ? nil : Double(classes[anonymity]) / Double(statements)
    }

    public mutating func add(_ article: ArticleAudit) {
        articles += 1
        if article.statements > 0 { articlesWithStatements += 1 }
        statements += article.statements
        negated += article.negated
        speakers += article.speakers
        classes += article.classes
        quotations += article.quotations
        hiddenQuotations += article.hiddenQuotations
        if let h = article.headline, h.statements > 0 {
            headlinesWithStatements += 1
            if h.restsOnHidden { headlinesHidden += 1 }
        }
        if let l = article.lead, l.statements > 0 {
            leadsWithStatements += 1
            if l.restsOnHidden { leadsHidden += 1 }
        }
        hiddenWithReason += article.hiddenWithReason
        hiddenFormulaOnly += article.hiddenFormulaOnly
        hiddenWithBasis += article.hiddenWithBasis
        hiddenWithNeither += article.hiddenWithNeither
        if article.hiddenOutnumberIdentified { articlesHiddenMajority += 1 }
        if let share = article.anonymousShare, share > (maxShare ?? -1) {
            maxShare = share
            maxShareArticle = article.id
        }
    }
}
