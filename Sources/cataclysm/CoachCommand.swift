import ArgumentParser
import Coaching
import CoachingPDF
import Foundation
import TelemetryCore

/// `cataclysm coach FILE [--skill novice|intermediate|advanced] [--json | --pdf OUT | --ask QUESTION…]`: the built-in
/// coaching report of one CSV, or the built-in chat coach's answers about it, without a server.
struct CoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach", abstract: "Print the built-in coach's report for a RaceChrono CSV v3 file.")
    @Argument(help: "The CSV file.") var file: String
    @Option(help: "novice, intermediate or advanced.") var skill: String = CoachingSkill.intermediate.rawValue
    @Flag(help: "Print the report as JSON (sorted keys).") var json = false
    @Flag(help: "Print the coaching facts (the input of every coach) as JSON instead of the report.") var facts = false
    @Option(help: "Write the report as a PDF to this file instead of printing it.") var pdf: String?
    @Option(help: "Ask the built-in chat coach about the session (repeatable); prints each question with its answer.")
    var ask: [String] = []

    func validate() throws {
        guard CoachingSkill(rawValue: skill) != nil else {
            throw ValidationError("--skill must be novice, intermediate or advanced")
        }
    }

    func run() throws {
        let session = try CSVInput.ingest(file)
        let analysis = SessionAnalysis(session: session, sessionID: URL(fileURLWithPath: file).lastPathComponent)
        let coachingFacts = CoachingFacts.make(from: analysis, skill: CoachingSkill(rawValue: skill)!)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if facts {
            print(String(decoding: try encoder.encode(coachingFacts), as: UTF8.self))
            return
        }
        let report = BuiltinCoach().report(for: coachingFacts)
        if !ask.isEmpty {
            let chat = ChatFacts.make(from: analysis, skill: coachingFacts.skill)
            for question in ask {
                let answer: String
                switch ChatGuardrails.screen(question) {
                case .blank: answer = CannedReply.blank
                case .tooLong: answer = CannedReply.tooLong
                case .offTopic: answer = CannedReply.offTopic
                case .question(let text): answer = BuiltinChatCoach().answer(text, facts: chat, report: report)
                }
                print("> \(question)\n\(answer)\n")
            }
            return
        }
        if let pdf {
            try Data(CoachingReportPDF.render(report: report, analysis: analysis)).write(to: URL(fileURLWithPath: pdf))
            return
        }
        if json {
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        print(ReportText.render(report, track: coachingFacts.trackName))
    }
}
