@testable import CoachingProviders
import TestSupport
import JSONValues

extension RecordedRequest {
    /// The body as JSON (`.null` when it is not JSON).
    var json: JSONValue {
        (try? JSONExtraction.object(in: body)) ?? .null
    }
}
