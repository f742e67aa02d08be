import Foundation
import Logging
import ServiceLifecycle
import Storage

/// Writes queued reports in the background: claims at most `maxConcurrent` jobs at a time (a claim is the row's,
/// so two server instances never run one job twice), runs them, and waits for the next queued job or poll. A job
/// left `generating` by a crash is claimed again once its holder's lease has passed.
public struct CoachingRunner: Service {
    let coaching: CoachingService
    /// This process's name on the claims it takes.
    let worker: String
    var maxConcurrent = 3
    /// How long a claim protects a running job from other workers.
    var lease: TimeInterval = 300
    /// How often to look for jobs queued elsewhere (another instance, an expired lease) without a wake-up.
    var pollInterval: Duration = .seconds(5)

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                if await runOnce() == 0 { await coaching.wakeup.wait(upTo: pollInterval) }
            }
        }
    }

    /// Claims and runs one batch of jobs; returns how many ran.
    @discardableResult
    func runOnce() async -> Int {
        let now = coaching.clock()
        let jobs: [CoachingJob]
        do {
            jobs = try await coaching.store.claim(limit: maxConcurrent, worker: worker, now: now,
                                                  leaseCutoff: now.addingTimeInterval(-lease))
        } catch {
            coaching.logger.error("coaching claim failed", metadata: ["error_type": "\(type(of: error))"])
            return 0
        }
        await withTaskGroup(of: Void.self) { group in
            for job in jobs { group.addTask { await coaching.run(job, worker: worker) } }
        }
        return jobs.count
    }

    /// Runs batches until no job is queued or running anywhere, or `timeout` passed (tests and tooling; the
    /// background service may be running jobs of its own at the same time).
    public func drain(timeout: Duration = .seconds(60)) async {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while clock.now < deadline {
            if await runOnce() > 0 { continue }
            guard let pending = try? await coaching.store.pendingCount(), pending > 0 else { return }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }
}
