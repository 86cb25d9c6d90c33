import Foundation
import LRTestSupport
import Testing

/// `lrlab run` writes the same bundle, byte for byte (provenance aside), on every kernel path
/// this CPU runs (`LRLAB_KERNEL`), for sweeps over the dispatched optimizers, activations and
/// losses: binary cross-entropy on moons (two classes) with the first sweep, mean squared
/// error on a sine (NAdam, the hypergradient optimizers, ELU, GELU, sigmoid, tanh) with the
/// second, class-weighted binary cross-entropy with the third.
@Suite struct KernelPathBundleTests {
    static let experiment = """
        version: 1
        name: paths
        seed: 5
        data: {source: moons, samples: 300, noise: 0.2}
        model: {kind: mlp, hidden: [24, 24], activation: relu}
        optimizer: {kind: adam, lr: 0.01}
        train: {epochs: 4, batch_size: 32}
        sweep:
          method: grid
          parameters:
            optimizer:
              - {kind: adam, lr: 0.01}
              - {kind: adamw, lr: 0.01, weight_decay: 0.01}
              - {kind: sgd, lr: 0.1, momentum: 0.9, nesterov: true}
              - {kind: rmsprop, lr: 0.005, centered: true, momentum: 0.5}
              - {kind: adagrad, lr: 0.05}
              - {kind: adamax, lr: 0.01}
              - {kind: adadelta, lr: 1.0}
            model.activation: [relu, tanh]

        """

    static let regression = """
        version: 1
        name: paths-regression
        seed: 7
        data: {source: sine, samples: 240, noise: 0.1}
        model: {kind: mlp, hidden: [16, 16], activation: tanh}
        optimizer: {kind: nadam, lr: 0.01}
        train: {epochs: 3, batch_size: 32}
        sweep:
          method: grid
          parameters:
            optimizer:
              - {kind: nadam, lr: 0.01, weight_decay: 0.001}
              - {kind: sgd_hd, lr: 0.05, momentum: 0.9}
              - {kind: adam_hd, lr: 0.01}
            model.activation: [elu, gelu, sigmoid, tanh]

        """

    static let weighted = """
        version: 1
        name: paths-weighted
        seed: 9
        data: {source: moons, samples: 240, noise: 0.2}
        model: {kind: mlp, hidden: [16], activation: gelu}
        optimizer: {kind: nadam, lr: 0.01}
        train: {epochs: 3, batch_size: 32, class_weights: balanced}
        sweep:
          method: grid
          parameters:
            optimizer:
              - {kind: nadam, lr: 0.01}
              - {kind: sgd_hd, lr: 0.05}
              - {kind: adam_hd, lr: 0.01, amsgrad: true}
            model.activation: [elu, sigmoid]

        """

    /// Every file of the bundle but `provenance.json`, by path.
    static func files(_ directory: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: "\(directory)/\(path)", isDirectory: &isDirectory)
            if isDirectory.boolValue || path == "provenance.json" { continue }
            files[path] = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(path)"))
        }
        return files
    }

    /// Runs `experiment` (bundle `name`) on every path and compares the bundles.
    static func compareAcrossPaths(_ experiment: String, name: String, curves: Int) throws {
        let temp = try TempFiles()
        try temp.write("\(name).yaml", experiment)
        var bundles: [(path: String, files: [String: Data])] = []
        for path in ["portable", "avx2", "avx512"] {
            let result = try LRLabBinary.run(
                ["run", "\(name).yaml", "--quiet", "--out", "out-\(path)", "--cache", "cache-\(path)"], in: temp.directory,
                environment: ["LRLAB_KERNEL": path])
            // A path this CPU cannot run is refused before anything runs.
            if result.status == 2, result.stderr.contains("LRLAB_KERNEL") { continue }
            #expect(result.status == 0, "\(path): \(result.stderr)")
            bundles.append((path, try Self.files(temp.directory + "/out-\(path)/\(name)")))
        }
        let reference = try #require(bundles.first)
        #expect(reference.files.keys.filter { $0.hasSuffix("/curve.csv") }.count == curves)
        for other in bundles.dropFirst() {
            #expect(Set(other.files.keys) == Set(reference.files.keys))
            let differing = reference.files.keys.filter { other.files[$0] != reference.files[$0] }.sorted()
            #expect(differing.isEmpty, "\(name): \(other.path) differs from \(reference.path) in \(differing)")
        }
        print("kernel paths compared (\(name)): \(bundles.map(\.path).joined(separator: ", "))")
    }

    @Test func everyPathWritesTheSameBundle() throws {
        try Self.compareAcrossPaths(Self.experiment, name: "paths", curves: 14)
    }

    /// NAdam, SGD-HD and Adam-HD with ELU, GELU, sigmoid and tanh, on mean squared error.
    @Test func everyPathWritesTheSameRegressionBundle() throws {
        try Self.compareAcrossPaths(Self.regression, name: "paths-regression", curves: 12)
    }

    /// The same optimizers on class-weighted binary cross-entropy.
    @Test func everyPathWritesTheSameWeightedBundle() throws {
        try Self.compareAcrossPaths(Self.weighted, name: "paths-weighted", curves: 6)
    }
}
