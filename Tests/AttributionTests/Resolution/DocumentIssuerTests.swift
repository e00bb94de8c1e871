import Testing
import Attribution

/// `DocumentIssuer`: a document speaks for whoever issued it.
struct DocumentIssuerTests {
    @Test func theVerbAfterTheIssuedDocumentIsTheIssuers() throws {
        let p = ResolutionProbe("وأصدرت جامعة تبوك بياناً تبرأت فيه من التصريحات المنسوبة إليها.")
        #expect(try p.speaker("تبرأت") == "جامعة تبوك")
    }

    /// Saudi bench and CNN Arabic: a clause on an issued document without
    /// «فيه», and past a time word between commas, speaks for the issuer,
    /// not for the phrase after the verb (its object) or the last speaker;
    /// a document after a preposition was not what the verb issued.
    @Test func aClauseOnTheIssuedDocumentIsTheIssuers() throws {
        let p = ResolutionProbe("""
            وقال المدرب إن الفريق جاهز للموسم.
            من جهتها، أصدرت إدارة الأهلي بيانا أمس أكدت أنها حريصة على حفظ حقوق فريق كرة القدم الأول.
            وقد أصدرت حكومة موناكو بيانًا تؤكد حدوث عمليات الاحتيال، لكن بدون تسمية الأمير.
            أصدرت وزارة الأمن العام الصينية بيانا، الإثنين، أعلنت فيه أن رئيس الإنتربول السابق محتجز لديها.
            وبعد أن نشرت رويترز مقطع فيديو عن بيان يوليا قالت السفارة الروسية في لندن إنها سعيدة.
            """)
        #expect(try p.speaker("أكدت") == "إدارة الأهلي")
        #expect(try p.speaker("تؤكد") == "حكومة موناكو")
        #expect(try p.speaker("أعلنت") == "وزارة الأمن العام الصينية")
        #expect(try p.speaker("قالت") == "السفارة الروسية")
    }

    /// A body in construct with the document («بيان وزارة الداخلية»،
    /// «تقرير أوبك») issued it, as «بيان للتحالف» does (bench, Saudi press).
    @Test func aBodyInConstructIsTheIssuer() throws {
        let p = ResolutionProbe("""
            وقال بيان وزارة الخزانة الأميركية إن العقوبات تشمل ثلاث شركات.
            وذكر تقرير أوبك أن الطلب على النفط سيرتفع.
            """)
        #expect(try p.speaker("وقال") == "وزارة الخزانة الأميركية")
        #expect(try p.speaker("وذكر") == "أوبك")
    }

    /// dev-ant, BBC Arabic: «بيان من X» (role issuedby); not after a
    /// definite document, where من opens another clause.
    @Test func aStatementFromTheIssuer() throws {
        let p = ResolutionProbe("وأعلنت الشركة أنها ستعيد الأموال، وفقا لبيان من كوين-تشيك.")
        #expect(try p.speaker("وفقا") == "كوين-تشيك")
    }

    /// Saudi bench: «صادر عن» (role issuedparticiple, then issuedby) names
    /// the issuer, after a definite document too, and after an adjective.
    @Test func aDocumentIssuedByItsIssuer() throws {
        let p = ResolutionProbe("""
            وقال بيان صادر عن وزارة الداخلية المصرية إن الحادث وقع فجراً.
            وذكرت الإحصاءات الصادرة عن الهيئة العامة للإحصاء أن النسبة ارتفعت.
            وتضمنت الدراسة وفق بيان صحفي صادر عن صندوق النقد العربي عدة فصول.
            """)
        #expect(try p.speaker("وقال") == "وزارة الداخلية المصرية")
        #expect(try p.speaker("وذكرت") == "الهيئة العامة للإحصاء")
        #expect(try p.speaker("وفق") == "صندوق النقد العربي")
    }

    /// Saudi bench: the source of a relay is the issuer too.
    @Test func aRelayedDocumentSpeaksForItsIssuer() throws {
        let p = ResolutionProbe("ونقلت الوكالة عن بيان صادر عن وزارة الخارجية أن الوضع هادئ.")
        #expect(try p.speaker("عن", 0) == "وزارة الخارجية")
    }

    /// Pan-Arab and Saudi news: after an indefinite document a ل-phrase is
    /// its issuer, not the one spoken to («تقرير لصحيفة الغارديان»،
    /// «بيان لوكالة رويترز»), and so is a quoted name right after it
    /// («تقرير «وول ستريت جورنال»»); not a quoted adjective.
    @Test func aLamPhraseOrAQuotedNameIsTheIssuer() throws {
        let paper = ResolutionProbe("وقال تقرير لصحيفة الغارديان إن الشركات تهربت من الضرائب.")
        #expect(try paper.speaker("وقال") == "صحيفة الغارديان")
        let agency = ResolutionProbe("وقال بيان لوكالة رويترز إن المفاوضات توقفت.")
        #expect(try agency.speaker("وقال") == "وكالة رويترز")
        let quoted = ResolutionProbe("ذكر تقرير «وول ستريت جورنال» أن شركات إنتاج النفط الصخري خفضت إنفاقها.")
        #expect(try quoted.speaker("ذكر") == "وول ستريت جورنال")
        let adjective = ResolutionProbe("وكشفت دراسة \"بريطانية\" مثيرة للجدل أن النوم مهم.")
        #expect(adjective.doc.speaker(of: try adjective.statement("وكشفت"))?.anonymity != .named)
    }
}
