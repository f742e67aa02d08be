import Coaching
import Foundation
import Logging
import Storage
import TelemetryCore

/// Writing a report from an analysis and telling who cares: facts → writer → corners kept → observers. Also the
/// upload trigger (§3.2), which needs no session loading since the upload brings its analysis.
struct CoachingPipeline: Sendable {
    let store: any CoachingReportStore
    /// Writes reports: the built-in coach, or an LLM chain falling back to it.
    let writer: any CoachingReportWriter
    /// The facts a writer reads, from a session's analysis.
    let facts: @Sendable (SessionAnalysis, CoachingSkill) async -> CoachingFacts
    let observers: [any CoachingReportObserver]
    let wakeup: CoachingWakeup
    let logger: Logger
    let clock: @Sendable () -> Date

    /// Whether reports are written in milliseconds (the built-in coach), so one may be written during the upload.
    var writesInstantly: Bool { writer.writesInstantly }

    func write(_ analysis: SessionAnalysis, skill: CoachingSkill) async throws -> CoachingReport {
        let facts = await facts(analysis, skill)
        return try await writer.write(facts).keepingCorners(upTo: facts.cornerCount)
    }

    func encoded(_ report: CoachingReport) throws -> String {
        String(decoding: try JSONCoding.encoder.encode(report), as: UTF8.self)
    }

    func reportReady(_ report: CoachingReport, of record: SessionRecord, analysis: SessionAnalysis) async {
        for observer in observers {
            do { try await observer.reportReady(report, of: record, analysis: analysis) } catch {
                logger.error("coaching observer failed", metadata: [
                    "session_id": "\(record.sessionID)", "observer": "\(type(of: observer))", "error_type": "\(type(of: error))"])
            }
        }
    }

    /// After an upload: the report at the owner's skill level, written at once by the built-in coach or queued for
    /// the configured provider, so the first read finds it (§3.2 trigger rule: nothing when a row exists).
    func sessionStored(_ stored: StoredSession, ownerSkill: CoachingSkill) async throws {
        guard !stored.duplicate, let analysis = stored.analysis else { return }
        let job = CoachingJob(sessionID: stored.record.sessionID, skillLevel: ownerSkill.rawValue)
        guard writesInstantly else {
            _ = try await store.queue(sessionID: job.sessionID, skillLevel: job.skillLevel, .ifAbsent, now: clock())
            await wakeup.signal()
            return
        }
        let report = try await write(analysis, skill: ownerSkill)
        if try await store.insertReady(job, generatedBy: report.generated_by, reportJSON: try encoded(report), now: clock()) {
            await reportReady(report, of: stored.record, analysis: analysis)
        }
    }
}
