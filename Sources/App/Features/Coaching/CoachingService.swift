import Coaching
import Foundation
import Logging
import Storage
import TelemetryCore

/// Coaching reports without HTTP (platform.md §3.2): what a read answers, what a request starts, the report the
/// built-in coach writes at upload, staleness after lap-tag changes, and running one claimed job. The state lives in
/// `CoachingReportStore`, so restarts and other server instances see it.
struct CoachingService: Sendable {
    let pipeline: CoachingPipeline
    let sessions: SessionService
    let sessionStore: any SessionStore
    let durations: GenerationDurations

    var store: any CoachingReportStore { pipeline.store }
    var wakeup: CoachingWakeup { pipeline.wakeup }
    var logger: Logger { pipeline.logger }
    var clock: @Sendable () -> Date { pipeline.clock }

    // MARK: Reading and requesting

    /// `GET …/report?skill_level=`: the written report, the generating placeholder, or a refusal (§3.2).
    /// `mayRefresh`: the caller may have a stale report rewritten (its owner).
    func current(_ record: SessionRecord, skill: CoachingSkill, caller: String, mayRefresh: Bool) async throws -> CoachingReportResponse {
        guard let stored = try await store.report(sessionID: record.sessionID, skillLevel: skill.rawValue) else {
            throw CoachingError.noReport
        }
        let regenerations = try await self.regenerations(of: caller)
        switch stored.status {
        case .error:
            _ = try await store.delete(sessionID: record.sessionID, skillLevel: skill.rawValue)
            throw CoachingError.clearedAfterError
        case .generating:
            return await generating(record, skill, startedAt: stored.startedAt, regenerations)
        case .ready:
            if stored.stale, mayRefresh { return try await start(record, skill, regenerations) }
            return try await written(record, stored, regenerations)
        }
    }

    /// `POST …/report`: returns the written report, or starts writing one and returns the placeholder (§3.2).
    func request(_ record: SessionRecord, skill: CoachingSkill, force: Bool, caller: String) async throws -> CoachingReportResponse {
        let stored = try await store.report(sessionID: record.sessionID, skillLevel: skill.rawValue)
        if let stored, stored.status == .generating {
            return await generating(record, skill, startedAt: stored.startedAt, try await regenerations(of: caller))
        }
        if force {
            let day = UTCDay(clock())
            guard try await store.useRegeneration(userID: caller, utcDay: day.text, limit: Regenerations.dailyLimit) else {
                throw CoachingError.regenerationLimitReached(resetsAt: day.end)
            }
        } else if let stored, stored.status == .ready, !stored.stale {
            return try await written(record, stored, try await regenerations(of: caller))
        }
        return try await start(record, skill, try await regenerations(of: caller))
    }

    private func start(_ record: SessionRecord, _ skill: CoachingSkill, _ regenerations: Regenerations) async throws -> CoachingReportResponse {
        let queued = try await store.queue(sessionID: record.sessionID, skillLevel: skill.rawValue, .unlessGenerating, now: clock())
        await wakeup.signal()
        return await generating(record, skill, startedAt: queued.startedAt, regenerations)
    }

    private func written(_ record: SessionRecord, _ stored: StoredCoachingReport, _ regenerations: Regenerations) async throws -> CoachingReportResponse {
        guard let report = stored.report else {
            _ = try await store.delete(sessionID: record.sessionID, skillLevel: stored.skillLevel)
            throw CoachingError.clearedAfterError
        }
        let cornerCount = try await sessions.analysis(record).corners().corners.count
        return CoachingReportResponse(sessionID: record.sessionID, report: report, cornerCount: cornerCount, regenerations: regenerations)
    }

    private func generating(_ record: SessionRecord, _ skill: CoachingSkill, startedAt: Date?,
                            _ regenerations: Regenerations) async -> CoachingReportResponse {
        CoachingReportResponse(sessionID: record.sessionID, generatingAt: skill, startedAt: startedAt,
                               estimatedSeconds: await durations.estimate(), regenerations: regenerations)
    }

    private func regenerations(of caller: String) async throws -> Regenerations {
        Regenerations(used: try await store.regenerationsUsed(userID: caller, utcDay: UTCDay(clock()).text))
    }

    // MARK: Writing

    /// Runs one claimed job to its end: a ready report, or an error row that the next read clears (§3.2 job steps).
    func run(_ job: CoachingJob, worker: String) async {
        let started = clock()
        var status = CoachingReportStatus.error
        var written: (CoachingReport, SessionRecord, SessionAnalysis)?
        var json: String?
        do {
            if let record = try await sessionStore.locate(id: job.sessionID), let skill = CoachingSkill(rawValue: job.skillLevel) {
                let analysis = try await sessions.analysis(record)
                let report = try await pipeline.write(analysis, skill: skill)
                json = try pipeline.encoded(report)
                status = .ready
                written = (report, record, analysis)
            }
        } catch {
            logger.error("coaching job failed", metadata: ["session_id": "\(job.sessionID)", "error_type": "\(type(of: error))"])
        }
        do {
            let finished = try await store.finish(job, worker: worker, status: status, generatedBy: written?.0.generated_by,
                                                  reportJSON: json, now: clock())
            if finished, let (report, record, analysis) = written { await pipeline.reportReady(report, of: record, analysis: analysis) }
        } catch {
            logger.error("coaching job could not be stored", metadata: ["session_id": "\(job.sessionID)", "error_type": "\(type(of: error))"])
        }
        await durations.record(clock().timeIntervalSince(started))
    }
}
