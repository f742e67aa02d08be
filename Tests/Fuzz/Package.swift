// swift-tools-version:6.0
// libFuzzer targets over the whole ingest + analysis pipeline. Built only by Scripts/fuzz.sh:
//   swift build -c release -Xswiftc -sanitize=fuzzer,address
// Each target's main hands its input handler to libFuzzer through LLVMFuzzerRunDriver.
import PackageDescription

/// gold fails on the sanitizer runtimes' debug info; lld links them.
let lld: [LinkerSetting] = [.unsafeFlags(["-use-ld=lld"])]

let package = Package(
    name: "CataclysmFuzz",
    dependencies: [.package(name: "Cataclysm", path: "../..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzBytes", dependencies: ["FuzzDriver", .product(name: "PipelineExercise", package: "Cataclysm")],
                          linkerSettings: lld),
        .executableTarget(name: "FuzzStructured", dependencies: ["FuzzDriver", .product(name: "PipelineExercise", package: "Cataclysm")],
                          linkerSettings: lld),
    ]
)
