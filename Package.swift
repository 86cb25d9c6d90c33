// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "lrlab",
    products: [
        .executable(name: "lrlab", targets: ["lrlab"]),
        .library(name: "LRExperiments", targets: ["LRExperiments"]),
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
        // Experiment model, validation, data loading, runner, bundles.
        .target(
            name: "LRExperiments",
            dependencies: [
                "LRYAML", "LREngine",
            ],
            exclude: ["Data/README.md"],
            resources: [.copy("Resources/Datasets")]
        ),
        // The command line: argument parsing and printing only.
        .executableTarget(
            name: "lrlab",
            dependencies: [
                "LRExperiments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets (docs/fuzzing.md): libFuzzer entry points when built with
        // `-sanitize=fuzzer -Xcc -DFUZZING`, corpus replayers otherwise.
        .target(name: "CLibFuzzer"),
        .executableTarget(name: "FuzzExperiment", dependencies: ["LRExperiments", "CLibFuzzer"]),
        .executableTarget(name: "FuzzBundle", dependencies: ["LRExperiments", "CLibFuzzer"]),
        // What every test target shares: paths, snapshots, inline marks, PyTorch references,
        // child processes.
        .target(name: "LRTestSupport", path: "Tests/LRTestSupport"),
        // Sample runs and sweep fixtures the library and end-to-end tests share.
        .target(
            name: "LRExperimentsTestSupport", dependencies: ["LRExperiments", "LRTestSupport"],
            path: "Tests/LRExperimentsTestSupport"),
        .testTarget(name: "LRYAMLTests", dependencies: ["LRYAML", "LRTestSupport"]),
        .testTarget(name: "LREngineTests", dependencies: ["LREngine", "LRTestSupport"]),
        .testTarget(
            name: "LRExperimentsTests", dependencies: ["LRExperiments", "LRTestSupport", "LRExperimentsTestSupport"]),
        // End-to-end: runs the built `lrlab` binary.
        .testTarget(
            name: "lrlabTests", dependencies: ["lrlab", "LRExperiments", "LRTestSupport", "LRExperimentsTestSupport"]),
    ]
)
