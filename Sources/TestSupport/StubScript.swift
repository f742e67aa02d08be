import CoachingProviders

/// The stub server's script: queued replies per vendor endpoint, and every request received.
public actor StubScript {
    private var queues: [ProviderKind: [StubReply]] = [:]
    public private(set) var requests: [RecordedRequest] = []

    public func enqueue(_ kind: ProviderKind, _ replies: [StubReply]) {
        queues[kind, default: []] += replies
    }

    /// Records `request` and hands out the next reply for its endpoint (a 418 when nothing is scripted).
    public func take(_ request: RecordedRequest) -> StubReply {
        requests.append(request)
        guard let kind = request.provider, var queue = queues[kind], !queue.isEmpty else {
            return .http(status: 418, body: "unscripted request")
        }
        let reply = queue.removeFirst()
        queues[kind] = queue
        return reply
    }

    public func requests(to kind: ProviderKind) -> [RecordedRequest] { requests.filter { $0.provider == kind } }
}
