import Foundation

/// The language knowledge the pipeline uses, loaded once from the data files
/// in `Resources/Lexicon` (plain TSV, editable by a linguist).
public final class Lexicon: Sendable {
    public static let shared = Lexicon()

    public init() {}
}
