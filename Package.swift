// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "lrlab",
    products: [
        .executable(name: "lrlab", targets: ["lrlab"]),
        .library(name: "LRExperiments", targets: ["LRConfig", "LRTrial", "LRReport", "LRBundle", "LRRun"]),
        .library(name: "LREngine", targets: ["LREngine"]),
        .library(name: "LRYAML", targets: ["LRYAML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev); no vendored sources.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // YAML node tree with marks, anchors, merge keys, limits, canonical emitter.
        .target(name: "LRYAML", dependencies: ["CYAML"]),
        // Numbers only: tensors, RNG, models, initialisers, optimizers, schedules, trainer.
        // The numeric kernels, one path per instruction set (docs/performance.md).
        .target(name: "CKernels"),
        .target(name: "LREngine", dependencies: ["CKernels"], exclude: ["Search/README.md"]),
        // The experiment layer, in five modules whose imports only point down
        // (each folder's README.md says what it owns):
        // the experiment file: keys, kinds, data sources, diagnostics, sweep cases.
        .target(
            name: "LRConfig", dependencies: ["LRYAML", "LREngine", "CKernels"],
            exclude: ["Data/README.md", "README.md"], resources: [.copy("Resources/Datasets")]),
        // One trial: data preparation, training through the engine, curves and outcome.
        .target(name: "LRTrial", dependencies: ["LRConfig"], exclude: ["README.md"]),
        // Summary statistics, reports and plots of a run's outcomes.
        .target(name: "LRReport", dependencies: ["LRTrial"], exclude: ["README.md"]),
        // Result bundles: writing, reading, diffing, exporting.
        .target(name: "LRBundle", dependencies: ["LRReport"], exclude: ["README.md"]),
        // Sweeps, searches, execution, cache, check: the use cases the command line calls.
        .target(name: "LRRun", dependencies: ["LRBundle"], exclude: ["README.md"]),
        // The command line: argument parsing and printing only.
        .executableTarget(
            name: "lrlab",
            dependencies: [
                "LRConfig", "LRTrial", "LRReport", "LRBundle", "LRRun",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets (docs/fuzzing.md): libFuzzer entry points when built with
        // `-sanitize=fuzzer -Xcc -DFUZZING`, corpus replayers otherwise.
        .target(name: "CLibFuzzer"),
        .executableTarget(name: "FuzzExperiment", dependencies: ["LRConfig", "LRRun", "CLibFuzzer"]),
        .executableTarget(name: "FuzzBundle", dependencies: ["LRConfig", "LRBundle", "CLibFuzzer"]),
        // What every test target shares: paths, snapshots, inline marks, PyTorch references,
        // child processes.
        .target(name: "LRTestSupport", path: "Tests/LRTestSupport"),
        // Sample runs and sweep fixtures the library and end-to-end tests share.
        .target(
            name: "LRExperimentsTestSupport", dependencies: ["LRConfig", "LRTrial", "LRReport", "LRBundle", "LRRun", "LRTestSupport"],
            path: "Tests/LRExperimentsTestSupport"),
        .testTarget(name: "LRYAMLTests", dependencies: ["LRYAML", "LRTestSupport"]),
        .testTarget(name: "LREngineTests", dependencies: ["LREngine", "LRTestSupport"]),
        .testTarget(
            name: "LRExperimentsTests", dependencies: ["LRConfig", "LRTrial", "LRReport", "LRBundle", "LRRun", "LRTestSupport", "LRExperimentsTestSupport"]),
        // End-to-end: runs the built `lrlab` binary.
        .testTarget(
            name: "lrlabTests", dependencies: ["lrlab", "LRConfig", "LRTrial", "LRReport", "LRBundle", "LRRun", "LRTestSupport", "LRExperimentsTestSupport"]),
    ]
)
