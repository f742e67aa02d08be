import Foundation
import FuzzDriver
import PipelineExercise

/// The real export the mutations start from: `FUZZ_BASE_CSV`, else the committed seed (cwd = repository root).
let base: StructuredMutation = {
    let path = ProcessInfo.processInfo.environment["FUZZ_BASE_CSV"] ?? "Tests/Fuzz/Corpus/base.csv"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fatalError("cannot read \(path)") }
    return StructuredMutation(csv: text)
}()

/// A real export with its numeric cells and row order mutated by the input (see `StructuredMutation`).
exit(runFuzzer { start, count in
    let file = base.applying(UnsafeRawBufferPointer(start: start, count: count))
    do { _ = try PipelineExercise.run(file, encodeAll: false) } catch { fatalError("\(error)") }
})
