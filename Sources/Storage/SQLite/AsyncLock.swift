/// A FIFO async mutex: at most one holder at a time, waiters resumed in arrival order.
///
/// Unlike actor isolation, the lock stays held across suspension points, which is what
/// serializing a single SQLite connection (including whole transactions) needs.
actor AsyncLock {
    private var isLocked = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var head = 0

    func acquire() async {
        if !isLocked {
            isLocked = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if head < waiters.count {
            let next = waiters[head]
            head += 1
            if head > 64, head * 2 > waiters.count {
                waiters.removeFirst(head)
                head = 0
            }
            next.resume()  // ownership passes directly to the next waiter
        } else {
            isLocked = false
            waiters.removeAll(keepingCapacity: true)
            head = 0
        }
    }

    /// Runs `body` while holding the lock.
    nonisolated func withLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        do {
            let result = try await body()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }
}
