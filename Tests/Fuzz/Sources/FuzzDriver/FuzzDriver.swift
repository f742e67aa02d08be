import Foundation

/// libFuzzer's entry point for programs that keep their own `main` (SwiftPM names an executable's entry point).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The one input handler of this process (libFuzzer calls a C function, which cannot capture).
nonisolated(unsafe) private var handler: ((UnsafeRawPointer, Int) -> Void)?

/// Runs libFuzzer with the process's arguments, calling `body` once per input; returns libFuzzer's exit code.
public func runFuzzer(_ body: @escaping (UnsafeRawPointer, Int) -> Void) -> CInt {
    handler = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        let empty: UInt8 = 0
        withUnsafePointer(to: empty) { fallback in
            handler?(UnsafeRawPointer(data ?? fallback), size)
        }
        return 0
    }
}
