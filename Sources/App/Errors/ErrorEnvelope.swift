struct ErrorEnvelope: Encodable {
    var detail: ErrorDetail
}
