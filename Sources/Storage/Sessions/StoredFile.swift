/// The uploaded file as stored beside its session: the source of truth the telemetry is rebuilt from.
public struct StoredFile: Sendable, Equatable {
    public enum Encoding: String, Sendable { case gzip, identity }
    public var filename: String
    public var encoding: Encoding
    public var originalSize: Int
    public var content: [UInt8]

    public init(filename: String, encoding: Encoding, originalSize: Int, content: [UInt8]) {
        self.filename = filename
        self.encoding = encoding
        self.originalSize = originalSize
        self.content = content
    }
}
