/// Writes numbered indirect objects one after another, remembering where each starts, then the cross-reference
/// table and trailer that point at them (PDF 1.4, §7.5).
struct PDFObjectWriter {
    private(set) var bytes: [UInt8] = []
    private var offsets: [Int: Int] = [:]

    /// Starts the file: header and the binary-marker comment (so tools treat the file as binary).
    init() {
        bytes.reserveCapacity(65_536)
        bytes.append("%PDF-1.4\n%")
        bytes.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3])
        bytes.append("\n")
    }

    /// Writes object `number` whose body is a dictionary or other direct object.
    mutating func object(_ number: Int, _ body: String) { object(number, Array(body.utf8)) }

    /// Writes object `number` from its body's bytes (a dictionary holding Latin-1 strings).
    mutating func object(_ number: Int, _ body: [UInt8]) {
        begin(number)
        bytes.append(contentsOf: body)
        bytes.append("\nendobj\n")
    }

    /// Writes object `number` as a stream, Flate-compressed when that succeeds.
    mutating func stream(_ number: Int, _ data: [UInt8]) {
        let compressed = FlateEncoder.compress(data)
        let payload = compressed ?? data
        begin(number)
        bytes.append("<< /Length \(payload.count)\(compressed == nil ? "" : " /Filter /FlateDecode") >>\nstream\n")
        bytes.append(contentsOf: payload)
        bytes.append("\nendstream\nendobj\n")
    }

    /// Writes the cross-reference table for objects `1…count-1`, the trailer and the end-of-file marker.
    mutating func finish(count: Int, root: Int, info: Int) {
        let start = bytes.count
        bytes.append("xref\n0 \(count)\n0000000000 65535 f \n")
        for n in 1..<count {
            guard let offset = offsets[n] else { preconditionFailure("object \(n) was never written") }
            bytes.appendPadded(offset, width: 10)
            bytes.append(" 00000 n \n")
        }
        bytes.append("trailer\n<< /Size \(count) /Root \(root) 0 R /Info \(info) 0 R >>\nstartxref\n\(start)\n%%EOF\n")
    }

    private mutating func begin(_ number: Int) {
        offsets[number] = bytes.count
        bytes.append("\(number) 0 obj\n")
    }
}
