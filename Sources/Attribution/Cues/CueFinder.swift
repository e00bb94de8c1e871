/// Finds candidate cues: reporting verbs and participles, verbal nouns
/// with their speaker, source frames, refused statements and «Speaker:»
/// headlines.
///
/// Whether a verb candidate really reports (أضاف هدفاً does not) is decided
/// later, once its speaker phrase is known, from what follows it (see
/// `SpeakerResolver`). Participles are accepted only after a comma or with
/// و: the ḥāl construction «…، مضيفاً أن».
struct CueFinder {
    let text: AnalysisText
    let lexicon: Lexicon

    func find() -> [CueMatch] {
        var cues: [CueMatch] = []
        var i = 0
        let tokens = text.tokens
        while i < tokens.count {
            // The quick test comes before `match`: a `CueMatch?` is large,
            // and returning one for every word cost a copy of it each time.
            if tokens[i].isWord, mayOpenCue(at: i), let cue = match(at: i),
               cue.first < cue.last || !(lexicon.isGivenNameNotVerb(at: i, in: text) || lexicon.isSubjectAfterVerb(at: i, in: text)) {
                cues.append(cue)
                i = cue.last + 1
            } else {
                i += 1
            }
        }
        return cues + headlines(excluding: cues)
    }

    /// `mayOpenCue` of token i's readings. The lexicon is asked about the
    /// word's bytes and its stems' bytes (see `Clitics`): no strings are
    /// made for the words that are not cues, nearly all of them.
    @inline(__always)
    private func mayOpenCue(at i: Int) -> Bool {
        text.tokens[i].norm.withKeyBytes { word in
            Clitics.stems(word).anyStem { stem in
                lexicon.cueOpeners.contains(utf8: stem) || Clitics.mayHideVerb(stem, in: lexicon.verbForms)
            }
        }
    }

    /// The cue starting at word i, which `mayOpenCue` let through.
    private func match(at i: Int) -> CueMatch? {
        var norm = text.tokens[i].norm
        return norm.withUTF8 { word in
            // Each reading is hashed once for the five tables asked below.
            let stems = Readings(Clitics.stems(word))
            // (`phrase` only for a word that heads a pattern: a `CueMatch?`
            // is large, and each call returning nil copied one.)
            if stems.contains(where: { lexicon.negations.contains(probe: $0.stem) }),
               let cue = phrase(at: i, stems: stems, in: lexicon.negations, kind: .negation) { return cue }
            // «فحسب» (only) is no «ف» + «حسب»: a whole word marked
            // notcue (words.tsv) opens no frame, unless a relative «ما»
            // follows («فحسب ما ذكر د. عبد اللطيف الضويحي»).
            if stems.contains(where: { lexicon.frames.contains(probe: $0.stem) }),
               !stems.contains(where: { !$0.conjoined && lexicon.words[probe: $0.stem] == .notCue })
                || (i + 1 < text.tokens.count && lexicon.roles(text.tokens[i + 1].norm).contains(.frameRelative)),
               let cue = phrase(at: i, stems: stems, in: lexicon.frames, kind: .frame) { return cue }
            // «ومضى يقول»، «وعاد ليؤكد»: an auxiliary verb joins the cue after it.
            if stems.contains(where: { lexicon.words[probe: $0.stem] == .auxiliary }), i + 1 < text.tokens.count {
                var next = text.tokens[i + 1].norm
                if var cue = next.withUTF8({ verb(at: i + 1, stems: Readings(Clitics.stems($0))) }) {
                    cue.first = i
                    cue.conjoined = true
                    return cue
                }
            }
            if let cue = verb(at: i, stems: stems) { return cue }
            guard stems.contains(where: { lexicon.nounForms.contains(probe: $0.stem) }) else { return nil }
            return noun(at: i, stems: stems)
        }
    }

    /// «إعلان أنقرة عن …»، «بإعلان المشرف العام … عن»، «قول مسؤولين في
    /// واشنطن إن»: a verbal noun whose speaker is its genitive. Whether a
    /// known speaker and the complement follow is decided with the speaker
    /// phrase (`SubjectCheck`, as for a verb marked `strict`); here a
    /// word or a quoted name must follow, and the noun must not be the
    /// object of the reporting verb before it («أعلن إصرار الحكومة على»)
    /// nor the source of a frame («بحسب تأكيدات الوزارة»: the frame's).
    private func noun(at i: Int, stems: Readings) -> CueMatch? {
        guard i + 1 < text.tokens.count, text.tokens[i + 1].isWord || opensQuotedName(i + 1) else { return nil }
        // The object of a verb, or the source of a frame, which is the cue
        // already («وبحسب تأكيدات وزارة …»، «وفقاً لإعلان الجهاز …»).
        if i > 0, text.tokens[i - 1].isWord,
           Clitics.strip(text.tokens[i - 1].norm).contains(where: {
               lexicon.verbForms[$0.stem] != nil || lexicon.frames[$0.stem] != nil
           }) {
            return nil
        }
        for (probe, conjoined) in stems {
            guard let form = lexicon.nounForms[probe: probe] else { continue }
            var cue = CueMatch(first: i, last: i, lemma: form.lemma, displayLemma: form.dictionaryForm, kind: .noun,
                               complements: form.complements, verbClass: form.verbClass)
            cue.conjoined = conjoined
            return cue
        }
        return nil
    }

    /// A multi-word pattern starting at token i (first word may carry و/ف).
    private func phrase(at i: Int, stems: Readings, in table: WordTable<[Frame]>,
                        kind: CueKind) -> CueMatch? {
        for (stem, conjoined) in stems {
            // By index: iterating the frames copied each (strings, arrays).
            guard let frames = table[probe: stem] else { continue }
            for k in frames.indices where matches(frames[k].words, at: i) {
                let frame = frames[k]
                var cue = CueMatch(first: i, last: i + frame.words.count - 1, lemma: frame.words.joined(separator: " "),
                                   displayLemma: frame.pattern,
                                   kind: kind, gender: frame.gender, number: frame.number)
                cue.last = relativeVerb(after: cue.last) ?? cue.last
                cue.frame = frame
                cue.negated = kind == .negation
                cue.conjoined = conjoined
                return cue
            }
        }
        return nil
    }

    /// «بحسب ما أعلن»، «حسبما ذكرت»، «وفق ما أفادت به»: the relative
    /// clause's verb belongs to the frame's cue; so does a reporting verb or
    /// verbal noun right after the frame («حسب وصف الجماهير»).
    private func relativeVerb(after last: Int) -> Int? {
        var k = last + 1
        let opensRelative = text.tokens[last].norm.hasSuffix("ما")
        guard k < text.tokens.count else { return nil }
        if let form = lexicon.verbForms[text.tokens[k].norm], form.shape != .participle { return k }
        if lexicon.roles(text.tokens[k].norm).contains(.frameRelative) { k += 1 } else if !opensRelative { return nil }
        guard k < text.tokens.count, text.tokens[k].isWord, lexicon.speakerWord(text.tokens[k].norm) == nil else { return nil }
        return k
    }

    private func matches(_ words: [String], at i: Int) -> Bool {
        guard i + words.count <= text.tokens.count else { return false }
        for k in words.indices.dropFirst() where !text.tokens[i + k].norm.isKey(words[k]) { return false }
        return true
    }

    private func verb(at i: Int, stems: Readings) -> CueMatch? {
        // «ما قاله»، «بما قاله»، «مما قاله»: a relative clause on ما.
        let afterMa = {
            guard i > 0 else { return false }
            return lexicon.roles(text.tokens[i - 1].norm).contains(.relativeMa)
        }
        for (probe, conjoined) in stems {
            // «يذكر أن …»، «ويشار إلى أن …»: the writer's own background
            // formula (words.tsv `continuation`) before its clause reports
            // nothing (the guidelines: at most optional).
            if lexicon.words[probe: probe] == .continuation, opensClause(after: i) { return nil }
            if let form = lexicon.verbForms[probe: probe], lexicon.words[probe: probe] != .notCue {
                // «ما بين 15 و30 ثانية»، «ما عدا …»: after ما a bare verb
                // that is also a function word (`strict`) is that word;
                // only with its object pronoun is it a relative clause
                // («ما بيّنه الوزير», below).
                let relative = afterMa() && !form.complements.contains("strict")
                // «مما يشير إلى أن …»: ما is the subject (`FactSubject`).
                if relative, lexicon.isFactSubject(form, at: i, in: text) { return nil }
                // «بعد أن تبين أنهم …»: it became clear (`BecameClear`);
                // not under the ل of purpose («لتبين أن»: an imperfect).
                if !Clitics.afterPurposeLam(probe.bytes, in: stems.word),
                   lexicon.becameClear(form, at: i, conjoined: conjoined, in: text) { return nil }
                var found = cue(form, at: i, conjoined: conjoined, relative: relative)
                found?.future = Clitics.afterFuture(probe.bytes, in: stems.word)
                // «لتقول إن …»، not «ليبلغ عدد الحالات …» (reaches): under
                // the ل of purpose a verb reports only with its complement.
                if Clitics.afterPurposeLam(probe.bytes, in: stems.word) { found?.complements.insert("strict") }
                return found
            }
            // «ما قاله الوزير»: object pronoun on the verb, after ما; and
            // verbs of judging whose object is the thing judged («وصفه
            // رئيس الحزب بأنه …»، «اعتبروه»).
            // «ما نسبته 40 في المئة»: a noun with a pronoun, not نسب + ه.
            // (The last letter is tested on the bytes; a string is made only
            // for the stems that pass, and the rest is the String definition.)
            let b = WordBytes(probe.bytes)
            guard b.ends(with: .heh) || b.ends(with: .alef) || b.ends(with: .meem),
                  lexicon.words[probe: probe] != .notCue else { continue }
            let future = Clitics.afterFuture(probe.bytes, in: stems.word)
            let stem = String(decoding: probe.bytes, as: UTF8.self)
            // `hasKeySuffix`: `hasSuffix` on a key, decided on its bytes.
            for suffix in Clitics.objectSuffixes where stem.hasKeySuffix(suffix) {
                // «عن متحدث … نفيه»: a verbal noun with its pronoun is the
                // relay's, not a verb; a stance shown («تبديها») is no report.
                guard let form = Self.beforePronoun(String(stem.dropLast(suffix.count))).lazy.compactMap({ lexicon.verbForms[$0] }).first,
                      form.shape != .participle,
                      lexicon.category(stem) != .relayNoun, form.verbClass != "stance" || afterMa() else { continue }
                var found = cue(form, at: i, conjoined: conjoined, relative: afterMa())
                found?.objectSuffix = true
                found?.future = future
                // «وعدتها «مغذية للطائفية»»، «اعتبروه «أحادي الجانب»»: a
                // verb of judging with its object is a report whatever
                // follows; others need their subject («التي تعلنها قوات
                // التحالف»، «نقلتها صحيفة «الشرق الأوسط»»).
                if form.verbClass == "opinion" { found?.complements = ["any"] }
                // («والذي تتهمه السلطات في طهران بالتلاعب»: «اتهم» keeps its ب,
                // which ends the subject, `OwnPreposition`.)
                if form.verbClass == "accuse" { found?.complements.insert("any") }
                return found
            }
        }
        return nil
    }

    /// The article writes a final ي as ى («فى»، «الذى»، «التى»), as some
    /// Egyptian newsrooms do. (Asked only of an imperfect in ى: rare.)
    private var writesFinalYaAsAlefMaqsura: Bool {
        text.tokens.contains { $0.text == "فى" || $0.text == "الذى" || $0.text == "التى" }
    }

    /// A complementiser right after token i, or after one preposition
    /// («يشار إلى أن»).
    private func opensClause(after i: Int) -> Bool {
        var k = i + 1
        if k + 1 < text.tokens.count, lexicon.roles(text.tokens[k].norm).contains(.contentPreposition) { k += 1 }
        return k < text.tokens.count && lexicon.category(text.tokens[k].norm) == .complementiser
    }

    private func cue(_ form: VerbForm, at i: Int, conjoined: Bool, relative: Bool) -> CueMatch? {
        // The last letter as written (marks skipped), asked only of forms
        // whose final ى or ي tells two words apart:
        if form.endsInAlefMaqsura || form.endsInYa {
            let last = text.tokens[i].text.unicodeScalars.last(where: { ArabicNormalizer.fold($0) != nil })
            // «نفي» (denial) is not «نفى» (denied);
            if form.endsInAlefMaqsura, last == "ي" { return nil }
            // «وقال شاهد عيان يدعى أحمد اكاي»: «يدعى» is the passive of دعا
            // (is named), not «يدعي» (claims); unless the article writes
            // every final ي so («فى»، «الذى»).
            if form.endsInYa, last == "ى", !writesFinalYaAsAlefMaqsura { return nil }
        }
        if form.shape == .participle && !participleSlot(i, conjoined: conjoined) { return nil }
        // «فلا أمل في …» (no hope), «لم تحدث وفيات» (happen): «لا»، «لم»،
        // «لن» negate the imperfect; a perfect form right after one, in its
        // sentence, is another word. Not «لا أستبعد»، «لا أتهم»: a first
        // person imperfect is spelt with أ where the perfect has ا; nor
        // «لا يرون أن», an irregular imperfect of verbs.tsv.
        if form.shape == .perfect, i > 0, text.tokens[i - 1].isWord, !text.tokens[i].startsLine,
           text.tokens[i - 1].sentence == text.tokens[i].sentence,
           lexicon.hasRole(.verbNegator, orAfterConjunction: text.tokens[i - 1].norm),
           !text.tokens[i].norm.hasKeyPrefix("ي"),
           !(text.tokens[i].text.unicodeScalars.first == "أ" && form.dictionaryForm.unicodeScalars.first == "ا") { return nil }
        // «لاعبين جدد»، «أعضاء جدد»: a perfect that is also a plural
        // adjective (verbs.tsv `adjective`: جُدُد, new), bare, right after
        // an indefinite plural noun (ين، ون، اء) of its sentence, is the
        // adjective.
        if form.complements.contains("adjective"), form.shape == .perfect, !conjoined, i > 0,
           text.tokens[i].norm == form.lemma || text.tokens[i].norm.hasKeySuffix("ا"),
           text.tokens[i - 1].isWord, text.tokens[i - 1].sentence == text.tokens[i].sentence,
           isIndefinitePlural(i - 1) { return nil }
        // «خالد بن طالب»، «علي بن أبي طالب»، «موفق محمد أبو طالب»: a bare
        // verb form right after «بن» (roles.tsv nasab), after «أبي» that
        // follows one, or after «أبو» that follows a given name, is part
        // of the name. (Not after «فان»، «أم»: «إلا أن فان أفادت»، «أم
        // يرونهم».)
        if !conjoined, i > 1, text.tokens[i - 1].isWord, text.tokens[i - 1].sentence == text.tokens[i].sentence {
            let roles = lexicon.roles(text.tokens[i - 1].norm), before = text.tokens[i - 2].norm
            if roles.contains(.nasab)
                || (roles.contains(.nameCompound) && lexicon.roles(before).contains(.nasab))
                || (roles.contains(.nameCompound) && roles.contains(.nameLink) && lexicon.givenNames[before] != nil) { return nil }
        }
        // «تصاعد القلق من تجدد الانهيار»، «في تحدٍّ …»: right after a
        // preposition (roles officepreposition, swappedpreposition: في،
        // على، إلى، عن، لدى; not «من», which is also "who": «من قال إن»)
        // a verb form is a noun.
        if form.shape != .participle, i > 0, text.tokens[i - 1].isWord, !conjoined {
            let roles = lexicon.roles(text.tokens[i - 1].norm)
            // (The key of «على» is also the name «علي»: «بن علي يقول …».)
            if roles.contains(.officePreposition) || roles.contains(.swappedPreposition), !roles.contains(.partitive),
               !roles.contains(.alaOrAli) || text.tokens[i - 1].endsInAlefMaqsura { return nil }
        }
        // «مجدداً» (again), «مؤخراً»: a time word (words.tsv) spelt as a
        // participle is the adverb.
        if form.shape == .participle, lexicon.category(text.tokens[i].norm) == .time { return nil }
        var cue = CueMatch(first: i, last: i, lemma: form.lemma, displayLemma: form.dictionaryForm,
                           kind: form.shape == .participle ? .participle : .verb,
                           gender: form.gender, number: form.number, shape: form.shape,
                           complements: form.complements, verbClass: form.verbClass)
        cue.impersonal = form.shape == .passive
        cue.conjoined = conjoined
        // «بكل ما يتفق مع رغباتهم»، «ما اتفق عليه»: a verb that reports
        // only with its content (`content`) is no report in a relative
        // clause without it.
        cue.relative = relative && !form.complements.contains("content")
        return cue
    }

    /// «لاعبين»، «ناخبين»، «أعضاء»: an indefinite word in ين، ون or اء that
    /// no list knows (not «بن»، a name or a place).
    private func isIndefinitePlural(_ k: Int) -> Bool {
        let t = text.tokens[k]
        guard !t.isDefinite, t.norm.keyLength > 3, lexicon.category(t.norm) == nil, lexicon.givenNames[t.norm] == nil,
              lexicon.place(t.norm) == nil else { return false }
        return t.norm.hasKeySuffix("ين") || t.norm.hasKeySuffix("ون") || t.norm.hasKeySuffix("اء")
    }

    /// A ḥāl participle follows a comma (or و after one): «…، مضيفاً أن».
    private func participleSlot(_ i: Int, conjoined: Bool) -> Bool {
        guard i > 0 else { return false }
        // «ضبط 128 متهماً»، «حبس 24 متهمًا»: after a count (up to three
        // digits; «إلكراما 2016 قائلا» ends a name with a year) the word is
        // the counted noun, unless a complementiser follows («ستوك سيتي
        // الذي يحتل المركز 19 متوقعا أن …»).
        let count = text.tokens[i - 1].text.unicodeScalars
        if (1...3).contains(count.count), count.allSatisfy({ $0.properties.numericType == .decimal }),
           !(i + 1 < text.tokens.count && lexicon.category(text.tokens[i + 1].norm) == .complementiser) { return false }
        // The masculine accusative (مؤكداً، قائلا) is unambiguous: no noun or
        // adjective ends so. Feminine and plural forms (مؤكدة، مؤكدين) are
        // also adjectives («مصادر مؤكدة») and need the comma.
        if text.tokens[i].norm.hasSuffix("ا") { return true }
        let previous = i - 1
        // News copy also starts a sentence with one («…". مؤكداً أن …»).
        return conjoined || text.isMark(previous, "،") || text.isMark(previous, ",") || text.isMark(previous, "»")
            || text.isMark(previous, "\"") || text.isMark(previous, ")") || text.isMark(previous, ".") || text.tokens[i].startsLine
            || opensClauseAfter(i)
    }

    /// «ونفت دمشق ذلك مشيرة إلى أن …»، «مؤكدين أن …»: a complementiser
    /// right after the word, or after one preposition, makes it a
    /// participle even without a comma; but after a source noun it is
    /// that noun's adjective, and the complementiser is the verb's
    /// («علم من مصادر مؤكدة أن …»).
    private func opensClauseAfter(_ i: Int) -> Bool {
        if text.tokens[i - 1].isWord, lexicon.speakerWord(text.tokens[i - 1].norm) != nil { return false }
        var k = i + 1
        guard k < text.tokens.count, text.tokens[k].isWord else { return false }
        if lexicon.category(text.tokens[k].norm) != .complementiser, k + 1 < text.tokens.count,
           lexicon.roles(text.tokens[k].norm).contains(.contentPreposition) {
            k += 1
        }
        return text.tokens[k].isWord && text.tokens[k].sentence == text.tokens[i].sentence
            && lexicon.category(text.tokens[k].norm) == .complementiser
    }

    /// A verb as spelt before an object pronoun, and its plain spellings:
    /// the plural's alef drops (اعتبروه = اعتبروا + ه) and a final alef
    /// maqsura is written alef (تراه = ترى + ه).
    static func beforePronoun(_ verb: String) -> [String] {
        if verb.hasSuffix("و") { return [verb, verb + "ا"] }
        if verb.hasSuffix("ا") { return [verb, String(verb.dropLast()) + "ي"] }
        return [verb]
    }
}
