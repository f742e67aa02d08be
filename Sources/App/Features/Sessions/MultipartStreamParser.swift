import NIOCore

/// A streaming `multipart/form-data` parser that never traps on client bytes: every malformed input is a thrown
/// `MultipartStreamParser.Malformed`. (multipart-kit 4.7.1's parser indexes a 128-entry table with any header-name
/// byte, so one byte ≥ 0x80 in a part header crashed the whole server.)
///
/// Feed chunks with `execute(_:)`. Header lines and body bytes are handed to the callbacks as they complete, and a
/// body is never buffered beyond one delimiter's length; a part the body ends in before its closing delimiter is
/// never completed (as with multipart-kit).
final class MultipartStreamParser {
    /// The body is not `multipart/form-data` with this boundary.
    struct Malformed: Error {}
    /// One part's header section is longer than `maxHeaderBytes`.
    struct HeaderTooLarge: Error {}

    /// Longest header section of one part; a longer one is refused rather than buffered.
    static let maxHeaderBytes = 16 * 1024

    var onHeader: (String, String) -> Void = { _, _ in }
    var onBody: (inout ByteBuffer) -> Void = { _ in }
    var onPartComplete: () -> Void = {}

    private enum State {
        /// Before the first delimiter (the preamble is ignored).
        case preamble
        /// Just after a delimiter: `--` ends the body, otherwise transport padding then CRLF opens a part.
        case afterDelimiter
        case headers
        case body
        /// After the closing delimiter (the epilogue is ignored).
        case done
    }

    /// `CRLF--boundary`; the body's very first delimiter may come without its CRLF.
    private let delimiter: [UInt8]
    private var state = State.preamble
    private var pending: [UInt8] = [0x0D, 0x0A]

    init(boundary: String) {
        delimiter = Array("\r\n--\(boundary)".utf8)
    }

    func execute(_ chunk: ByteBuffer) throws {
        pending.append(contentsOf: chunk.readableBytesView)
        try advance()
    }

    private func advance() throws {
        while true {
            switch state {
            case .preamble:
                guard let start = find(delimiter, in: pending) else {
                    pending.removeFirst(max(0, pending.count - delimiter.count + 1))
                    return
                }
                pending.removeFirst(start + delimiter.count)
                state = .afterDelimiter
            case .afterDelimiter:
                guard pending.count >= 2 else { return }
                if pending[0] == UInt8(ascii: "-"), pending[1] == UInt8(ascii: "-") {
                    pending = []
                    state = .done
                    continue
                }
                guard let lineEnd = find([0x0D, 0x0A], in: pending) else {
                    if pending.count > 256 { throw Malformed() }
                    return
                }
                // Only transport padding (spaces, tabs) may stand between the boundary and its CRLF.
                guard pending[..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { throw Malformed() }
                pending.removeFirst(lineEnd + 2)
                state = .headers
            case .headers:
                guard pending.count >= 2 else { return }
                if pending.starts(with: [0x0D, 0x0A]) {
                    // A part without any header line.
                    pending.removeFirst(2)
                    state = .body
                    continue
                }
                guard let end = find([0x0D, 0x0A, 0x0D, 0x0A], in: pending) else {
                    if pending.count > Self.maxHeaderBytes { throw HeaderTooLarge() }
                    // Refuse a bad header line as soon as it is complete, not only when the section is.
                    if let lastLineEnd = pending.lastIndex(of: 0x0A), lastLineEnd > 0, pending[lastLineEnd - 1] == 0x0D {
                        try parseHeaderLines(pending[..<(lastLineEnd - 1)], report: false)
                    }
                    return
                }
                try parseHeaderLines(pending[..<end])
                pending.removeFirst(end + 4)
                state = .body
            case .body:
                if let start = find(delimiter, in: pending) {
                    emit(pending[..<start])
                    pending.removeFirst(start + delimiter.count)
                    onPartComplete()
                    state = .afterDelimiter
                    continue
                }
                // Keep what could be the beginning of a delimiter split across chunks.
                let safe = pending.count - (delimiter.count - 1)
                if safe > 0 {
                    emit(pending[..<safe])
                    pending.removeFirst(safe)
                }
                return
            case .done:
                pending = []
                return
            }
        }
    }

    private func parseHeaderLines(_ section: ArraySlice<UInt8>, report: Bool = true) throws {
        var rest = section
        while !rest.isEmpty {
            let end = find([0x0D, 0x0A], in: rest).map { rest.startIndex + $0 } ?? rest.endIndex
            let line = rest[rest.startIndex..<end]
            rest = end < rest.endIndex ? rest[(end + 2)...] : []
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { throw Malformed() }
            let name = line[line.startIndex..<colon]
            guard name.allSatisfy(Self.isTokenByte) else { throw Malformed() }
            let value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
            if report { onHeader(String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)) }
        }
    }

    private func emit(_ bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty else { return }
        var buffer = ByteBuffer(bytes: bytes)
        onBody(&buffer)
    }

    /// RFC 7230 `tchar`: visible ASCII except the separators.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        guard byte > 0x20, byte < 0x7F else { return false }
        return !"\"(),/:;<=>?@[\\]{}".utf8.contains(byte)
    }

    /// The offset of the first occurrence of `needle` in `haystack`, relative to its start.
    private func find<C: Collection>(_ needle: [UInt8], in haystack: C) -> Int? where C.Element == UInt8, C.Index == Int {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            guard let hit = haystack[index...last].firstIndex(of: first) else { return nil }
            if haystack[hit..<(hit + needle.count)].elementsEqual(needle) { return hit - haystack.startIndex }
            index = hit + 1
        }
        return nil
    }
}
