import Foundation
import TelemetryCore

/// Resident memory of the process, after returning free heap pages to the system, where the
/// platform tells (Linux: `malloc_trim(0)` then `/proc/self/statm`). Used by the benchmark to
/// cross-check `estimatedMemoryBytes` against what a loaded session really occupies.
enum HeapUsage {
    static func residentBytesAfterTrim() -> Int? {
        #if os(Linux)
        typealias Trim = @convention(c) (Int) -> Int32
        if let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(sym, to: Trim.self)(0)
        }
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
        return nil
        #endif
    }
}
