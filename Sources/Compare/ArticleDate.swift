import Attribution

/// The day an article appeared, for keeping same-story groups to articles
/// published within days of each other.
///
/// The `date` field when the corpus gives one; otherwise a `YYYY-MM-DD` in
/// the URL or the id, where many crawls put it (the bench corpus's ids are
/// `snn_2015-08-11_1685`). Nil when none is found: such articles are
/// grouped by content alone.
enum ArticleDate {
    static func day(of source: SourceDocument) -> Int? {
        for text in [source.date, source.url, source.id].compactMap({ $0 }) {
            if let day = firstISODay(in: text) { return day }
        }
        return nil
    }

    /// Days since 1970-01-01 of the first `YYYY-MM-DD` in `text`.
    static func firstISODay(in text: String) -> Int? {
        let s = Array(text.utf8)
        guard s.count >= 10 else { return nil }
        func digits(_ from: Int, _ n: Int) -> Int? {
            var v = 0
            for i in from..<(from + n) {
                guard s[i] >= 48, s[i] <= 57 else { return nil }
                v = v * 10 + Int(s[i] - 48)
            }
            return v
        }
        for i in 0...(s.count - 10) {
            guard s[i + 4] == 45, s[i + 7] == 45, let y = digits(i, 4), let m = digits(i + 5, 2),
                  let d = digits(i + 8, 2), (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d)
            else { continue }
            if i > 0, s[i - 1] >= 48, s[i - 1] <= 57 { continue }
            return daysFromCivil(y, m, d)
        }
        return nil
    }

    /// Howard Hinnant's days-from-civil.
    private static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
