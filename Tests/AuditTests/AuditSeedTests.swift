import Attribution
@testable import Audit
import Foundation
import TestSupport
import Testing

/// The issue's acceptance test on the seed article, and the criteria.
@Suite struct AuditSeedTests {
    @Test func anonymousMoscowSourceSpeaksMostWithNoReason() throws {
        let (audit, _) = AuditSupport.auditor.audit(try AuditSupport.seed())
        let top = try #require(audit.speakerList.first)
        #expect(top.name == "مصدر من موسكو")
        #expect(top.anonymity == .anonymous)
        #expect(top.reason == AnonymityReason.none)
        #expect(top.basis == false)
        // More statements than any other speaker, and a third of the article at least.
        #expect(audit.speakerList.dropFirst().allSatisfy { $0.statements < top.statements })
        #expect(top.statements >= 5)
        #expect(Double(top.statements) / Double(audit.statements) >= 0.3)

        let moscow = audit.review.filter { $0.speaker == "مصدر من موسكو" }
        #expect(moscow.count == top.statements)
        #expect(moscow.allSatisfy { $0.issues.contains(.noReason) && $0.issues.contains(.noBasis) })
        #expect(audit.hiddenWithReason == 0)
        #expect(audit.hiddenWithNeither == audit.hidden)
    }

    @Test func ministryAndKremlinAreNamed() throws {
        let (audit, _) = AuditSupport.auditor.audit(try AuditSupport.seed())
        for name in ["الكرملين", "وزارة الدفاع الروسية"] {
            let speaker = try #require(audit.speakerList.first { $0.name == name }, "no speaker \(name)")
            #expect(speaker.anonymity == .named)
            #expect(speaker.reason == nil)
        }
        #expect(audit.review.allSatisfy { $0.speaker != "الكرملين" && $0.speaker != "وزارة الدفاع الروسية" })
        // «لم يعلق» is a refusal, not a statement.
        #expect(audit.negated >= 1)
        #expect(audit.classes.total == audit.statements)
    }

    @Test func anonymousShareIsHiddenOverNonNegated() throws {
        let (audit, analysed) = AuditSupport.auditor.audit(try AuditSupport.seed())
        let counted = analysed.statements.filter { !$0.negated }
        let hidden = counted.filter { analysed.speaker(of: $0)?.anonymity.isHidden ?? true }
        #expect(audit.statements == counted.count)
        #expect(audit.anonymousShare == Double(hidden.count) / Double(counted.count))
    }

    @Test func criteriaMatchNormalisedPhrases() {
        let criteria = AnonymityCriteria.shared
        #expect(criteria.matches(in: "وأوضح مصدر مطّلع، طلب عدم الكشف عن اسمه، أن").map(\.criterion) == [.formula])
        #expect(criteria.matches(in: "لانه غير مخوّل بالحديث لوسائل الاعلام").map(\.criterion) == [.reason])
        #expect(criteria.matches(in: "مصدر مطلع على المحادثات").map(\.criterion) == [.basis])
        #expect(Set(criteria.matches(in: "بشرط عدم الكشف عن هويته").map(\.criterion)) == [.formula])
        #expect(criteria.matches(in: "مصدر مقرّب من الحكومة").map(\.criterion) == [.basis])
        // Not inside another word, and not a bare «مطلع» («مطلع الشهر»).
        #expect(criteria.matches(in: "منذ مطلع هذا الشهر").isEmpty)
        #expect(criteria.matches(in: "الحاضر الاجتماع").isEmpty)
        #expect(criteria.phrases.contains { $0.criterion == .reason })
    }

    @Test(arguments: [
        ("وقال مصدر مطلع، طلب عدم الكشف عن اسمه، إن الحكومة ستعلن القرار غدا.", AnonymityReason.formulaOnly, false),
        ("وقال مسؤول، طلب عدم الكشف عن هويته لأنه غير مخول بالحديث لوسائل الإعلام، إن الحكومة ستعلن القرار غدا.",
         AnonymityReason.justified, false),
        ("وقال مصدر مطلع على المحادثات إن الحكومة ستعلن القرار غدا.", AnonymityReason.none, true),
        ("وقال مصدر إن الوزير شارك في الاجتماع وطلب عدم الكشف عن اسمه.", AnonymityReason.none, false),
    ])
    func reasonAndBasisFromTheAttributingClause(text: String, reason: AnonymityReason, basis: Bool) throws {
        let (audit, _) = AuditSupport.auditor.audit(SourceDocument(id: "t", text: text))
        let item = try #require(audit.review.first, "no hidden statement found in «\(text)»")
        #expect(item.reason == reason)
        #expect((item.basisPhrase != nil) == basis)
        #expect(item.issues.contains(.noReason) == (reason == .none))
        #expect(item.issues.contains(.formulaOnly) == (reason == .formulaOnly))
        #expect(item.issues.contains(.noBasis) == !basis)
    }

    @Test func headlineOutsideTheTextIsAnalysedOnItsOwn() throws {
        let document = SourceDocument(id: "h", text: "وقال وزير الخارجية سيرغي لافروف إن المحادثات مستمرة.",
                                      title: "مصادر: الحكومة تستقيل غدا", outlet: "x")
        let (audit, _) = AuditSupport.auditor.audit(document)
        let headline = try #require(audit.headline)
        #expect(headline.statements >= 1)
        #expect(headline.restsOnHidden)
        #expect(audit.review.contains { $0.region == .headline && $0.issues.contains(.headline) })
    }

    @Test func failAboveFlagsOnlyArticlesOverTheRatio() throws {
        let (seed, _) = AuditSupport.auditor.audit(try AuditSupport.seed())
        let share = try #require(seed.anonymousShare)
        #expect(AnonymityThreshold(share - 0.01).exceeding([seed]).count == 1)
        #expect(AnonymityThreshold(share).exceeding([seed]).isEmpty)
        #expect(AnonymityThreshold(share).failureMessage([seed]) == nil)
        let message = try #require(AnonymityThreshold(0.1).failureMessage([seed]))
        #expect(message.hasPrefix("1 article has an anonymous share above 0.1 (highest: asharq-moscow-idlib at "))
        let empty = ArticleAuditor().audit(SourceDocument(id: "e", text: "لا شيء هنا.")).audit
        #expect(AnonymityThreshold(0).exceeding([empty]).isEmpty)
    }

    @Test(.enabled(if: TestSupport.executable != nil, "the quotegraph executable is not built"))
    func failAboveSetsTheExitStatus() throws {
        let seed = AuditSupport.seedURL.path
        let pass = try TestSupport.run(["audit", seed, "--fail-above", "0.9", "--format", "csv"])
        #expect(pass.status == 0)
        #expect(pass.stdoutText.hasPrefix("group,outlet,articles,"))
        let fail = try TestSupport.run(["audit", seed, "--fail-above", "0.2", "--format", "csv"])
        #expect(fail.status == 2)
        #expect(fail.stdoutText.hasPrefix("group,outlet,articles,"), "the report is still written")
        let lines = fail.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("quotegraph: error: 1 article has an anonymous share above 0.2") == true)
        let bad = try TestSupport.run(["audit", seed, "--fail-above", "1.5"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("quotegraph: error: --fail-above must be a ratio from 0 to 1"))
    }
}
