/// Wakes the coaching runner when a job is queued, so a report does not wait for the next poll.
actor CoachingWakeup {
    private var pending = false
    private var waiter: CheckedContinuation<Void, Never>?

    /// A job was queued (or the wait timed out).
    func signal() {
        if let waiter {
            self.waiter = nil
            waiter.resume()
        } else {
            pending = true
        }
    }

    /// Returns after the next signal, or after `timeout` at the latest.
    func wait(upTo timeout: Duration) async {
        if pending {
            pending = false
            return
        }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                try? await Task.sleep(for: timeout)
                await self.signal()
            }
            group.addTask { await self.suspend() }
            await group.next()
            group.cancelAll()
        }
    }

    private func suspend() async {
        if pending {
            pending = false
            return
        }
        await withCheckedContinuation { waiter = $0 }
    }
}
