extension CorpusLineParser {
    /// What the line gave for one field the record reads.
    enum Value: Equatable {
        case absent
        case null
        case string(String)
        /// An integer, spelt as `NSNumber.stringValue` spells it.
        case integer(String)
        /// An array or an object: neither a string nor a number.
        case structure
    }

    /// The record's fields, in `Field` order.
    struct Fields: Equatable {
        var id = Value.absent
        var text = Value.absent
        var title = Value.absent
        var outlet = Value.absent
        var date = Value.absent
        var url = Value.absent
    }

    enum Field {
        case id, text, title, outlet, date, url
    }
}
