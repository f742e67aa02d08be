import TelemetryCore

enum ErrorDetail: Encodable, Equatable {
    case message(String)
    case issues([ValidationIssue])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .message(let text): try container.encode(text)
        case .issues(let list): try container.encode(list)
        }
    }
}
