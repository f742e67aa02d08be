/// The Open-Meteo stub's script: replies handed out in order (whatever the path), and every request received.
public actor StubOpenMeteoScript {
    private var queue: [StubReply] = []
    public private(set) var requests: [RecordedRequest] = []

    public func enqueue(_ replies: [StubReply]) {
        queue += replies
    }

    /// Records `request` and hands out the next reply (a 418 when nothing is scripted).
    public func take(_ request: RecordedRequest) -> StubReply {
        requests.append(request)
        guard !queue.isEmpty else { return .http(status: 418, body: "unscripted request") }
        return queue.removeFirst()
    }
}
