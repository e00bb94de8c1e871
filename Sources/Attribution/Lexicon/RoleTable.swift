/// The rows of `roles.tsv`: each word, or pronoun suffix, with the roles
/// it plays.
///
///     في	notopener	officepreposition	sourceplace	closesclause
///     -ها	adjunctpossessive	commonpossessive	headpossessive
///
/// become `words["في"] == [.notOpener, .officePreposition, .sourcePlace,
/// .closesClause]` and a suffix «ها» with three roles. Checked on load:
/// an unknown role, an empty column, a role given twice, a suffix role on
/// a word (or the reverse) and a word listed twice are errors naming the
/// file and line.
struct RoleTable: Sendable {
    /// Words by normalised key.
    var words: WordTable<WordRoles>
    /// Suffixes, normalised, in file order.
    var suffixes: [Suffix]

    struct Suffix: Sendable {
        var suffix: String
        var roles: WordRoles
    }

    init(_ file: TSVFile) throws {
        var words: [(String, WordRoles)] = []
        var suffixes: [Suffix] = []
        var firstLine: [String: Int] = [:]
        for r in file.rows.indices {
            let row = file.rows[r]
            let isSuffix = row[0].hasPrefix("-")
            let key = ArabicNormalizer.normalize(isSuffix ? String(row[0].dropFirst()) : row[0])
            guard !key.isEmpty, !key.contains(" ") else {
                throw file.error(row: r, "«\(row[0])»: a role is given to one word, or to one suffix written «-ها»")
            }
            let entry = (isSuffix ? "-" : "") + key
            if let line = firstLine[entry] {
                throw file.error(row: r, "«\(row[0])» is listed already on line \(line): give all its roles on one line")
            }
            firstLine[entry] = file.lines[r]
            var roles = WordRoles()
            for field in row.dropFirst() {
                guard !field.isEmpty else { throw file.error(row: r, "empty role column (a stray tab?)") }
                guard let role = WordRole(name: field) else {
                    throw file.error(row: r, "unknown word role «\(field)» (see WordRole)")
                }
                if role.isSuffixRole != isSuffix {
                    throw file.error(row: r, role.isSuffixRole
                        ? "«\(field)» is a suffix role: write the suffix with a leading - («-ها»)"
                        : "«\(field)» is a word role, not a suffix role")
                }
                guard !roles.contains(role) else { throw file.error(row: r, "role «\(field)» given twice") }
                roles.insert(WordRoles(role))
            }
            if isSuffix { suffixes.append(Suffix(suffix: key, roles: roles)) } else { words.append((key, roles)) }
        }
        self.words = WordTable(words)
        self.suffixes = suffixes
    }
}
