/// A stored session whose file is missing or no longer parses: the request may be retried (503), nothing is lost.
struct SessionDataUnavailable: Error, Equatable {
    var sessionID: String
}
