import Foundation
import FuzzDriver
import PipelineExercise

/// Raw bytes as an uploaded file: whatever the parser makes of them must end in a 422 or in JSON.
exit(runFuzzer { start, count in
    do { _ = try PipelineExercise.run(UnsafeRawBufferPointer(start: start, count: count), encodeAll: false) } catch {
        fatalError("\(error)")
    }
})
