import Foundation
import HTTPTypes
import NIOCore

/// Multipart bodies of uploads, and fixture bytes.
public enum Upload {
    public static let boundary = "cataclysm-test-boundary-7d1f"

    /// A `multipart/form-data` body with one part per file, in the form field `field`.
    public static func body(_ files: [(name: String?, bytes: [UInt8])], field: String = "files") -> ByteBuffer {
        var buffer = ByteBuffer()
        for file in files {
            buffer.writeString("--\(boundary)\r\n")
            if let name = file.name {
                buffer.writeString("Content-Disposition: form-data; name=\"\(field)\"; filename=\"\(name)\"\r\n")
            } else {
                buffer.writeString("Content-Disposition: form-data; name=\"\(field)\"\r\n")
            }
            buffer.writeString("Content-Type: text/csv\r\n\r\n")
            buffer.writeBytes(file.bytes)
            buffer.writeString("\r\n")
        }
        buffer.writeString("--\(boundary)--\r\n")
        return buffer
    }

    public static var contentType: HTTPFields { [.contentType: "multipart/form-data; boundary=\(boundary)"] }

    /// The CSV bytes of a fixture, by stem.
    public static func fixtureBytes(_ stem: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: TestPaths.fixture(stem).csv))
    }
}
