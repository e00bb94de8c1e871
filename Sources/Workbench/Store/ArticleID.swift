/// Article ids as the workspace keeps them: safe as a file name and in a
/// URL path, because `export-gold` writes `<id>.txt` and `<id>.gold.json`.
///
///     ArticleID.sanitised("asharq-moscow-idlib")   // "asharq-moscow-idlib"
///     ArticleID.sanitised("../../etc/passwd")       // "etc-passwd"
///     ArticleID.sanitised("مقال 1.txt")             // "1-txt"
///     ArticleID.sanitised("")                       // "article"
public enum ArticleID {
    public static func sanitised(_ id: String) -> String {
        var out = ""
        var dash = false
        for scalar in id.unicodeScalars.prefix(200) {
            let ok = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                                        || scalar == "_")
            if ok {
                out.unicodeScalars.append(scalar)
                dash = false
            } else if !dash && !out.isEmpty {
                out.append("-")
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "article" : String(out.prefix(120))
    }
}
