import Foundation

/// Files named as inputs that are not articles, refused by their extension
/// with a message saying what to give instead, rather than analysed as
/// article text (a CSV export read as Arabic prose gives nonsense without
/// an error).
///
///     UnsupportedInput.message(for: "export.csv")
///     // "export.csv: a CSV file is not read: give one .txt per article, or a
///     //  .jsonl corpus with one {"id", "text"} object per line"
///     UnsupportedInput.message(for: "article.txt")    // nil
public enum UnsupportedInput {
    /// The one-line refusal for `path`, or nil when it may be read.
    public static func message(for path: String) -> String? {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "csv", "tsv":
            return "\(path): a \(ext.uppercased()) file is not read: give one .txt per article, "
                + "or a .jsonl corpus with one {\"id\", \"text\"} object per line"
        case "json":
            return "\(path): a .json file is not read: a corpus is JSON Lines (.jsonl), one "
                + "{\"id\", \"text\"} object per line (jq -c '.[]' \(path) > corpus.jsonl converts an array of them)"
        case "xml", "rss":
            return "\(path): an XML feed is not read: save each article as .txt or .html, "
                + "or as a .jsonl corpus with one {\"id\", \"text\"} object per line"
        case "doc", "docx", "odt", "rtf", "pdf", "xls", "xlsx", "ods":
            return "\(path): a .\(ext) document is not read: save the article as plain text (.txt, UTF-8)"
        case "zip", "tar", "tgz", "bz2", "xz", "7z", "rar":
            return "\(path): an archive is not read: unpack it and give the .txt files or the directory"
        default:
            return nil
        }
    }
}
