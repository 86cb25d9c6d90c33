import LREngine
import Testing

@testable import LRConfig
import LRTestSupport

@Suite struct InitializerMappingTests {
    /// Every kind is listed once.
    @Test func everyKindIsRegisteredOnce() {
        #expect(Set(InitializerKinds.names).count == InitializerKinds.all.count)
        for name in InitializerKinds.names {
            #expect(InitializerKinds.named(name)?.name == name, "\(name)")
        }
    }

    /// `gain` reaches xavier/orthogonal; he keeps √2; the default is torch.nn.Linear's.
    @Test func gainAndDefaults() throws {
        let files = try TempFiles()
        func load(_ initializer: String) throws -> InitializerConfig? {
            try ExperimentText.load("""
                version: 1
                name: init
                data: {source: iris}
                model: {kind: mlp}
                initializer: \(initializer)
                optimizer: {kind: adam}
                train: {epochs: 1}

                """, files: files)?.initializer
        }
        let xavier = try InitializerRegistry.make(try load("{kind: xavier_normal, gain: 2.5}"), training: nil)
        #expect((xavier.weights as? XavierNormal)?.gain == 2.5)
        let he = try InitializerRegistry.make(try load("{kind: he_uniform, bias: default}"), training: nil)
        #expect((he.weights as? HeUniform)?.gain == 2.0.squareRoot())
        #expect(he.bias == .uniformFanIn)
        let constant = try InitializerRegistry.make(try load("{kind: constant, value: 0.5, bias: 0.25}"), training: nil)
        #expect((constant.weights as? Constant)?.value == 0.5)
        #expect(constant.bias == .constant(0.25))
        let standard = try InitializerRegistry.make(nil, training: nil)
        #expect(abs(((standard.weights as? HeUniform)?.gain ?? 0) - (1.0 / 3).squareRoot()) < 1e-15)
        #expect(standard.bias == .uniformFanIn)
    }

    @Test func entropyGainNeedsTrainingData() throws {
        let config = InitializerConfig(kind: EntropyGainKind(base: HeNormalKind(), bins: 10, strength: 1), bias: .zeros)
        #expect(throws: TrialError.self) { try InitializerRegistry.make(config, training: nil) }
    }
}
