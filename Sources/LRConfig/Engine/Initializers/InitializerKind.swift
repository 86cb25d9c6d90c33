import LREngine

/// One `initializer.kind`: its YAML name and doc line, its keys (the only copy of its
/// defaults, torch.nn.init's), its decoding and the engine's weight rule it builds. The kind
/// value holds the typed settings. ``InitializerKinds/all`` lists every kind.
package protocol InitializerKind: Sendable, Equatable {
    static var name: String { get }
    static var doc: String { get }
    static var keys: [KindKey] { get }

    /// The typed settings from checked fields; nil when a value is invalid (the file then has
    /// an error already).
    init?(_ f: Fields, reader: inout SectionReader)

    /// The weight rule; `training` (standardised training data) is read by `entropy_gain` only.
    func weights(training: Dataset?) throws(InitializerError) -> any Initializer
}

extension InitializerKind {
    package var name: String { Self.name }

    package func isSame(as other: any InitializerKind) -> Bool { (other as? Self) == self }
}

/// The registry of initializer kinds, in documentation order: adding an initializer is its
/// engine type, its kind file and one line here.
package enum InitializerKinds {
    package static let all: [any InitializerKind.Type] = [
        ZerosKind.self,
        ConstantKind.self,
        UniformKind.self,
        NormalKind.self,
        XavierUniformKind.self,
        XavierNormalKind.self,
        HeUniformKind.self,
        HeNormalKind.self,
        LecunUniformKind.self,
        LecunNormalKind.self,
        OrthogonalKind.self,
        EntropyGainKind.self,
    ]

    package static let names = all.map { $0.name }

    package static func named(_ name: String) -> (any InitializerKind.Type)? {
        all.first { $0.name == name }
    }
}

/// Keys several initializer kinds share; each kind adds its own default.
extension KindKey {
    package static let gain = KindKey("gain", .number(.positive), "Scale factor (torch gain).", default: .number(1.0))
    package static let value = KindKey("value", .number(.finite), "Value of every weight.")
    package static let a = KindKey("a", .number(.finite), "Lower bound.", default: .number(0.0))
    package static let b = KindKey("b", .number(.finite), "Upper bound.", default: .number(1.0))
    package static let mean = KindKey("mean", .number(.finite), "Mean.", default: .number(0.0))
    package static let std = KindKey("std", .number(.positive), "Standard deviation.", default: .number(1.0))
    package static let bias = KindKey(
        "bias", .numberOrChoice(.finite, ["zeros", "default"], what: "bias initializer"),
        "Biases: 'zeros', 'default' (torch.nn.Linear's uniform) or a constant.", default: .string("zeros"))
}

/// Kinds that only scale a fixed rule by `gain`.
package protocol GainInitializerKind: InitializerKind {
    associatedtype Rule: Initializer
    var gain: Double { get }
    init(gain: Double)
    static func rule(gain: Double) -> Rule
}

extension GainInitializerKind {
    package static var keys: [KindKey] { [.gain, .bias] }

    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let gain = f.double("gain") else { return nil }
        self.init(gain: gain)
    }

    package func weights(training: Dataset?) -> any Initializer { Self.rule(gain: gain) }
}

/// Kinds whose rule is fixed (He, LeCun): `gain` is the rule's own, not a key.
package protocol FixedInitializerKind: InitializerKind {
    init()
}

extension FixedInitializerKind {
    package static var keys: [KindKey] { [.bias] }

    package init?(_ f: Fields, reader: inout SectionReader) { self.init() }
}
